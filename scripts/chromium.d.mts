// Types for scripts/chromium.mjs, so the TypeScript configs can import it.
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(): Promise<string | undefined | null>;
