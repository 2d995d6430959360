/**
 * The corpus on a timeline: every claim placed on its date, in a lane per group it is about (and
 * one for claims naming no group), with casualty tolls of one incident gathered so that their
 * differing figures show as one range.
 *
 * A point's date is the claim's own ISO date (a relation's absolute date), else its document's date
 * (the dateline), else none: such points go to the "undated" column. No date is ever guessed. Like
 * the graph, the data comes from the index alone; no text is read.
 */
import { figureSummary, isToll } from '../claims/agreement';
import { sameEvent } from '../claims/extract';
import { ClaimKind, CLAIM_KINDS } from '../claims/model';
import { describeRelation } from '../claims/relations';
import type { Range } from '../text/positions';
import { CorpusIndex, IndexedClaim, IndexedDocument } from './corpusIndex';
import { dateInRange, relationEdgeId } from './graph';

/** Lane id of claims that name no group. */
export const NO_GROUP = '';

export interface TimelineFilter {
  from?: string | null;
  to?: string | null;
  /** With a date range: keep undated claims (default true). */
  includeUndated?: boolean;
  document?: (uri: string) => boolean;
  kinds?: readonly ClaimKind[];
  /** Only these lanes (group ids; NO_GROUP for claims naming none). */
  groups?: readonly string[];
  maxPoints?: number;
}

export interface TimelinePoint {
  /** Index of the point in `points`, as a string id. */
  id: string;
  /** Index into `documents`. */
  doc: number;
  range: Range;
  kind: ClaimKind;
  /** Group ids the claim is about; [NO_GROUP] when it names none. */
  lanes: string[];
  /** Where the point is placed (ISO, possibly partial), or null when undated. */
  date: string | null;
  /** 'claim': the claim's own date; 'document': its document's date. */
  dateSource: 'claim' | 'document' | null;
  /** The claim's date as written ("last Tuesday", "August 2020"). */
  written: string | null;
  claimant: string | null;
  /** One line: figures, the relation, or the trigger. */
  label: string;
  /** Killed or injured figures as intervals (high null for "more than"). */
  figures: { measure: string; low: number; high: number | null }[];
  incident: string | null;
  /** Figures differing within the incident, or a relation that other sources contradict. */
  disputed: boolean;
}

export interface TimelineIncident {
  id: string;
  date: string;
  measure: 'killed' | 'injured';
  /** The lowest and highest figure the sources give (high null: open-ended). */
  low: number;
  high: number | null;
  points: string[];
  /** Sources whose figures do not overlap. */
  differ: boolean;
  label: string;
}

export interface TimelineData {
  documents: string[];
  points: TimelinePoint[];
  incidents: TimelineIncident[];
  /** Lanes shown, most claims first, with their labels. */
  lanes: { id: string; label: string; count: number }[];
  totals: { claims: number; shown: number; undated: number; lanes: number };
  /** Points were capped at maxPoints (lanes with fewer claims left out). */
  truncated: boolean;
  /** Earliest and latest date among the points shown. */
  range: { from: string | null; to: string | null };
}

export const DEFAULT_MAX_POINTS = 5000;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** How far apart two tolls of one incident may be dated (follow-up reports). */
const INCIDENT_DAYS = 7;
/** Earlier tolls compared with each toll when gathering incidents. */
const INCIDENT_LOOKBACK = 60;

/** A claim's own date, resolved against its document's date (ISO day, month or year). */
export function isoClaimDate(claim: IndexedClaim): string | null {
  return claim.isoDate && ISO_DATE.test(claim.isoDate) ? claim.isoDate : null;
}

/** Where a claim goes on the timeline, and why. */
export function placeClaim(claim: IndexedClaim, doc: IndexedDocument): { date: string | null; source: 'claim' | 'document' | null } {
  const own = isoClaimDate(claim);
  if (own) return { date: own, source: 'claim' };
  return doc.date ? { date: doc.date, source: 'document' } : { date: null, source: null };
}

