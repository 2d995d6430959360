/**
 * Data for the client's graph and timeline views and their exports: reads and validates the
 * query (dates, folder, types, thresholds), turns the folder into a document filter, and translates
 * the core's graph, edge passages, node cards and timeline into the wire shapes of protocol.ts.
 * Requests never read the corpus: only the passages of one edge, or one passage, are read.
 */
import * as path from 'node:path';
import { RELATION_TYPES, RelationType, CLAIM_KINDS, ClaimKind } from '../core/claims/model';
import { RELATION_LABELS, describeRelation } from '../core/claims/relations';
import { DEFAULT_MAX_EDGES, DEFAULT_MAX_NODES, GraphFilter, buildGraph, edgePassages, isPersonNode, nodeCard } from '../core/corpus/graph';
import { graphToCsv, graphToGexf, graphToGraphml, timelineToCsv } from '../core/corpus/graphExport';
import { TimelineFilter, buildTimeline } from '../core/corpus/timeline';
import { LineIndex } from '../core/text/positions';
import { collapseWhitespace } from '../core/text/sentences';
import { uriToPath } from '../corpusWorkspace';
import { CorpusFolder, EdgePassagesResponse, GraphQuery, GraphResponse, NodeCardResponse, TimelineQuery, TimelineResponse, ViewExport, WireRange } from '../protocol';
import { FeatureContext } from './context';
import { displayName } from './markdown';

/** What the views draw at most: the graph's default caps (exports are not capped). */
export const GRAPH_LIMITS = { nodes: DEFAULT_MAX_NODES, edges: DEFAULT_MAX_EDGES };
export const TIMELINE_LIMITS = { points: 5000 };
const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const MAX_FOLDERS = 200;

const isoOrNull = (value: unknown) => (typeof value === 'string' && ISO.test(value) ? value : null);

/** A document's path relative to the workspace folder holding it (as VS Code shows it), else its name. */
export function workspaceRelative(context: FeatureContext, uri: string): string {
  const file = pathOf(uri);
  if (!file) return displayName(uri);
  const folder = context.workspace.folders.find((f) => file.startsWith(f + path.sep));
  return folder ? path.relative(folder, file).split(path.sep).join('/') : file;
}

/** uri → file path, remembered: the folder filter asks for every document on every request. */
const paths = new Map<string, string | null>();
function pathOf(uri: string): string | null {
  let p = paths.get(uri);
  if (p === undefined) {
    if (paths.size > 500_000) paths.clear();
    paths.set(uri, (p = uriToPath(uri)));
  }
  return p;
}

/** Documents under a folder relative to any workspace folder; undefined (all) for an empty folder. */
function folderFilter(context: FeatureContext, folder: unknown): ((uri: string) => boolean) | undefined {
  if (typeof folder !== 'string') return undefined;
  const relative = folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  if (!relative) return undefined;
  const prefixes = context.workspace.folders.map((f) => path.join(f, ...relative.split('/')) + path.sep);
  return (uri) => {
    const file = pathOf(uri);
    return !!file && prefixes.some((p) => file.startsWith(p));
  };
}

/** The last folder listing, for one index generation and set of workspace folders (every view request sends it). */
let folderListing: { index: unknown; generation: number; roots: string; folders: CorpusFolder[] } | null = null;

/** The folders of the corpus (each level, relative to its workspace folder) with their documents, largest first. */
function corpusFolders(context: FeatureContext): CorpusFolder[] {
  const index = context.workspace.index;
  const roots = context.workspace.folders.join('\u0000');
  if (folderListing && folderListing.index === index && folderListing.generation === index.generation && folderListing.roots === roots) return folderListing.folders.map((f) => ({ ...f }));
  const folders = listFolders(context);
  folderListing = { index, generation: index.generation, roots, folders };
  return folders.map((f) => ({ ...f }));
}

