// Turns the ids other tools write (numbers, labels with spaces and accents, anything) into dataset ids:
// lowercase kebab-case, unique within their kind. Ids that are already valid keep their spelling, and are
// placed first, so a dataset exported by Faultline and read back gets exactly its own ids again.

const VALID_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidId(s: string): boolean {
  return VALID_ID.test(s);
}

/** Lowercase kebab-case of a foreign name: accents dropped, anything else than letters and digits a hyphen. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/**
 * Hands out unique ids for one kind of record. `take` returns the id for a foreign id (the same one each time
 * it is asked); `reserve` claims valid ids up front so slugs made later never take them.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly byForeign = new Map<string, string>();
  private counter = 0;

  constructor(private readonly fallbackPrefix: string) {}

  /** Claims every already-valid foreign id first, in order; invalid ones are slugged later by `take`. */
  reserve(foreignIds: Iterable<string>): void {
    for (const f of foreignIds) {
      if (isValidId(f) && !this.used.has(f) && !this.byForeign.has(f)) {
        this.used.add(f);
        this.byForeign.set(f, f);
      }
    }
  }

  /** Ids this kind may not take at all (ids of another kind that share the same space). */
  block(ids: Iterable<string>): void {
    for (const id of ids) this.used.add(id);
  }

  /** The dataset id for a foreign id (or name); the same foreign id always gets the same dataset id. */
  take(foreign: string): string {
    const known = this.byForeign.get(foreign);
    if (known !== undefined) return known;
    const id = this.fresh(foreign);
    this.byForeign.set(foreign, id);
    return id;
  }

  /** A new unique id built from `base`, never shared with another foreign id (spell copies, generated ids). */
  fresh(base: string): string {
    let slug = slugify(base);
    if (slug === '') slug = `${this.fallbackPrefix}-${++this.counter}`;
    let id = slug;
    for (let n = 2; this.used.has(id); n++) id = `${slug}-${n}`;
    this.used.add(id);
    return id;
  }

  /** The dataset id already given to a foreign id, if any. */
  lookup(foreign: string): string | undefined {
    return this.byForeign.get(foreign);
  }
}
