/**
 * The best `limit` items of a sequence, best first, in one pass: O(items × limit) with no sort of
 * the whole sequence, for rankings over thousands of documents where only a handful are shown.
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