function listFolders(context: FeatureContext): CorpusFolder[] {
  const counts = new Map<string, number>();
  for (const uri of context.workspace.index.uris()) {
    const relative = workspaceRelative(context, uri);
    if (path.isAbsolute(relative)) continue;
    const parts = relative.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length && i <= 3; i++) {
      const folder = parts.slice(0, i).join('/');
      counts.set(folder, (counts.get(folder) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([p, documents]) => ({ path: p, documents }))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .slice(0, MAX_FOLDERS);
}

function readGraphQuery(context: FeatureContext, raw: unknown): GraphFilter {
  const q = (raw && typeof raw === 'object' ? raw : {}) as GraphQuery;
  const types = Array.isArray(q.relationTypes) ? q.relationTypes.filter((t): t is RelationType => (RELATION_TYPES as readonly string[]).includes(t)) : undefined;
  const number = (v: unknown, fallback: number, low: number, high: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(high, Math.max(low, Math.floor(v))) : fallback);
  return {
    from: isoOrNull(q.from),
    to: isoOrNull(q.to),
    includeUndated: q.includeUndated !== false,
    document: folderFilter(context, q.folder),
    relationTypes: types,
    cooccurrence: q.cooccurrence !== false,
    minCooccurrence: number(q.minCooccurrence, 2, 1, 1_000_000),
    listFacts: q.listFacts !== false,
    people: q.people !== false,
    centre: typeof q.centre === 'string' && (context.workspace.matcher.group(q.centre) || isPersonNode(q.centre)) ? q.centre : null,
    depth: number(q.depth, 1, 1, 3),
    maxNodes: GRAPH_LIMITS.nodes,
    maxEdges: GRAPH_LIMITS.edges,
  };
}

function readTimelineQuery(context: FeatureContext, raw: unknown): TimelineFilter {
  const q = (raw && typeof raw === 'object' ? raw : {}) as TimelineQuery;
  return {
    from: isoOrNull(q.from),
    to: isoOrNull(q.to),
    includeUndated: q.includeUndated !== false,
    document: folderFilter(context, q.folder),
    kinds: Array.isArray(q.kinds) ? q.kinds.filter((k): k is ClaimKind => (CLAIM_KINDS as readonly string[]).includes(k)) : undefined,
    groups: Array.isArray(q.groups) ? q.groups.filter((g): g is string => typeof g === 'string') : undefined,
    maxPoints: TIMELINE_LIMITS.points,
  };
}

export function graphData(context: FeatureContext, query: unknown): GraphResponse {
  const graph = buildGraph(context.workspace.index, readGraphQuery(context, query));
  return { ...graph, folders: corpusFolders(context), relationTypes: [...RELATION_TYPES], relationLabels: { ...RELATION_LABELS }, limits: { ...GRAPH_LIMITS }, indexing: context.workspace.indexing };
}

const nameOf = (context: FeatureContext) => (id: string) => context.workspace.matcher.group(id)?.name ?? id;

export function graphEdge(context: FeatureContext, params: { edgeId?: unknown; query?: unknown } | undefined): EdgePassagesResponse | null {
  if (typeof params?.edgeId !== 'string') return null;
  const found = edgePassages(context.workspace.index, context.workspace, params.edgeId, readGraphQuery(context, params.query));
  if (!found) return null;
  const name = nameOf(context);
  return {
    edge: { ...found.edge, fromName: name(found.edge.from), toName: name(found.edge.to) },
    passages: found.passages.map((p) => ({
      uri: p.uri,
      document: workspaceRelative(context, p.uri),
      range: p.range,
      snippet: p.snippet,
      polarity: p.polarity,
      hedged: p.hedged,
      claimant: p.claimant,
      date: p.date,
      reading:
        p.polarity !== null
          ? describeRelation({ type: p.type as RelationType, from: p.from, to: p.to, directed: true, polarity: p.polarity, hedged: p.hedged }, name)
          : `${name(p.from)} and ${name(p.to)} named together`,
    })),
    total: found.total,
    listSource: found.listSource,
  };
}

export function graphNode(context: FeatureContext, params: { groupId?: unknown; query?: unknown } | undefined): NodeCardResponse | null {
  if (typeof params?.groupId !== 'string') return null;
  const card = nodeCard(context.workspace.index, context.workspace.matcher, params.groupId, readGraphQuery(context, params.query));
  if (!card) return null;
  return { ...card, topDocuments: card.topDocuments.map((d) => ({ ...d, document: workspaceRelative(context, d.uri) })) };
}

export function timelineData(context: FeatureContext, query: unknown): TimelineResponse {
  const timeline = buildTimeline(context.workspace.index, readTimelineQuery(context, query));
  return {
    ...timeline,
    documentNames: timeline.documents.map((u) => workspaceRelative(context, u)),
    folders: corpusFolders(context),
    kinds: [...CLAIM_KINDS],
    limits: { ...TIMELINE_LIMITS },
    indexing: context.workspace.indexing,
  };
}

/** One passage's text on one line (the views' detail panes); only this document is read. */
export function passageText(context: FeatureContext, params: { uri?: unknown; range?: unknown } | undefined): { snippet: string } | null {
  const range = params?.range as WireRange | undefined;
  if (typeof params?.uri !== 'string' || !range?.start || !range.end) return null;
  const text = context.workspace.read(params.uri);
  const doc = context.workspace.index.get(params.uri);
  if (text === undefined || !doc || doc.length !== text.length) return null;
  const lines = new LineIndex(text);
  const start = lines.offsetAt(range.start);
  const end = Math.min(lines.offsetAt(range.end), start + 2000);
  if (!(end > start)) return null;
  return { snippet: collapseWhitespace(text.slice(start, end)) };
}

/** The group mentioned at a position (for "Centre graph on the group under the cursor"). */
export function groupAt(context: FeatureContext, params: { uri?: unknown; position?: { line?: unknown; character?: unknown } } | undefined): { groupId: string; name: string } | null {
  const { uri, position } = params ?? {};
  if (typeof uri !== 'string' || typeof position?.line !== 'number' || typeof position.character !== 'number') return null;
  const mention = context.workspace.index.mentionAt(uri, position.line, position.character);
  if (!mention) return null;
  return { groupId: mention.groupId, name: nameOf(context)(mention.groupId) };
}

export function exportGraph(context: FeatureContext, params: { format?: unknown; query?: unknown } | undefined): ViewExport {
  const graph = buildGraph(context.workspace.index, { ...readGraphQuery(context, params?.query), maxNodes: Number.MAX_SAFE_INTEGER, maxEdges: Number.MAX_SAFE_INTEGER });
  const content = params?.format === 'graphml' ? graphToGraphml(graph) : params?.format === 'csv' ? graphToCsv(graph) : graphToGexf(graph);
  return { content, summary: `${graph.nodes.length} nodes, ${graph.edges.length} edges` };
}

export function exportTimeline(context: FeatureContext, params: { format?: unknown; query?: unknown } | undefined): ViewExport {
  const timeline = buildTimeline(context.workspace.index, { ...readTimelineQuery(context, params?.query), maxPoints: Number.MAX_SAFE_INTEGER });
  const summary = `${timeline.points.length} claims`;
  if (params?.format === 'json') return { content: JSON.stringify({ ...timeline, documentNames: timeline.documents.map((u) => workspaceRelative(context, u)) }, null, 2) + '\n', summary };
  const text = (i: number) => passageText(context, { uri: timeline.documents[timeline.points[i].doc], range: timeline.points[i].range })?.snippet ?? '';
  return { content: timelineToCsv(timeline, (u) => workspaceRelative(context, u), text), summary };
}