function dayNumber(date: string): number | null {
  if (date.length !== 10) return null;
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

function label(claim: IndexedClaim, nameOf: (id: string) => string): string {
  if (claim.relation) return describeRelation(claim.relation, nameOf);
  if (claim.figures.length) return claim.figures.map(figureSummary).join('; ');
  const text = (claim.kind === 'statement' ? claim.claimant : claim.trigger) ?? claim.kind;
  return text.length > 80 ? text.slice(0, 79) + '…' : text;
}

/**
 * What every timeline of one index generation shares, made by one pass over the claims the first
 * time a timeline is asked for after a change: per claim (in document order, then claim order) its
 * document, kind, date and lanes in flat arrays, and per lane its claims and its counts per kind.
 * A request then counts lanes from the counts (or, with a date range or a folder, by one pass over
 * these arrays, allocating nothing per claim) and visits only the claims of the lanes it keeps.
 */
interface TimelineBase {
  docs: IndexedDocument[];
  /** Per claim: index into `docs`, index into the document's claims, kind (index into CLAIM_KINDS, 255 for another), date. */
  docOf: Int32Array;
  claimOf: Int32Array;
  kindOf: Uint8Array;
  dateOf: (string | null)[];
  /** The date's place among the generation's distinct dates (as strings compare), 0 for none: the cap sorts by it without comparing strings. */
  dateRank: Int32Array;
  dateRanks: number;
  /** 0: undated, 1: the claim's own date, 2: its document's. */
  sourceOf: Uint8Array;
  /** The claim's lanes (its distinct subjects in order, or NO_GROUP): laneIds[laneStart[p] … laneStart[p + 1]). */
  laneStart: Int32Array;
  laneIds: Int32Array;
  laneNames: string[];
  laneNumbers: Map<string, number>;
  /** Per lane, its claims in order, and how many of each kind. */
  claimsOfLane: Int32Array[];
  kindCounts: Int32Array[];
  kindTotals: Int32Array;
  /** The claims holding a relation. */
  relationClaims: Int32Array;
}

const OTHER_KIND = 255;
const SOURCES = [null, 'claim', 'document'] as const;
const TIMELINE_BASE = Symbol('timeline base');

function timelineBase(index: CorpusIndex): TimelineBase {
  return index.derived(TIMELINE_BASE, () => makeTimelineBase(index));
}

function makeTimelineBase(index: CorpusIndex): TimelineBase {
  const docs: IndexedDocument[] = [];
  let n = 0;
  for (const doc of index.documents()) {
    docs.push(doc);
    n += doc.claimCount;
  }
  const docOf = new Int32Array(n);
  const claimOf = new Int32Array(n);
  const kindOf = new Uint8Array(n);
  const sourceOf = new Uint8Array(n);
  const dateOf: (string | null)[] = new Array(n);
  const laneStart = new Int32Array(n + 1);
  let laneIds = new Int32Array(Math.max(16, Math.ceil(n * 1.5)));
  const laneNames: string[] = [];
  const laneNumbers = new Map<string, number>();
  const laneSizes: number[] = [];
  const kindCounts: Int32Array[] = [];
  const kindTotals = new Int32Array(CLAIM_KINDS.length);
  const relations: number[] = [];
  const laneNumber = (id: string): number => {
    let l = laneNumbers.get(id);
    if (l === undefined) {
      laneNumbers.set(id, (l = laneNames.push(id) - 1));
      laneSizes.push(0);
      kindCounts.push(new Int32Array(CLAIM_KINDS.length));
    }
    return l;
  };
  let p = 0;
  let used = 0;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    const claims = doc.claims;
    for (let c = 0; c < claims.length; c++, p++) {
      const claim = claims[c];
      docOf[p] = d;
      claimOf[p] = c;
      const k = CLAIM_KINDS.indexOf(claim.kind);
      kindOf[p] = k < 0 ? OTHER_KIND : k;
      if (k >= 0) kindTotals[k]++;
      const { date, source } = placeClaim(claim, doc);
      dateOf[p] = date;
      sourceOf[p] = source === 'claim' ? 1 : source === 'document' ? 2 : 0;
      if (claim.relation) relations.push(p);
      laneStart[p] = used;
      const subjects = claim.subjects;
      if (used + subjects.length + 1 > laneIds.length) {
        const grown = new Int32Array(laneIds.length * 2 + subjects.length + 1);
        grown.set(laneIds);
        laneIds = grown;
      }
      if (subjects.length === 0) laneIds[used++] = laneNumber(NO_GROUP);
      else
        for (let s = 0; s < subjects.length; s++) {
          const l = laneNumber(subjects[s]);
          let seen = false;
          for (let q = laneStart[p]; q < used && !seen; q++) seen = laneIds[q] === l;
          if (!seen) laneIds[used++] = l;
        }
      for (let q = laneStart[p]; q < used; q++) {
        laneSizes[laneIds[q]]++;
        if (k >= 0) kindCounts[laneIds[q]][k]++;
      }
    }
  }
  laneStart[n] = used;
  const distinct = [...new Set(dateOf.filter((d): d is string => !!d))].sort();
  const rankOf = new Map(distinct.map((d, i) => [d, i + 1]));
  const dateRank = new Int32Array(n);
  for (let q = 0; q < n; q++) dateRank[q] = dateOf[q] ? rankOf.get(dateOf[q]!)! : 0;
  const claimsOfLane = laneSizes.map((size) => new Int32Array(size));
  const filled = new Int32Array(laneNames.length);
  for (let q = 0; q < n; q++) for (let r = laneStart[q]; r < laneStart[q + 1]; r++) claimsOfLane[laneIds[r]][filled[laneIds[r]]++] = q;
  return { docs, docOf, claimOf, kindOf, dateOf, dateRank, dateRanks: distinct.length + 1, sourceOf, laneStart, laneIds, laneNames, laneNumbers, claimsOfLane, kindCounts, kindTotals, relationClaims: Int32Array.from(relations) };
}

