/**
 * The corpus on a timeline: every claim placed on its date, in a lane per group it is about (and
 * one for claims naming no group), with casualty tolls of one incident gathered so that their
 * differing figures show as one range.
 *
 * A point's date is the claim's own ISO date (a relation's absolute date), else its document's date
 * (the dateline), else none: such points go to the "undated" column. No date is ever guessed. Like
 * the graph, the data comes from the index alone; no text is read.
 */
import { figureSummary } from '../claims/agreement';
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

const isToll = (measure: string) => measure === 'killed' || measure === 'injured';

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

export function buildTimeline(index: CorpusIndex, filter: TimelineFilter = {}): TimelineData {
  const nameOf = (id: string) => index.matcher.group(id)?.name ?? id;
  const kinds = new Set(filter.kinds ?? CLAIM_KINDS);
  const groups = filter.groups ? new Set(filter.groups) : null;
  const maxPoints = Math.max(1, Math.floor(filter.maxPoints ?? DEFAULT_MAX_POINTS));
  interface Candidate {
    doc: IndexedDocument;
    claim: IndexedClaim;
    date: string | null;
    source: 'claim' | 'document' | null;
    lanes: string[];
  }
  /** The lanes a claim goes to under the filter (none: not on this timeline), and where. */
  const place = (doc: IndexedDocument, claim: IndexedClaim): { lanes: string[]; date: string | null; source: 'claim' | 'document' | null } | null => {
    if (!kinds.has(claim.kind)) return null;
    const { date, source } = placeClaim(claim, doc);
    if (!dateInRange(date, filter)) return null;
    const subjects = claim.subjects;
    let lanes = subjects.length === 0 ? [NO_GROUP] : subjects.length === 1 ? [subjects[0]] : [...new Set(subjects)];
    if (groups) lanes = lanes.filter((l) => groups.has(l));
    return lanes.length ? { lanes, date, source } : null;
  };
  // First pass: count what each lane holds, allocating nothing per claim; the second builds points
  // for the lanes kept only (at most the budget, not one object per claim of a large corpus).
  let total = 0;
  const laneCounts = new Map<string, number>();
  // Relation polarity per edge, to mark relations other sources contradict.
  const polarities = new Map<string, number>();
  for (const doc of index.documents()) {
    if (filter.document && !filter.document(doc.uri)) continue;
    for (const claim of doc.claims) {
      const at = place(doc, claim);
      if (!at) continue;
      total++;
      for (const l of at.lanes) laneCounts.set(l, (laneCounts.get(l) ?? 0) + 1);
      if (claim.relation) {
        const key = relationEdgeId(claim.relation.type, claim.relation.from, claim.relation.to);
        polarities.set(key, (polarities.get(key) ?? 0) | (claim.relation.polarity === 'asserted' ? 1 : 2));
      }
    }
  }

  // Lanes with the most claims first, until the point budget is spent.
  const orderedLanes = [...laneCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const keptLanes = new Set<string>();
  let budget = 0;
  for (const [lane, count] of orderedLanes) {
    if (keptLanes.size > 0 && budget + count > maxPoints) break;
    keptLanes.add(lane);
    budget += count;
  }
  let chosen: Candidate[] = [];
  for (const doc of index.documents()) {
    if (filter.document && !filter.document(doc.uri)) continue;
    for (const claim of doc.claims) {
      if (claim.subjects.length > 0 && !claim.subjects.some((g) => keptLanes.has(g))) continue;
      const at = place(doc, claim);
      if (at && at.lanes.some((l) => keptLanes.has(l))) chosen.push({ doc, claim, ...at });
    }
  }
  const truncated = chosen.length < total || chosen.length > maxPoints;
  if (chosen.length > maxPoints) {
    // One lane alone is over the budget: keep its latest dated claims (ISO dates compare as strings).
    const key = (c: Candidate) => c.date ?? '';
    chosen = chosen.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0)).slice(0, maxPoints);
  }

  const documents: string[] = [];
  const docIndex = new Map<string, number>();
  const points: TimelinePoint[] = chosen.map((c, i) => {
    let d = docIndex.get(c.doc.uri);
    if (d === undefined) docIndex.set(c.doc.uri, (d = documents.push(c.doc.uri) - 1));
    const relationKey = c.claim.relation ? relationEdgeId(c.claim.relation.type, c.claim.relation.from, c.claim.relation.to) : null;
    return {
      id: String(i),
      doc: d,
      range: c.claim.range,
      kind: c.claim.kind,
      lanes: c.lanes.filter((l) => keptLanes.has(l)),
      date: c.date,
      dateSource: c.source,
      written: c.claim.date,
      claimant: c.claim.claimant,
      label: label(c.claim, nameOf),
      figures: c.claim.figures.filter((f) => isToll(f.measure)).map((f) => ({ measure: f.measure, low: f.low, high: Number.isFinite(f.high) ? f.high : null })),
      incident: null,
      disputed: relationKey !== null && polarities.get(relationKey) === 3,
    };
  });

  const incidents = gatherIncidents(chosen, points);
  const dated = points.filter((p) => p.date).map((p) => p.date!).sort();
  return {
    documents,
    points,
    incidents,
    lanes: orderedLanes.filter(([l]) => keptLanes.has(l)).map(([id, count]) => ({ id, label: id === NO_GROUP ? 'No group named' : nameOf(id), count })),
    totals: { claims: total, shown: points.length, undated: points.filter((p) => !p.date).length, lanes: laneCounts.size },
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
  for (let k = 0; k < tolls.length; k++) {
    for (let j = k - 1; j >= 0 && j >= k - INCIDENT_LOOKBACK && tolls[k].day - tolls[j].day <= INCIDENT_DAYS; j--) {
      if (sameEvent(chosen[tolls[k].i].claim, chosen[tolls[j].i].claim)) parent[find(k)] = find(j);
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
