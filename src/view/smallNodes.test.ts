// The small-node painter reads Cytoscape's computed style of each node as Cytoscape's drawing does: which nodes it
// takes at a zoom, the paint of every node look of the fast stylesheet (kind, mediator, focus, dimmed, picked), and
// that it draws node after node, each as Cytoscape does. Headless Cytoscape computes styles; the shape drawers
// and the context are recording fakes here. The pixels are compared with Cytoscape's in e2e/lines.spec.ts.
import { describe, expect, it } from 'vitest';
import type { NodeSingular } from 'cytoscape';
import { buildStylesheet } from '../look/stylesheet';
import { THEME_COLOURS, nodeLook } from '../look/look';
import cytoscape from './cytoscape';
import type { DrawnElement } from './lineLayer';
import {
  SMALL_NODE_PX,
  drawsNode,
  fillNodes,
  paintOf,
  type NodeContext,
  type ShapeDrawers,
} from './smallNodes';

const c = THEME_COLOURS.light;
const rgba = (hex: string, a: number) =>
  `rgba(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)},${a})`;

function nodesWith(...classes: string[]) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', { drawing: 'fast', labels: false }),
  });
  return classes.map(
    (cls, i) =>
      cy.add({
        data: { id: `n${i}`, size: 20, label: 'N' },
        position: { x: i * 10, y: 5 },
        classes: cls,
      })[0] as unknown as DrawnElement & NodeSingular,
  );
}

const border = { colour: rgba(c.nodeBorder, 1), width: 1.5, double: false };

describe('paintOf: how Cytoscape paints each node look of the fast stylesheet', () => {
  it.each([
    ['a state', 'kind-state', { underlay: null, fill: rgba(c.kindFill.state, 1), border }],
    [
      'an armed group',
      'kind-armed-group',
      { underlay: null, fill: rgba(c.kindFill['armed-group'], 1), border },
    ],
    [
      'a mediator: a wide border in the mediation colour',
      'kind-state mediator',
      {
        underlay: null,
        fill: rgba(c.kindFill.state, 1),
        border: { colour: rgba(c.tone.mediation, 1), width: 5, double: true },
      },
    ],
    [
      'the focus',
      'kind-state focus',
      {
        underlay: null,
        fill: rgba(c.kindFill.state, 1),
        border: { colour: rgba(c.selection, 1), width: 3.5, double: false },
      },
    ],
    [
      'dimmed',
      'kind-state dim',
      {
        underlay: null,
        fill: rgba(c.kindFill.state, 0.12),
        border: { colour: rgba(c.nodeBorder, 0.12), width: 1.5, double: false },
      },
    ],
    [
      'picked: an ellipse underlay',
      'kind-organisation picked',
      {
        underlay: { colour: rgba(c.selection, 0.18), shape: 'ellipse', padding: 6 },
        fill: rgba(c.kindFill.organisation, 1),
        border,
      },
    ],
  ])('%s', (_name, classes, paint) => {
    expect(paintOf(nodesWith(classes)[0]!)).toEqual(paint);
  });
});

describe('drawsNode', () => {
  const [node] = nodesWith('kind-state');
  it(`takes a node up to ${SMALL_NODE_PX} px across on screen, not a larger one`, () => {
    expect(drawsNode(node!, SMALL_NODE_PX / 20)).toBe(true);
    expect(drawsNode(node!, (SMALL_NODE_PX + 1) / 20)).toBe(false);
  });
  it('not a hidden node, a labelled one, nor a line', () => {
    const labelled = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet('light', { drawing: 'fast', labels: true }),
    }).add({ data: { id: 'l', size: 20, label: 'L' }, classes: 'kind-state' })[0] as unknown as DrawnElement;
    expect(drawsNode(labelled, 0.1)).toBe(false);
    const [hidden] = nodesWith('kind-state');
    hidden!.style('display', 'none');
    expect(drawsNode(hidden!, 0.1)).toBe(false);
    const line = node!.cy().add({ data: { id: 'e', source: 'n0', target: 'n0', width: 2 } })[0];
    expect(drawsNode(line as unknown as DrawnElement, 0.1)).toBe(false);
  });
});

describe('fillNodes', () => {
  it('draws each small node in turn as Cytoscape does: underlay, body, border', () => {
    const calls: string[] = [];
    const shapes: ShapeDrawers = {
      nodeShapes: Object.fromEntries(
        ['ellipse', 'diamond', 'round-rectangle', 'hexagon', 'triangle'].map((s) => [
          s,
          {
            draw: (_context: NodeContext, x: number, y: number, w: number) => {
              calls.push(`${s}@${x},${y}/${w}`);
            },
          },
        ]),
      ),
      getNodeShape: (n) => n.pstyle('shape').value as string,
    };
    const ctx = new Proxy<Record<string, unknown>>(
      {},
      {
        get: (target, key: string) => (key in target ? target[key] : () => calls.push(`${key}()`)),
        set: (target, key: string, value) => {
          calls.push(`${key}=${String(value)}`);
          target[key] = value;
          return true;
        },
      },
    ) as unknown as NodeContext;
    const nodes = nodesWith('kind-state', 'kind-armed-group picked');
    expect(fillNodes(ctx, nodes, 0.1, shapes)).toBe(2);
    const drawn = calls.filter((s) => /@|^fill|^stroke/.test(s));
    expect(drawn).toEqual([
      `fillStyle=${rgba(c.kindFill.state, 1)}`,
      `${nodeLook('state', 'light').shape}@0,5/20`,
      'fill()',
      `strokeStyle=${rgba(c.nodeBorder, 1)}`,
      'stroke()',
      `fillStyle=${rgba(c.selection, 0.18)}`,
      'ellipse@10,5/32',
      'fill()',
      `fillStyle=${rgba(c.kindFill['armed-group'], 1)}`,
      `${nodeLook('armed-group', 'light').shape}@10,5/20`,
      'fill()',
      `strokeStyle=${rgba(c.nodeBorder, 1)}`,
      'stroke()',
    ]);
    expect(fillNodes(ctx, nodes, 1, shapes)).toBe(0);

    // A mediator's double border: two bands a third of its width, just outside and just inside the outline.
    calls.length = 0;
    const [mediator] = nodesWith('kind-state mediator');
    expect(fillNodes(ctx, [mediator!], 0.1, shapes)).toBe(1);
    const shape = nodeLook('state', 'light').shape;
    expect(calls.filter((s) => /@|^lineWidth|^stroke\(/.test(s))).toEqual([
      `${shape}@0,5/20`,
      `lineWidth=${5 / 3}`,
      `${shape}@0,5/${20 + 10 / 3}`,
      'stroke()',
      `${shape}@0,5/${20 - 10 / 3}`,
      'stroke()',
    ]);
  });
});