/** `dateInRange` with the range's bounds worked out once per request. */
function dateTest(filter: TimelineFilter): ((date: string | null) => boolean) | null {
  if (!filter.from && !filter.to) return null;
  const undated = filter.includeUndated !== false;
  return (date) => (date ? dateInRange(date, filter) : undated);
}

/**
 * One lane alone is over the budget: its latest dated claims (ISO dates in string order, the
 * undated last), ties in document order, as a stable sort on the date would give; a counting sort
 * on the dates' ranks, from the latest rank down, stopping at `max`.
 */
function latest(base: TimelineBase, chosen: number[], max: number): number[] {
  const starts = new Int32Array(base.dateRanks + 1);
  for (const p of chosen) starts[base.dateRank[p] + 1]++;
  for (let r = 1; r <= base.dateRanks; r++) starts[r] += starts[r - 1];
  const sorted = new Int32Array(chosen.length);
  for (const p of chosen) sorted[starts[base.dateRank[p]]++] = p;
  // `sorted` is by rank ascending, document order within a rank: read the ranks from the top.
  const out: number[] = [];
  let end = chosen.length;
  while (out.length < max && end > 0) {
    const rank = base.dateRank[sorted[end - 1]];
    let start = end - 1;
    while (start > 0 && base.dateRank[sorted[start - 1]] === rank) start--;
    for (let k = start; k < end && out.length < max; k++) out.push(sorted[k]);
    end = start;
  }
  return out;
}

