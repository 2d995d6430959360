/**
 * An analysed document as plain values, to cross a process or thread boundary: the index cache
 * writes it as JSON, analysis workers post it to the main thread. Group and alias numbers are
 * local to a process (or thread), so the receiver translates them with the sender's tables.
 * Decoding checks what it reads: damaged input throws, it never makes a broken document.
 */
import { IndexedDocument, IndexedPeople, MENTION_FIELDS } from './corpusIndex';
import { keptColumn } from './columns';
import { claimFields, cooccurrenceFields, fromClaimFields, fromCooccurrenceFields, fromPersonMentionFields, personMentionFields, storeEntity } from './storedClaims';
import type { TermNumbering } from './storedClaims';

export interface DocumentFields {
  /** Length of the text in UTF-16 code units. */
  length: number;
  /** The document's columns (`IndexedDocument.data`), with the sender's group and alias numbers. */
  data: Int32Array;
  claims: unknown[][];
  /** [person mentions as field arrays, entities], or null for none. */
  people: [unknown[][], unknown[]] | null;
  date: string | null;
  /** Co-occurring groups and people: [a, b, count, spans] each. */
  cooccurrences: [string, string, number, number[]][];
  /** A group pass's document (`IndexedDocument.groupsOnly`); absent on a full analysis. */
  groupsOnly?: true;
}

/** `packed`: claim terms as packed term numbers of this process (see `claimFields`), else words. */
export function documentFields(doc: IndexedDocument, packed = false): DocumentFields {
  const fields: DocumentFields = {
    length: doc.length,
    data: doc.data,
    claims: doc.claims.map((c) => claimFields(c, packed)),
    people: doc.people.mentions.length ? [doc.people.mentions.map(personMentionFields), doc.people.entities] : null,
    date: doc.date,
    cooccurrences: cooccurrenceFields(doc.cooccurrences),
  };
  if (doc.groupsOnly) fields.groupsOnly = true;
  return fields;
}

/**
 * The document back from its fields. `groupMap`/`aliasMap` give this process's number for each of
 * the sender's; `data` is translated in place. Claim terms are words unless `terms` says how the
 * sender numbered them (the index cache).
 */
export function fromDocumentFields(uri: string, version: number | null, fields: DocumentFields, groupMap: ArrayLike<number>, aliasMap: ArrayLike<number>, terms?: TermNumbering): IndexedDocument {
  const { length, data, claims, people, date, cooccurrences } = fields;
  if (typeof length !== 'number' || !(data instanceof Int32Array) || !Array.isArray(claims) || (date !== null && typeof date !== 'string')) throw new Error('bad document');
  if (people !== null && !(Array.isArray(people) && Array.isArray(people[0]) && Array.isArray(people[1]))) throw new Error('bad people');
  translateColumns(data, groupMap, aliasMap);
  // Kept in a shared chunk (columns.ts), not in the buffer it came in (a worker's, or the cache reader's).
  const stored: IndexedPeople | undefined = people ? { mentions: people[0].map(fromPersonMentionFields), entities: people[1].map((e) => storeEntity(e as never)) } : undefined;
  return new IndexedDocument(uri, version, length, keptColumn(data), claims.map((c) => fromClaimFields(c, terms)), stored, date, fromCooccurrenceFields(cooccurrences ?? []), fields.groupsOnly === true);
}

/**
 * Translates the group and alias numbers of a document's columns in place, and re-sorts its group
 * summary by the new numbers (the index relies on that order).
 */
export function translateColumns(data: Int32Array, groupMap: ArrayLike<number>, aliasMap: ArrayLike<number>): void {
  const groups = data[0];
  const base = 1 + groups * 3;
  if (!(groups >= 0) || base > data.length || (data.length - base) % MENTION_FIELDS !== 0) throw new Error('bad mention columns');
  const map = (table: ArrayLike<number>, n: number) => {
    if (!(n >= 0 && n < table.length)) throw new Error('bad group or alias number');
    return table[n];
  };
  const triples: [number, number, number][] = [];
  for (let i = 0; i < groups; i++) triples.push([map(groupMap, data[1 + i * 3]), data[2 + i * 3], data[3 + i * 3]]);
  triples.sort((a, b) => a[0] - b[0]);
  triples.forEach(([g, m, c], i) => {
    data[1 + i * 3] = g;
    data[2 + i * 3] = m;
    data[3 + i * 3] = c;
  });
  for (let o = base; o < data.length; o += MENTION_FIELDS) {
    data[o] = map(groupMap, data[o]);
    data[o + 1] = map(aliasMap, data[o + 1]);
  }
}
