/**
 * Typed-array columns that grow: the postings and per-term counts of the claim search, the decoded
 * terms of a claim, the per-group document orders of the index. One way to lengthen them.
 */

/** The typed arrays the index's columns are made of. */
export type Column = Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

/** A copy of `column`, `length` long: its values first, zeros after (`length` at least its own). */
export function lengthened<T extends Column>(column: T, length: number): T {
  const copy = new (column.constructor as new (length: number) => T)(length);
  copy.set(column);
  return copy;
}
