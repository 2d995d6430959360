/**
 * Rankings that look at thousands of candidates and keep a handful, without allocating per
 * candidate: a bounded heap over typed arrays (`TopK`), and `selectTop` for short object lists.
 */

/**
 * The best `k` of a stream of (score, item) pairs, items being numbers (document ids, slots).
 * Higher scores first; equal scores ordered by `before(a, b)` (true when item a comes first).
 * O(n log k) for n offers, no allocation after construction; `before` runs only on ties with the
 * current k-th best.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly items: Int32Array;
  private count = 0;

  constructor(readonly k: number, private readonly before: (a: number, b: number) => boolean) {
    this.scores = new Float64Array(Math.max(0, k));
    this.items = new Int32Array(Math.max(0, k));
  }

  get size(): number {
    return this.count;
  }

  /** The lowest score that still gets in, once full (else -Infinity). */
  get threshold(): number {
    return this.count < this.k ? -Infinity : this.scores[0];
  }

  /** The item ranked last among the kept ones (meaningful once full). */
  get worst(): number {
    return this.items[0];
  }

  /** Offers a candidate; returns whether it is (for now) among the best k. */
  offer(score: number, item: number): boolean {
    if (this.k <= 0) return false;
    if (this.count < this.k) {
      let i = this.count++;
      // Sift up: the root holds the worst of the kept items.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(score, item, this.scores[parent], this.items[parent])) break;
        this.scores[i] = this.scores[parent];
        this.items[i] = this.items[parent];
        i = parent;
      }
      this.scores[i] = score;
      this.items[i] = item;
      return true;
    }
    if (!this.worse(this.scores[0], this.items[0], score, item)) return false;
    this.siftDown(score, item);
    return true;
  }

  /** The kept items, best first; empties the heap. */
  drain(): number[] {
    const out = new Array<number>(this.count);
    for (let i = this.count - 1; i >= 0; i--) {
      out[i] = this.items[0];
      this.count--;
      if (this.count > 0) this.siftDown(this.scores[this.count], this.items[this.count]);
    }
    return out;
  }

  /** Whether (sa, a) ranks below (sb, b). */
  private worse(sa: number, a: number, sb: number, b: number): boolean {
    return sa < sb || (sa === sb && a !== b && this.before(b, a));
  }

  private siftDown(score: number, item: number): void {
    let i = 0;
    const n = this.count;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.worse(this.scores[right], this.items[right], this.scores[left], this.items[left]) ? right : left;
      if (!this.worse(this.scores[child], this.items[child], score, item)) break;
      this.scores[i] = this.scores[child];
      this.items[i] = this.items[child];
      i = child;
    }
    this.scores[i] = score;
    this.items[i] = item;
  }
}

/**
 * The best `limit` items of a short sequence, best first, in one pass: O(items × limit) with no
 * sort of the whole sequence.
 */
export function selectTop<T>(items: Iterable<T>, limit: number, better: (a: T, b: T) => boolean): T[] {
  const top: T[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length === limit && !better(item, top[top.length - 1])) continue;
    let i = top.length;
    while (i > 0 && better(item, top[i - 1])) i--;
    top.splice(i, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}
