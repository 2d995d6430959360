/**
 * Interned strings: each distinct string gets a small number once, so the index stores numbers in
 * typed arrays instead of a string pointer (and often a copy) per mention. Tables only grow; what
 * they hold is bounded by the gazetteers loaded in the process (group ids and their names).
 */
export class StringTable {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The number of `value`, assigned on first sight. */
  intern(value: string): number {
    let n = this.numbers.get(value);
    if (n === undefined) {
      n = this.strings.length;
      // A copy that owns its characters: the first sighting may be a slice of a large text.
      const owned = value.length < 13 ? value : Buffer.from(value, 'utf16le').toString('utf16le');
      this.strings.push(owned);
      this.numbers.set(owned, n);
    }
    return n;
  }

  /** The number of `value` if it was ever interned, else -1 (never adds). */
  find(value: string): number {
    return this.numbers.get(value) ?? -1;
  }

  get(n: number): string {
    const s = this.strings[n];
    if (s === undefined) throw new RangeError(`no string numbered ${n}`);
    return s;
  }

  get size(): number {
    return this.strings.length;
  }

  /** Every string, by number (for persisting a table). */
  list(): readonly string[] {
    return this.strings;
  }
}

/** Group ids, process-wide: postings and mention columns refer to groups by these numbers. */
export const groupNumbers = new StringTable();
/** The gazetteer names mentions matched, process-wide. */
export const aliasNumbers = new StringTable();