export function buildTimeline(index: CorpusIndex, filter: TimelineFilter = {}): TimelineData {
  const nameOf = (id: string) => index.matcher.group(id)?.name ?? id;
  const base = timelineBase(index);
  const { docs, docOf, claimOf, kindOf, dateOf, sourceOf, laneStart, laneIds, laneNames, laneNumbers, claimsOfLane } = base;
  const kindSelected = new Uint8Array(256);
  for (const k of filter.kinds ?? CLAIM_KINDS) {
    const i = CLAIM_KINDS.indexOf(k);
    if (i >= 0) kindSelected[i] = 1;
  }
  const maxPoints = Math.max(1, Math.floor(filter.maxPoints ?? DEFAULT_MAX_POINTS));
  // Lanes the filter allows (null: all).
  let laneAllowed: Uint8Array | null = null;
  if (filter.groups) {
    laneAllowed = new Uint8Array(laneNames.length);
    for (const g of filter.groups) {
      const l = laneNumbers.get(g);
      if (l !== undefined) laneAllowed[l] = 1;
    }
  }
  let docAllowed: Uint8Array | null = null;
  if (filter.document) {
    docAllowed = new Uint8Array(docs.length);
    for (let d = 0; d < docs.length; d++) docAllowed[d] = filter.document(docs[d].uri) ? 1 : 0;
  }
  const inRange = dateTest(filter);
  /** Whether a claim is on this timeline (its kind, document and date pass, and one of its lanes is allowed). */
  const passes = (p: number): boolean => {
    if (!kindSelected[kindOf[p]]) return false;
    if (docAllowed && !docAllowed[docOf[p]]) return false;
    if (inRange && !inRange(dateOf[p])) return false;
    if (!laneAllowed) return true;
    for (let r = laneStart[p]; r < laneStart[p + 1]; r++) if (laneAllowed[laneIds[r]]) return true;
    return false;
  };

  // How many claims each lane holds under the filter: from the base's counts per kind when only
  // kinds and lanes are filtered, else by one pass over the claims.
  let total = 0;
  const laneCounts = new Int32Array(laneNames.length);
  if (!docAllowed && !inRange) {
    for (let l = 0; l < laneNames.length; l++) {
      if (laneAllowed && !laneAllowed[l]) continue;
      const counts = base.kindCounts[l];
      for (let k = 0; k < counts.length; k++) if (kindSelected[k]) laneCounts[l] += counts[k];
    }
    if (!laneAllowed) {
      for (let k = 0; k < base.kindTotals.length; k++) if (kindSelected[k]) total += base.kindTotals[k];
    } else {
      // A claim in two of the lanes asked for counts once.
      const counted = new Uint8Array(docOf.length);
      for (let l = 0; l < laneNames.length; l++) {
        if (!laneAllowed[l]) continue;
        for (const p of claimsOfLane[l]) if (!counted[p] && kindSelected[kindOf[p]]) (counted[p] = 1), total++;
      }
    }
  } else {
    for (let p = 0; p < docOf.length; p++) {
      if (!passes(p)) continue;
      total++;
      for (let r = laneStart[p]; r < laneStart[p + 1]; r++) if (!laneAllowed || laneAllowed[laneIds[r]]) laneCounts[laneIds[r]]++;
    }
  }
  // Relation polarity per edge among the claims on the timeline, to mark relations other sources contradict.
  const polarities = new Map<string, number>();
  for (const p of base.relationClaims) {
    if (!passes(p)) continue;
    const relation = docs[docOf[p]].claims[claimOf[p]].relation!;
    const key = relationEdgeId(relation.type, relation.from, relation.to);
    polarities.set(key, (polarities.get(key) ?? 0) | (relation.polarity === 'asserted' ? 1 : 2));
  }

  // Lanes with the most claims first, until the point budget is spent.
  const orderedLanes: [number, number][] = [];
  for (let l = 0; l < laneCounts.length; l++) if (laneCounts[l] > 0) orderedLanes.push([l, laneCounts[l]]);
  orderedLanes.sort((a, b) => b[1] - a[1] || (laneNames[a[0]] < laneNames[b[0]] ? -1 : 1));
  const kept = new Uint8Array(laneNames.length);
  let keptCount = 0;
  let budget = 0;
  for (const [lane, count] of orderedLanes) {
    if (keptCount > 0 && budget + count > maxPoints) break;
    kept[lane] = 1;
    keptCount++;
    budget += count;
  }
  // The claims of the kept lanes on the timeline, in document order.
  let chosen: number[] = [];
  const taken = keptCount > 1 ? new Uint8Array(docOf.length) : null;
  for (const [lane] of orderedLanes) {
    if (!kept[lane]) continue;
    for (const p of claimsOfLane[lane]) {
      if (taken) {
        if (taken[p]) continue;
        taken[p] = 1;
      }
      if (passes(p)) chosen.push(p);
    }
  }
  if (keptCount > 1) chosen.sort((a, b) => a - b);
  const truncated = chosen.length < total || chosen.length > maxPoints;
  if (chosen.length > maxPoints) chosen = latest(base, chosen, maxPoints);

  const documents: string[] = [];
  const docIndex = new Map<string, number>();
  const candidates = chosen.map((p) => ({ doc: docs[docOf[p]], claim: docs[docOf[p]].claims[claimOf[p]], date: dateOf[p], p }));
  const points: TimelinePoint[] = candidates.map((c, i) => {
    let d = docIndex.get(c.doc.uri);
    if (d === undefined) docIndex.set(c.doc.uri, (d = documents.push(c.doc.uri) - 1));
    const relationKey = c.claim.relation ? relationEdgeId(c.claim.relation.type, c.claim.relation.from, c.claim.relation.to) : null;
    const lanes: string[] = [];
    for (let r = laneStart[c.p]; r < laneStart[c.p + 1]; r++) if (kept[laneIds[r]]) lanes.push(laneNames[laneIds[r]]);
    return {
      id: String(i),
      doc: d,
      range: c.claim.range,
      kind: c.claim.kind,
      lanes,
      date: c.date,
      dateSource: SOURCES[sourceOf[c.p]],
      written: c.claim.date,
      claimant: c.claim.claimant,
      label: label(c.claim, nameOf),
      figures: c.claim.figures.filter((f) => isToll(f.measure)).map((f) => ({ measure: f.measure, low: f.low, high: Number.isFinite(f.high) ? f.high : null })),
      incident: null,
      disputed: relationKey !== null && polarities.get(relationKey) === 3,
    };
  });

  const incidents = gatherIncidents(candidates, points);
  const dated = points.filter((p) => p.date).map((p) => p.date!).sort();
  return {
    documents,
    points,
    incidents,
    lanes: orderedLanes.filter(([l]) => kept[l]).map(([l, count]) => ({ id: laneNames[l], label: laneNames[l] === NO_GROUP ? 'No group named' : nameOf(laneNames[l]), count })),
    totals: { claims: total, shown: points.length, undated: points.filter((p) => !p.date).length, lanes: orderedLanes.length },
    truncated,
    range: { from: dated[0] ?? null, to: dated[dated.length - 1] ?? null },
  };
}

