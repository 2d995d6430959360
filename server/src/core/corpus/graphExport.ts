/**
 * The graph and the timeline in formats a researcher opens elsewhere: GEXF 1.3 and GraphML (Gephi,
 * yEd, Cytoscape, NetworkX) and CSV edge lists (Gephi's "Source,Target,Type,Weight" columns first),
 * the timeline as CSV or JSON. Names come from workspace gazetteers, so they are escaped for XML
 * (characters XML cannot hold are dropped) and for CSV (`csvField`, which also defuses formulas).
 */
import { csvField } from '../claims/csv';
import type { GraphData, GraphEdge, GraphNode } from './graph';
import type { TimelineData } from './timeline';

/** Text for an XML attribute or element: markup escaped, characters XML 1.0 forbids removed. */
export function xmlText(value: string | number | boolean | null): string {
  const s = value === null ? '' : String(value);
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Column<T> = { id: string; type: 'string' | 'integer' | 'boolean'; value: (item: T) => string | number | boolean | null };

const NODE_COLUMNS: Column<GraphNode>[] = [
  { id: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'mentions', type: 'integer', value: (n) => n.mentions },
  { id: 'documents', type: 'integer', value: (n) => n.documents },
  { id: 'designated', type: 'boolean', value: (n) => n.designated },
  { id: 'parent', type: 'string', value: (n) => n.parent },
];

const EDGE_COLUMNS: Column<GraphEdge>[] = [
  { id: 'kind', type: 'string', value: (e) => e.kind },
  { id: 'relation', type: 'string', value: (e) => e.type },
  { id: 'status', type: 'string', value: (e) => e.status },
  { id: 'asserted', type: 'integer', value: (e) => e.asserted },
  { id: 'denied', type: 'integer', value: (e) => e.denied },
  { id: 'hedged', type: 'integer', value: (e) => e.hedged },
  { id: 'documents', type: 'integer', value: (e) => e.documents },
  { id: 'first_date', type: 'string', value: (e) => e.firstDate },
  { id: 'last_date', type: 'string', value: (e) => e.lastDate },
];

function edgeLabel(e: GraphEdge): string {
  return e.kind === 'cooccurrence' ? `co-occurrence (${e.weight})` : e.status && e.status !== 'asserted' ? `${e.type} (${e.status})` : e.type;
}

export function graphToGexf(graph: GraphData, description = 'Source Lens corpus graph'): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
  out.push(`  <meta><creator>Source Lens</creator><description>${xmlText(description)}</description></meta>`);
  out.push('  <graph defaultedgetype="undirected" mode="static">');
  const attributes = <T,>(cls: string, columns: Column<T>[]) => {
    out.push(`    <attributes class="${cls}">`);
    for (const c of columns) out.push(`      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>`);
    out.push('    </attributes>');
  };
  attributes('node', NODE_COLUMNS);
  attributes('edge', EDGE_COLUMNS);
  const values = <T,>(item: T, columns: Column<T>[]) =>
    columns
      .map((c) => [c.id, c.value(item)] as const)
      .filter(([, v]) => v !== null)
      .map(([id, v]) => `<attvalue for="${id}" value="${xmlText(v)}"/>`)
      .join('');
  out.push('    <nodes>');
  for (const n of graph.nodes) out.push(`      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}"><attvalues>${values(n, NODE_COLUMNS)}</attvalues></node>`);
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const e of graph.edges) {
    out.push(`      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" type="${e.directed ? 'directed' : 'undirected'}" weight="${e.weight}" label="${xmlText(edgeLabel(e))}"><attvalues>${values(e, EDGE_COLUMNS)}</attvalues></edge>`);
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}

export function graphToGraphml(graph: GraphData): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  const graphmlType = (t: string) => (t === 'integer' ? 'int' : t);
  out.push('  <key id="label" for="node" attr.name="label" attr.type="string"/>');
  for (const c of NODE_COLUMNS) out.push(`  <key id="n_${c.id}" for="node" attr.name="${c.id}" attr.type="${graphmlType(c.type)}"/>`);
  out.push('  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>');
  out.push('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
  for (const c of EDGE_COLUMNS) out.push(`  <key id="e_${c.id}" for="edge" attr.name="${c.id}" attr.type="${graphmlType(c.type)}"/>`);
  out.push('  <graph id="source-lens" edgedefault="undirected">');
  const data = <T,>(prefix: string, item: T, columns: Column<T>[]) =>
    columns
      .map((c) => [c.id, c.value(item)] as const)
      .filter(([, v]) => v !== null)
      .map(([id, v]) => `<data key="${prefix}${id}">${xmlText(v)}</data>`)
      .join('');
  for (const n of graph.nodes) out.push(`    <node id="${xmlText(n.id)}"><data key="label">${xmlText(n.label)}</data>${data('n_', n, NODE_COLUMNS)}</node>`);
  for (const e of graph.edges) {
    out.push(`    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" directed="${e.directed}"><data key="e_label">${xmlText(edgeLabel(e))}</data><data key="weight">${e.weight}</data>${data('e_', e, EDGE_COLUMNS)}</edge>`);
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}

export const GRAPH_CSV_HEADER = ['Source', 'Target', 'Type', 'Weight', 'Label', 'source_name', 'target_name', ...EDGE_COLUMNS.map((c) => c.id)] as const;

/** The edge list, one row per edge; Gephi's Source/Target/Type/Weight/Label columns first. */
export function graphToCsv(graph: GraphData): string {
  const names = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const lines = [GRAPH_CSV_HEADER.join(',')];
  for (const e of graph.edges) {
    const row = [e.source, e.target, e.directed ? 'Directed' : 'Undirected', e.weight, edgeLabel(e), names.get(e.source) ?? e.source, names.get(e.target) ?? e.target, ...EDGE_COLUMNS.map((c) => c.value(e))];
    lines.push(row.map((v) => csvField(typeof v === 'boolean' ? String(v) : v)).join(','));
  }
  return lines.join('\n') + '\n';
}

export const TIMELINE_CSV_HEADER = ['date', 'date_source', 'written_date', 'group', 'kind', 'label', 'claimant', 'incident', 'disputed', 'document', 'line', 'character', 'text'] as const;

/**
 * The timeline as CSV, one row per point and lane (a claim about two groups is a row in each).
 * `documentName` shows a document as the analyst knows it; `text` gives a point's passage.
 */
export function timelineToCsv(timeline: TimelineData, documentName: (uri: string) => string, text: (pointIndex: number) => string = () => ''): string {
  const laneLabels = new Map(timeline.lanes.map((l) => [l.id, l.label]));
  const lines = [TIMELINE_CSV_HEADER.join(',')];
  timeline.points.forEach((p, i) => {
    for (const lane of p.lanes) {
      const row = [p.date, p.dateSource, p.written, laneLabels.get(lane) ?? lane, p.kind, p.label, p.claimant, p.incident, p.disputed ? 'yes' : '', documentName(timeline.documents[p.doc]), p.range.start.line + 1, p.range.start.character + 1, text(i)];
      lines.push(row.map(csvField).join(','));
    }
  });
  return lines.join('\n') + '\n';
}
