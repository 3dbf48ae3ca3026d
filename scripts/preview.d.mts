// Types for scripts/preview.mjs, so the TypeScript configs can import it.
export declare function startPreview(port: number): Promise<{ url: string; stop: () => void }>;
export declare function ensureBuilt(log: (line: string) => void): void;
