// Which WebGL renderers count as software: the explorer never offers WebGL drawing on those.
import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from './gpu';

describe('isSoftwareRenderer', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['Microsoft Basic Render Driver', true],
    ['Google SwiftShader', true],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
    ['Mesa Intel(R) UHD Graphics 620 (KBL GT2)', false],
    ['Apple M2', false],
  ])('%s: software %s', (name, software) => {
    expect(isSoftwareRenderer(name)).toBe(software);
  });
});
