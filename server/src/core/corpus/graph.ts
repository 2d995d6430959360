/**
 * The corpus as a graph: groups (and, once the index holds person mentions, people) as nodes sized
 * by mentions; edges for the relations sources state (typed, counted by source, asserted / denied /
 * disputed), for co-occurrence in one sentence (weighted by sentences), and for the gazetteer's own
 * links ("part of"), which are list facts, not claims.
 *
 * Everything comes from the index: per document its group counts, its co-occurring pairs (counted
 * at analysis time) and its relation claims. No text is read to build the graph; only the passages
 * behind one edge are read when asked for. What graphs of one index generation share is kept
 * (`graphBase`): a graph of the whole corpus is built from kept aggregates, one with a date range
 * or folder by one pass over the documents in the filter and the relation claims.
 */
import { RelationType, RELATION_TYPES, SYMMETRIC_RELATIONS } from '../claims/model';
import type { GroupMatcher } from '../recognition/groupMatcher';
import type { Range } from '../text/positions';
import { LineIndex } from '../text/positions';
import { CorpusIndex, IndexedClaim, IndexedDocument, TextSource } from './corpusIndex';
import { collapseWhitespace } from '../text/sentences';
import { PERSON_NODE, SPANS_PER_PAIR } from './passages';
import { groupNumbers } from './stringTable';

export type EdgeKind = 'relation' | 'cooccurrence' | 'list';
export type EdgeStatus = 'asserted' | 'denied' | 'disputed';

/** What the graph shows. Every field is optional; the defaults show the whole corpus. */
export interface GraphFilter {
  /** ISO dates, inclusive; a partial date ("2023", "2023-05") covers its whole year or month. */
  from?: string | null;
  to?: string | null;
  /** With a date range: keep what has no date (default true). */
  includeUndated?: boolean;
  /** Keep only the documents this accepts (the folder filter). */
  document?: (uri: string) => boolean;
  /** Relation types shown (default every type). */
  relationTypes?: readonly RelationType[];
  /** Co-occurrence edges: shown at all (default true), and from how many sentences (default 2). */
  cooccurrence?: boolean;
  minCooccurrence?: number;
  /** The gazetteer's "part of" links (default true). */
  listFacts?: boolean;
  /** People named in the documents, as nodes linked to what they are named with (default true). */
  people?: boolean;
  /** Keep this group and the groups within `depth` edges of it (default 1). */
  centre?: string | null;
  depth?: number;
  /** Caps: beyond them the graph is cut to the most mentioned, and says so. */
  maxNodes?: number;
  maxEdges?: number;
}

export interface GraphNode {
  id: string;
  kind: 'group' | 'person';
  label: string;
  mentions: number;
  documents: number;
  /** On an official list (UN, US…): a list fact from the gazetteer. */
  designated: boolean;
  /** The gazetteer's parent group id, if any. */
  parent: string | null;
}

export interface GraphEdge {
  /** Stable id: "relation|type|from|to", "cooccurrence|a|b", "list|part-of|from|to". */
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** The relation type; "cooccurrence"; "part-of" for the gazetteer's parent links. */
  type: RelationType | 'cooccurrence' | 'part-of';
  directed: boolean;
  /** Relations: whether the sources assert it, deny it, or both. Null for co-occurrence and list facts. */
  status: EdgeStatus | null;
  /** Relations: documents asserting and denying; hedged claims among all. */
  asserted: number;
  denied: number;
  hedged: number;
  /** Relations: claims; co-occurrence: sentences naming both; list facts: 1. */
  weight: number;
  /** Documents behind the edge (0 for list facts). */
  documents: number;
  /** Earliest and latest date of what is behind the edge (relation date, else document date). */
  firstDate: string | null;
  lastDate: string | null;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  totals: {
    /** Nodes and edges before the caps. */
    nodes: number;
    edges: number;
    /** Co-occurrence edges left out because fewer sentences than the threshold name both groups. */
    hiddenCooccurrence: number;
    /** Documents in the filter. */
    documents: number;
  };
  truncated: { nodes: boolean; edges: boolean };
  /** The centre asked for, when it is a known group. */
  centre: string | null;
}

