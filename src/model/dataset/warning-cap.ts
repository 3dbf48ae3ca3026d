// Warnings of one kind are built up to a cap, then only counted: a file with a million records that each earn the
// same warning (a million actors no relation mentions) must not build a million objects for a list nobody reads
// to the end. Past the cap, one warning per kind says how many more there were. Errors are never capped: each one
// leaves a record out and says where.
import type { Problem } from './problems';

/** Warnings of one kind built before the rest are counted. */
export const WARNINGS_PER_KIND = 100;

/** A warning's kind: its sentence with the quoted values and the numbers in it masked. */
export function warningKind(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\d+(?:[.,:/-]\d+)*/g, '#');
}

export class WarningCap {
  private readonly kinds = new Map<string, { example: string; seen: number }>();

  constructor(private readonly limit = WARNINGS_PER_KIND) {}

  /** Whether to build this warning; false (it is counted) once its kind has had `limit`. */
  admit(message: string): boolean {
    const kind = warningKind(message);
    const k = this.kinds.get(kind);
    if (!k) {
      this.kinds.set(kind, { example: message, seen: 1 });
      return true;
    }
    k.seen++;
    return k.seen <= this.limit;
  }

  /** How many warnings were counted and not built. */
  get counted(): number {
    let n = 0;
    for (const k of this.kinds.values()) n += Math.max(0, k.seen - this.limit);
    return n;
  }

  /** One whole-file warning per kind past the cap: `… and 12,345 more like "…"`. */
  summaries(file: string | undefined): Problem[] {
    return [...this.kinds.values()]
      .filter((k) => k.seen > this.limit)
      .map((k) => ({
        ...(file !== undefined && { file }),
        scope: 'file' as const,
        message: `… and ${(k.seen - this.limit).toLocaleString('en')} more like this: ${k.example}`,
        severity: 'warning' as const,
      }));
  }
}
