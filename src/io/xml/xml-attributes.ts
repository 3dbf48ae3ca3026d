// An element's attributes as a read-only map kept in one flat array of names and values: most elements have one
// or two, and a Map for each of two million elements was a third of a large GraphML file's tree. Lookups walk
// the array; an element with many attributes (a hostile file) is looked up through a Map made on first use.
export class XmlAttributeList implements ReadonlyMap<string, string> {
  private index: Map<string, string> | undefined;

  /** `flat` is name, value, name, value…; a name given twice keeps its last value, as Map.set would. */
  static of(flat: readonly string[]): XmlAttributeList {
    if (flat.length > 2 * SMALL) return new XmlAttributeList([...new Map(pairs(flat))].flat());
    const kept: string[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      let j = 0;
      while (j < kept.length && kept[j] !== flat[i]) j += 2;
      kept[j] = flat[i]!;
      kept[j + 1] = flat[i + 1]!;
    }
    // A copy of exactly its length: an array grown by assignment keeps room for sixteen more.
    return new XmlAttributeList(kept.slice());
  }

  private constructor(private readonly flat: readonly string[]) {}

  get size(): number {
    return this.flat.length / 2;
  }

  get(name: string): string | undefined {
    if (this.flat.length > 2 * SMALL) return (this.index ??= new Map(pairs(this.flat))).get(name);
    for (let i = 0; i < this.flat.length; i += 2) if (this.flat[i] === name) return this.flat[i + 1];
    return undefined;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  *entries(): MapIterator<[string, string]> {
    for (let i = 0; i < this.flat.length; i += 2) yield [this.flat[i]!, this.flat[i + 1]!];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.flat.length; i += 2) yield this.flat[i]!;
  }

  *values(): MapIterator<string> {
    for (let i = 1; i < this.flat.length; i += 2) yield this.flat[i]!;
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  forEach(fn: (value: string, name: string, map: ReadonlyMap<string, string>) => void): void {
    for (let i = 0; i < this.flat.length; i += 2) fn(this.flat[i + 1]!, this.flat[i]!, this);
  }
}

/** Past this many attributes, lookups go through a Map. */
const SMALL = 8;

function* pairs(flat: readonly string[]): Generator<[string, string]> {
  for (let i = 0; i < flat.length; i += 2) yield [flat[i]!, flat[i + 1]!];
}

/** The attributes of every element that has none. */
export const NO_ATTRIBUTES: ReadonlyMap<string, string> = XmlAttributeList.of([]);