/**
 * The graph's caps. The view's page draws 1,000 links among 300 nodes in about a second with
 * software rendering, and answers a click in a fraction of that; at 3,000 links it took 1.4–2 s
 * and half a second per click (bench/graph.mjs).
 */
export const DEFAULT_MAX_NODES = 300;
export const DEFAULT_MAX_EDGES = 1000;
export const DEFAULT_MIN_COOCCURRENCE = 2;

/** Interval of a full or partial ISO date, as day strings: "2023" → 2023-01-01 … 2023-12-31. */
function dateInterval(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/** Whether a date (full or partial, or null) falls in the filter's range. */
export function dateInRange(date: string | null | undefined, filter: { from?: string | null; to?: string | null; includeUndated?: boolean }): boolean {
  if (!filter.from && !filter.to) return true;
  if (!date) return filter.includeUndated !== false;
  const [start, end] = dateInterval(date);
  const from = filter.from ? dateInterval(filter.from)[0] : '0000';
  const to = filter.to ? dateInterval(filter.to)[1] : '9999';
  return start <= to && end >= from;
}

/** The key of a relation edge: direction kept for directed types, sorted pair for symmetric ones. */
export function relationEdgeId(type: RelationType, from: string, to: string): string {
  if (SYMMETRIC_RELATIONS.has(type) && to < from) [from, to] = [to, from];
  return `relation|${type}|${from}|${to}`;
}

export function cooccurrenceEdgeId(a: string, b: string): string {
  return a < b ? `cooccurrence|${a}|${b}` : `cooccurrence|${b}|${a}`;
}

export function listEdgeId(from: string, to: string): string {
  return `list|part-of|${from}|${to}`;
}

/** Parses an edge id back; null when it is not one. */
export function parseEdgeId(id: string): { kind: EdgeKind; type: string; from: string; to: string } | null {
  const parts = id.split('|');
  if (parts[0] === 'relation' && parts.length === 4 && (RELATION_TYPES as readonly string[]).includes(parts[1])) return { kind: 'relation', type: parts[1], from: parts[2], to: parts[3] };
  if (parts[0] === 'cooccurrence' && parts.length === 3) return { kind: 'cooccurrence', type: 'cooccurrence', from: parts[1], to: parts[2] };
  if (parts[0] === 'list' && parts.length === 4 && parts[1] === 'part-of') return { kind: 'list', type: 'part-of', from: parts[2], to: parts[3] };
  return null;
}

/** The date that places a relation claim: its own (resolved ISO) date, else its document's. */
function claimDate(claim: IndexedClaim, doc: IndexedDocument): string | null {
  return claim.isoDate ?? doc.date ?? null;
}

export const isPersonNode = (id: string) => id.startsWith(PERSON_NODE);

interface RelationAggregate {
  type: RelationType;
  from: string;
  to: string;
  asserting: Set<string>;
  denying: Set<string>;
  hedged: number;
  claims: number;
  first: string | null;
  last: string | null;
}

function widen(agg: { first: string | null; last: string | null }, date: string | null): void {
  if (!date) return;
  if (!agg.first || date < agg.first) agg.first = date;
  if (!agg.last || date > agg.last) agg.last = date;
}

const ASSOCIATIVE = (t: RelationType) => t !== 'rival-of' && t !== 'linked-to';

type Stats = { mentions: number; documents: number };
type PairAggregate = { a: string; b: string; weight: number; documents: number; first: string | null; last: string | null };

/**
 * What every graph of one index generation shares, made the first time a graph is asked for after
 * a change: the documents in order, the relation claims (a few per cent of all claims) with their
 * documents, and, for graphs of the whole corpus (no date range, no folder), the node, pair and
 * relation aggregates themselves. A filtered graph visits the documents in its filter once, and
 * only the relation claims.
 */
interface GraphBase {
  docs: IndexedDocument[];
  relationDocs: Int32Array;
  relationClaims: IndexedClaim[];
  whole: Aggregates | null;
}

interface Aggregates {
  mentions: Map<string, Stats>;
  personNames: Map<string, string>;
  co: Map<string, PairAggregate>;
  /** Relation edges by id (every type). */
  relations: Map<string, RelationAggregate>;
  documents: number;
}

const GRAPH_BASE = Symbol('graph base');

function graphBase(index: CorpusIndex): GraphBase {
  return index.derived(GRAPH_BASE, () => makeGraphBase(index));
}

function makeGraphBase(index: CorpusIndex): GraphBase {
  const docs: IndexedDocument[] = [];
  const relationDocs: number[] = [];
  const relationClaims: IndexedClaim[] = [];
  for (const doc of index.documents()) {
    for (const claim of doc.claims) if (claim.relation) relationDocs.push(docs.length), relationClaims.push(claim);
    docs.push(doc);
  }
  return { docs, relationDocs: Int32Array.from(relationDocs), relationClaims, whole: null };
}

/** Nodes' mentions, people's names, co-occurring pairs and relation edges of the documents in the filter. */
function collect(base: GraphBase, filter: GraphFilter, types: ReadonlySet<string> | null, people: boolean, cooccurrence: boolean): Aggregates {
  const mentions = new Map<string, Stats>();
  /** People: the name to show (the entity's full name as last seen). */
  const personNames = new Map<string, string>();
  const co = new Map<string, PairAggregate>();
  const relations = new Map<string, RelationAggregate>();
  let documents = 0;
  const docAllowed = new Uint8Array(base.docs.length);
  for (let d = 0; d < base.docs.length; d++) {
    const doc = base.docs[d];
    if (filter.document && !filter.document(doc.uri)) continue;
    docAllowed[d] = 1;
    if (!dateInRange(doc.date, filter)) continue;
    documents++;
    for (let i = 0; i < doc.groupCount; i++) {
      const g = groupNumbers.get(doc.groupNumberAt(i));
      const n = doc.mentionsOfGroupAt(i);
      const m = mentions.get(g);
      if (m) (m.mentions += n), m.documents++;
      else mentions.set(g, { mentions: n, documents: 1 });
    }
    if (people && doc.people.mentions.length) {
      const seen = new Set<string>();
      for (const pm of doc.people.mentions) {
        const entity = doc.people.entities[pm.entity];
        if (!entity) continue;
        const id = PERSON_NODE + entity.key;
        personNames.set(id, entity.name);
        const m = mentions.get(id);
        if (m) m.mentions++;
        else mentions.set(id, { mentions: 1, documents: 0 });
        if (!seen.has(id)) seen.add(id), mentions.get(id)!.documents++;
      }
    }
    if (cooccurrence) {
      for (const p of doc.cooccurrences) {
        if (!people && (isPersonNode(p.a) || isPersonNode(p.b))) continue;
        const key = p.a + '|' + p.b;
        let e = co.get(key);
        if (!e) co.set(key, (e = { a: p.a, b: p.b, weight: 0, documents: 0, first: null, last: null }));
        e.weight += p.count;
        e.documents++;
        widen(e, doc.date ?? null);
      }
    }
  }
  for (let r = 0; r < base.relationClaims.length; r++) {
    const doc = base.docs[base.relationDocs[r]];
    if (!docAllowed[base.relationDocs[r]]) continue;
    const claim = base.relationClaims[r];
    const rel = claim.relation!;
    if (types && !types.has(rel.type)) continue;
    const date = claimDate(claim, doc);
    if (!dateInRange(date, filter)) continue;
    const id = relationEdgeId(rel.type, rel.from, rel.to);
    let agg = relations.get(id);
    if (!agg) {
      const [from, to] = id.split('|').slice(2);
      relations.set(id, (agg = { type: rel.type, from, to, asserting: new Set(), denying: new Set(), hedged: 0, claims: 0, first: null, last: null }));
    }
    (rel.polarity === 'denied' ? agg.denying : agg.asserting).add(doc.uri);
    if (rel.hedged) agg.hedged++;
    agg.claims++;
    widen(agg, date);
  }
  return { mentions, personNames, co, relations, documents };
}

/**
 * The aggregates a graph is built from. The whole corpus's (no folder, no date range) are kept
 * with the generation and narrowed to the request's relation types, people and co-occurrence;
 * any other filter is one pass over its documents.
 */
function aggregate(index: CorpusIndex, filter: GraphFilter, types: ReadonlySet<string>, people: boolean, cooccurrence: boolean): Aggregates {
  const base = graphBase(index);
  if (filter.document || filter.from || filter.to) return collect(base, filter, types, people, cooccurrence);
  const whole = (base.whole ??= collect(base, {}, null, true, true));
  const relations = new Map<string, RelationAggregate>();
  for (const [id, agg] of whole.relations) if (types.has(agg.type)) relations.set(id, agg);
  let mentions = whole.mentions;
  if (!people) {
    mentions = new Map();
    for (const [id, stats] of whole.mentions) if (!isPersonNode(id)) mentions.set(id, stats);
  }
  let co = whole.co;
  if (!cooccurrence) co = new Map();
  else if (!people) {
    co = new Map();
    for (const [key, pair] of whole.co) if (!isPersonNode(pair.a) && !isPersonNode(pair.b)) co.set(key, pair);
  }
  return { mentions, personNames: people ? whole.personNames : new Map(), co, relations, documents: whole.documents };
}

/**
 * The graph of the documents in the filter. Nodes are capped at `maxNodes` (the centre first, then
 * groups with stated relations, then by mentions); edges at `maxEdges` (relations and list facts
 * first, then the heaviest co-occurrences).
 */
export function buildGraph(index: CorpusIndex, filter: GraphFilter = {}): GraphData {
  const matcher = index.matcher;
  const types = new Set(filter.relationTypes ?? RELATION_TYPES);
  const minCo = Math.max(1, Math.floor(filter.minCooccurrence ?? DEFAULT_MIN_COOCCURRENCE));
  const showCo = filter.cooccurrence !== false;
  const maxNodes = Math.max(1, Math.floor(filter.maxNodes ?? DEFAULT_MAX_NODES));
  const maxEdges = Math.max(0, Math.floor(filter.maxEdges ?? DEFAULT_MAX_EDGES));

  const showPeople = filter.people !== false;
  const { mentions, personNames, co, relations, documents } = aggregate(index, filter, types, showPeople, showCo);

  // A denial of any ties contradicts an asserted alliance, faction, front or merger between the same two groups.
  const pairOf = (agg: RelationAggregate) => (agg.from < agg.to ? `${agg.from}|${agg.to}` : `${agg.to}|${agg.from}`);
  const deniedTies = new Set<string>();
  const assertedAssociations = new Set<string>();
  for (const agg of relations.values()) {
    if (agg.type === 'linked-to' && agg.denying.size) deniedTies.add(pairOf(agg));
    if (ASSOCIATIVE(agg.type) && agg.asserting.size) assertedAssociations.add(pairOf(agg));
  }
  const edges: GraphEdge[] = [];
  for (const [id, agg] of relations) {
    const pair = pairOf(agg);
    const contradicted = deniedTies.has(pair) && assertedAssociations.has(pair) && ((ASSOCIATIVE(agg.type) && agg.asserting.size > 0) || (agg.type === 'linked-to' && agg.denying.size > 0));
    const status: EdgeStatus = (agg.asserting.size && agg.denying.size) || contradicted ? 'disputed' : agg.denying.size ? 'denied' : 'asserted';
    const docs = new Set([...agg.asserting, ...agg.denying]).size;
    edges.push({ id, source: agg.from, target: agg.to, kind: 'relation', type: agg.type, directed: !SYMMETRIC_RELATIONS.has(agg.type), status, asserted: agg.asserting.size, denied: agg.denying.size, hedged: agg.hedged, weight: agg.claims, documents: docs, firstDate: agg.first, lastDate: agg.last });
  }
  let hiddenCooccurrence = 0;
  const coEdges: GraphEdge[] = [];
  for (const e of co.values()) {
    if (e.weight < minCo) {
      hiddenCooccurrence++;
      continue;
    }
    coEdges.push({ id: cooccurrenceEdgeId(e.a, e.b), source: e.a, target: e.b, kind: 'cooccurrence', type: 'cooccurrence', directed: false, status: null, asserted: 0, denied: 0, hedged: 0, weight: e.weight, documents: e.documents, firstDate: e.first, lastDate: e.last });
  }

  // Candidate nodes: every mentioned group, and the groups of stated relations.
  const candidates = new Set<string>(mentions.keys());
  for (const e of edges) candidates.add(e.source).add(e.target);
  // The gazetteer's parent links, for the groups present (the parent is added even if the corpus never names it).
  const listEdges: GraphEdge[] = [];
  if (filter.listFacts !== false) {
    for (const id of [...candidates]) {
      if (isPersonNode(id)) continue;
      const parent = matcher.group(id)?.parent;
      if (!parent || !matcher.group(parent) || parent === id) continue;
      candidates.add(parent);
      listEdges.push({ id: listEdgeId(id, parent), source: id, target: parent, kind: 'list', type: 'part-of', directed: true, status: null, asserted: 0, denied: 0, hedged: 0, weight: 1, documents: 0, firstDate: null, lastDate: null });
    }
  }
  let all = [...edges, ...listEdges, ...coEdges];

  // People are shown for their links: one named with nobody above the threshold would be a lone dot.
  const linked = new Set<string>();
  for (const e of all) linked.add(e.source).add(e.target);
  for (const id of [...candidates]) if (isPersonNode(id) && !linked.has(id) && id !== filter.centre) candidates.delete(id);

  // Centre: the group and its neighbourhood.
  const centre = filter.centre && (candidates.has(filter.centre) || matcher.group(filter.centre)) ? filter.centre : null;
  if (centre) {
    candidates.add(centre);
    const depth = Math.max(1, Math.min(3, Math.floor(filter.depth ?? 1)));
    const adjacency = new Map<string, string[]>();
    for (const e of all) {
      (adjacency.get(e.source) ?? adjacency.set(e.source, []).get(e.source)!).push(e.target);
      (adjacency.get(e.target) ?? adjacency.set(e.target, []).get(e.target)!).push(e.source);
    }
    const kept = new Set([centre]);
    let frontier = [centre];
    for (let d = 0; d < depth; d++) {
      const next: string[] = [];
      for (const n of frontier) for (const m of adjacency.get(n) ?? []) if (!kept.has(m)) kept.add(m), next.push(m);
      frontier = next;
    }
    for (const id of [...candidates]) if (!kept.has(id)) candidates.delete(id);
  }

  // Rank and cap the nodes.
  const inRelation = new Set<string>();
  for (const e of edges) inRelation.add(e.source).add(e.target);
  const ranked = [...candidates].sort(
    (a, b) => Number(b === centre) - Number(a === centre) || Number(inRelation.has(b)) - Number(inRelation.has(a)) || (mentions.get(b)?.mentions ?? 0) - (mentions.get(a)?.mentions ?? 0) || (a < b ? -1 : 1),
  );
  const shown = new Set(ranked.slice(0, maxNodes));
  const nodes: GraphNode[] = ranked.slice(0, maxNodes).map((id) => {
    const stats = mentions.get(id);
    if (isPersonNode(id)) return { id, kind: 'person', label: personNames.get(id) ?? id.slice(PERSON_NODE.length), mentions: stats?.mentions ?? 0, documents: stats?.documents ?? 0, designated: false, parent: null };
    const group = matcher.group(id);
    return { id, kind: 'group', label: group?.name ?? id, mentions: stats?.mentions ?? 0, documents: stats?.documents ?? 0, designated: (group?.designations.length ?? 0) > 0, parent: group?.parent ?? null };
  });

  // Edges between shown nodes; relations and list facts before co-occurrence, heaviest first.
  all = all.filter((e) => shown.has(e.source) && shown.has(e.target));
  const rank = (e: GraphEdge) => (e.kind === 'relation' ? 0 : e.kind === 'list' ? 1 : 2);
  all.sort((x, y) => rank(x) - rank(y) || y.weight - x.weight || (x.id < y.id ? -1 : 1));
  return {
    nodes,
    edges: all.slice(0, maxEdges),
    totals: { nodes: candidates.size, edges: all.length, hiddenCooccurrence, documents },
    truncated: { nodes: candidates.size > nodes.length, edges: all.length > maxEdges },
    centre,
  };
}

/** One passage behind an edge. */
export interface EdgePassage {
  uri: string;
  range: Range;
  snippet: string;
  /** Relations: what this passage says. */
  polarity: 'asserted' | 'denied' | null;
  hedged: boolean;
  claimant: string | null;
  /** The relation's written date, else the document's date. */
  date: string | null;
  /** Relations: the relation as read ("from" side first), to show direction and type. */
  type: string;
  from: string;
  to: string;
}

export interface EdgePassages {
  edge: { id: string; kind: EdgeKind; type: string; from: string; to: string };
  passages: EdgePassage[];
  /** All passages behind the edge in the filter, before the cap. */
  total: number;
  /** List facts: where the link comes from ("built-in gazetteer", a workspace gazetteer file). */
  listSource: string | null;
}

const SNIPPET = 240;

/** A passage on one line, cut to SNIPPET characters. */
function passageSnippet(text: string, start: number, end: number): string {
  const one = collapseWhitespace(text.slice(start, Math.min(end, start + SNIPPET * 4)));
  return one.length > SNIPPET ? one.slice(0, SNIPPET - 1) + '…' : one;
}

/**
 * The passages behind one edge, in the documents of the filter: the relation claims (asserting and
 * denying), or the sentences naming both groups (the first few per document), at most `limit`;
 * only these passages' documents are read.
 */
export function edgePassages(index: CorpusIndex, source: TextSource, edgeId: string, filter: GraphFilter = {}, limit = 50): EdgePassages | null {
  const edge = parseEdgeId(edgeId);
  if (!edge) return null;
  const result: EdgePassages = { edge: { id: edgeId, ...edge }, passages: [], total: 0, listSource: null };
  if (edge.kind === 'list') {
    const group = index.matcher.group(edge.from);
    if (!group || group.parent !== edge.to) return null;
    result.listSource = group.origin === 'builtin' ? 'built-in gazetteer' : group.origin;
    return result;
  }
  // Only documents mentioning both ends can hold a passage behind the edge (people have no postings: every document is a candidate).
  const ends = [edge.from, edge.to].filter((id) => !isPersonNode(id)).map((id) => index.documentsMentioning(id)).sort((a, b) => a.size - b.size);
  const pool = ends.length ? ends[0] : new Set(index.uris());
  const uris = [...pool].filter((u) => ends.every((e) => e.has(u)) && (!filter.document || filter.document(u))).sort();
  const found: { doc: IndexedDocument; start: number; end: number; claim: IndexedClaim | null }[] = [];
  for (const uri of uris) {
    const doc = index.get(uri);
    if (!doc) continue;
    if (edge.kind === 'relation') {
      for (const claim of doc.claims) {
        const r = claim.relation;
        if (!r || relationEdgeId(r.type, r.from, r.to) !== edgeId || !dateInRange(claimDate(claim, doc), filter)) continue;
        result.total++;
        if (found.length < limit) found.push({ doc, start: claim.start, end: claim.end, claim });
      }
    } else if (dateInRange(doc.date, filter)) {
      const pair = doc.cooccurrences.find((p) => p.a === edge.from && p.b === edge.to);
      if (!pair) continue;
      result.total += pair.count;
      for (let i = 0; i < pair.spans.length && i < SPANS_PER_PAIR * 2 && found.length < limit; i += 2) found.push({ doc, start: pair.spans[i], end: pair.spans[i + 1], claim: null });
    }
  }
  for (const f of found) {
    const text = source.read(f.doc.uri);
    const range = f.claim ? f.claim.range : text !== undefined && text.length === f.doc.length ? new LineIndex(text).rangeOf(f.start, f.end) : null;
    if (!range) continue; // the document changed under us: its passage is gone until it is re-analysed
    const snippet = text !== undefined ? passageSnippet(text, f.start, f.end) : '';
    const r = f.claim?.relation;
    result.passages.push({
      uri: f.doc.uri,
      range,
      snippet,
      polarity: r?.polarity ?? null,
      hedged: r?.hedged ?? false,
      claimant: f.claim?.claimant ?? null,
      date: f.claim?.date ?? f.doc.date ?? null,
      type: r?.type ?? edge.type,
      from: r?.from ?? edge.from,
      to: r?.to ?? edge.to,
    });
  }
  return result;
}

/** A node's card: who the group is (gazetteer), how the corpus names it, its documents and its edges. */
export interface NodeCard {
  id: string;
  kind: 'group' | 'person';
  name: string;
  aliases: string[];
  description: string | null;
  parent: { id: string; name: string } | null;
  designations: string[];
  mentions: number;
  documents: number;
  /** The documents mentioning it most, with the first mention. */
  topDocuments: { uri: string; mentions: number; range: Range; date: string | null }[];
}

/** The card of a group (or a person) in the documents of the filter; null for an unknown id. */
export function nodeCard(index: CorpusIndex, matcher: GroupMatcher, id: string, filter: GraphFilter = {}, limit = 30): NodeCard | null {
  if (isPersonNode(id)) return personCard(index, id, filter, limit);
  const group = matcher.group(id);
  if (!group) return null;
  const groupNumber = groupNumbers.find(id);
  const docs: { doc: IndexedDocument; mentions: number; first: Range }[] = [];
  let mentions = 0;
  for (const uri of index.documentsMentioning(id)) {
    if (filter.document && !filter.document(uri)) continue;
    const doc = index.get(uri);
    if (!doc || !dateInRange(doc.date, filter)) continue;
    const first = doc.firstMentionOf(groupNumber);
    if (first < 0) continue;
    const n = doc.countOf(id);
    mentions += n;
    docs.push({ doc, mentions: n, first: doc.mention(first).range });
  }
  docs.sort((a, b) => b.mentions - a.mentions || (a.doc.uri < b.doc.uri ? -1 : 1));
  const parent = group.parent ? matcher.group(group.parent) : undefined;
  return {
    id: group.id,
    kind: 'group',
    name: group.name,
    aliases: group.aliases.map((a) => a.text).filter((a) => a !== group.name),
    description: group.description ?? null,
    parent: parent ? { id: parent.id, name: parent.name } : null,
    designations: group.designations.map((d) => [d.authority, d.list, d.reference, d.listedOn ? `listed ${d.listedOn}` : null].filter(Boolean).join(', ')),
    mentions,
    documents: docs.length,
    topDocuments: docs.slice(0, limit).map(({ doc, mentions: n, first }) => ({ uri: doc.uri, mentions: n, range: first, date: doc.date ?? null })),
  };
}

/** A person's card: the name, the forms documents use, the documents naming them. One pass over the documents' people. */
function personCard(index: CorpusIndex, id: string, filter: GraphFilter, limit: number): NodeCard | null {
  const key = id.slice(PERSON_NODE.length);
  let name: string | null = null;
  const forms = new Set<string>();
  const docs: { doc: IndexedDocument; mentions: number; first: Range }[] = [];
  let mentions = 0;
  for (const doc of index.documents()) {
    if (doc.people.mentions.length === 0 || (filter.document && !filter.document(doc.uri)) || !dateInRange(doc.date, filter)) continue;
    const entity = doc.people.entities.findIndex((e) => e.key === key);
    if (entity < 0) continue;
    name = doc.people.entities[entity].name;
    for (const f of doc.people.entities[entity].forms) forms.add(f);
    const own = doc.people.mentions.filter((m) => m.entity === entity);
    if (own.length === 0) continue;
    mentions += own.length;
    docs.push({ doc, mentions: own.length, first: own[0].range });
  }
  if (name === null) return null;
  docs.sort((a, b) => b.mentions - a.mentions || (a.doc.uri < b.doc.uri ? -1 : 1));
  return {
    id,
    kind: 'person',
    name,
    aliases: [...forms].filter((f) => f !== name),
    description: null,
    parent: null,
    designations: [],
    mentions,
    documents: docs.length,
    topDocuments: docs.slice(0, limit).map(({ doc, mentions: n, first }) => ({ uri: doc.uri, mentions: n, range: first, date: doc.date ?? null })),
  };
}
