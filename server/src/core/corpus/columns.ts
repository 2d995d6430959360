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

/**
 * Room for a document's long-lived columns (its claims, its mentions), `length` Int32s, zeroed:
 * a view of a shared 256 KB chunk, a new chunk when the current one is full. A chunk is larger than
 * the allocator's mmap threshold (`launch.ts`), so it is mapped on its own and given back whole when
 * no view of it is left; per-document buffers, a few hundred bytes each, were allocated among the
 * analysis's short-lived blocks and kept the allocator's arenas from shrinking. Columns too large for
 * a chunk get a buffer of their own.
 */
export function columnSpace(length: number): Int32Array {
  if (length > CHUNK_INTS / 4) return new Int32Array(length);
  if (chunkUsed + length > chunk.length) {
    chunk = new Int32Array(CHUNK_INTS);
    chunkUsed = 0;
  }
  const view = chunk.subarray(chunkUsed, chunkUsed + length);
  chunkUsed += length;
  return view;
}

/** A long-lived copy of `values` in the shared chunks (`columnSpace`). */
export function keptColumn(values: ArrayLike<number>): Int32Array {
  const column = columnSpace(values.length);
  column.set(values);
  return column;
}

/**
 * The parts copied, in order, into one buffer of their type, as views of it: what lived in many
 * small buffers (per document, per term) lives in one large one, which the allocator maps on its
 * own, and the small ones can be freed together.
 */
export function gathered<T extends Int32Array | Uint16Array>(parts: readonly T[]): T[] {
  if (parts.length === 0) return [];
  let total = 0;
  for (const part of parts) total += part.length;
  const slab = new (parts[0].constructor as new (length: number) => T)(total);
  let at = 0;
  return parts.map((part) => {
    slab.set(part, at);
    const view = slab.subarray(at, at + part.length) as T;
    at += part.length;
    return view;
  });
}

/** Starts the next columns on a new chunk (the current one's columns were gathered elsewhere). */
export function newColumnChunk(): void {
  chunk = new Int32Array(0);
  chunkUsed = 0;
}

const CHUNK_INTS = 1 << 16;
let chunk = new Int32Array(0);
let chunkUsed = 0;
