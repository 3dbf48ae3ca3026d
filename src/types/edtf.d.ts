// Typed declaration for the parts of the `edtf` package Faultline uses (the package ships no types).
declare module 'edtf' {
  export interface EdtfValue {
    readonly type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Century' | 'Decade';
    /** Earliest instant covered, ms since the epoch (UTC). */
    readonly min: number;
    /** Latest instant covered, ms since the epoch (UTC); Infinity for an open end. */
    readonly max: number;
    readonly precision?: number;
    readonly values: readonly unknown[];
    /** An open end is undefined, or the number ±Infinity when the other end carries a time of day. */
    readonly lower?: EdtfValue | number | null | undefined;
    readonly upper?: EdtfValue | number | null | undefined;
    readonly uncertain?: unknown;
    readonly approximate?: unknown;
    readonly unspecified?: unknown;
    toEDTF(): string;
  }
  export interface ParseResult {
    readonly type: string;
    readonly level: number;
    readonly values: readonly unknown[];
  }
  export function parse(input: string, options?: { level?: number; types?: string[] }): ParseResult;
  const edtf: (input: string) => EdtfValue;
  export default edtf;
}