/**
 * Casualty tolls of one incident: dated to the day, within a week of each other, and about the same
 * incident (`sameEvent`: a shared place and target, or two places). Each incident is the range of
 * figures its sources give; `differ` when two of them do not overlap.
 */
function gatherIncidents(chosen: { claim: IndexedClaim; date: string | null }[], points: TimelinePoint[]): TimelineIncident[] {
  const tolls: { i: number; day: number }[] = [];
  chosen.forEach((c, i) => {
    const day = c.date ? dayNumber(c.date) : null;
    if (day !== null && c.claim.event && points[i].figures.length) tolls.push({ i, day });
  });
  tolls.sort((a, b) => a.day - b.day || a.i - b.i);
  const parent = tolls.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
  /** Per group root, its earliest day: a chain of follow-ups never stretches an incident past a week. */
  const first = tolls.map((t) => t.day);
  for (let k = 0; k < tolls.length; k++) {
    for (let j = k - 1; j >= 0 && j >= k - INCIDENT_LOOKBACK && tolls[k].day - tolls[j].day <= INCIDENT_DAYS; j--) {
      if (!sameEvent(chosen[tolls[k].i].claim, chosen[tolls[j].i].claim)) continue;
      const a = find(k);
      const b = find(j);
      if (a === b || tolls[k].day - Math.min(first[a], first[b]) > INCIDENT_DAYS) continue;
      parent[a] = b;
      first[b] = Math.min(first[a], first[b]);
    }
  }
  const groups = new Map<number, number[]>();
  tolls.forEach((t, k) => (groups.get(find(k)) ?? groups.set(find(k), []).get(find(k))!).push(t.i));
  const incidents: TimelineIncident[] = [];
  for (const members of groups.values()) {
    const figures = members.flatMap((i) => points[i].figures);
    const measure = figures.some((f) => f.measure === 'killed') ? 'killed' : 'injured';
    const ranges = members.map((i) => points[i].figures.filter((f) => f.measure === measure)).filter((fs) => fs.length > 0);
    if (ranges.length === 0) continue;
    const flat = ranges.flat();
    const low = Math.min(...flat.map((f) => f.low));
    const high = flat.some((f) => f.high === null) ? null : Math.max(...flat.map((f) => f.high!));
    // Two sources differ when none of one's figures overlaps any of the other's.
    const overlaps = (a: typeof flat, b: typeof flat) => a.some((x) => b.some((y) => x.low <= (y.high ?? Infinity) && y.low <= (x.high ?? Infinity)));
    let differ = false;
    for (let x = 0; x < ranges.length && !differ; x++) for (let y = x + 1; y < ranges.length && !differ; y++) if (!overlaps(ranges[x], ranges[y])) differ = true;
    const id = `incident-${incidents.length}`;
    for (const i of members) {
      points[i].incident = id;
      if (differ) points[i].disputed = true;
    }
    const dates = members.map((i) => points[i].date!).sort();
    const span = high === null ? `${low.toLocaleString('en-US')}+` : low === high ? low.toLocaleString('en-US') : `${low.toLocaleString('en-US')}–${high.toLocaleString('en-US')}`;
    incidents.push({ id, date: dates[0], measure, low, high, points: members.map((i) => points[i].id), differ, label: `${span} ${measure}, ${members.length} source${members.length === 1 ? '' : 's'}${differ ? ', figures differ' : ''}` });
  }
  return incidents.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
