/**
 * The graph view's page: cytoscape.js draws the graph the extension sends; a toolbar sets the
 * filters; clicking a node shows its card and documents, clicking an edge the passages behind it,
 * each a link into the editor. Names are drawn on the canvas or inserted as text nodes.
 */
import cytoscape from 'cytoscape';
import type { EdgePassagesResponse, GraphQuery, GraphResponse, NodeCardResponse, WireGraphEdge } from '../../../../server/src/protocol';
import type { GraphHostMessage, GraphViewMessage } from '../messages';
import { append, buttonMenu, checkMenu, clear, dateInput, el, formatNumber, indexChangedNotice, passageLink, plural, showError, vscodeApi } from './dom';

interface State {
  query: GraphQuery;
  layout: string;
}

const api = vscodeApi<State, GraphViewMessage>();
const saved = api.getState();
let query: GraphQuery = saved?.query ?? {};
let layoutName = saved?.layout ?? 'auto';
let data: GraphResponse | null = null;

/** Labels of the edge kinds that are no relation type; relation types come labelled from the server. */
const OTHER_LABELS: Record<string, string> = { 'part-of': 'part of (list)', cooccurrence: 'named together' };
const label = (type: string) => data?.relationLabels[type] ?? OTHER_LABELS[type] ?? type;
const FAMILY_COLOURS: Record<string, string> = {
  'faction-of': '#4e8dd6',
  'splinter-from': '#4e8dd6',
  'merged-into': '#4e8dd6',
  rejoined: '#4e8dd6',
  'pledged-allegiance-to': '#4e8dd6',
  'allied-with': '#3fa66b',
  'rival-of': '#e0823d',
  'front-for': '#9b6ad6',
  renamed: '#3ba7a7',
  'linked-to': '#c99a2e',
};
const DISPUTED = '#e5484d';

function themeColour(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

// --- page -------------------------------------------------------------------------------------------

const app = document.getElementById('app')!;
const toolbar = el('header', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph filters' });
const status = el('div', { class: 'status', id: 'status', role: 'status' });
const canvas = el('div', { class: 'canvas', id: 'graph', 'aria-label': 'Graph of groups and their relations' });
const details = el('aside', { class: 'details', id: 'details', 'aria-live': 'polite' }, el('p', { class: 'muted' }, 'Click a group to see its card and documents, or a link to see the passages behind it.'));
const legend = el('footer', { class: 'legend' });
append(app, [toolbar, status, el('main', { class: 'split' }, canvas, details), legend]);
app.removeAttribute('aria-busy');

// Large graphs (up to 300 nodes and 1,000 edges): while panning and zooming, draw a snapshot and leave edges out; labels too small to read are not drawn.
const cy = cytoscape({ container: canvas, minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false, textureOnViewport: true, hideEdgesOnViewport: true, motionBlur: false });
// For the editor's automated check and for anyone inspecting the view: the live graph.
(window as unknown as { sourceLensGraph: cytoscape.Core }).sourceLensGraph = cy;
// The toolbar and the details pane change the canvas's size and place; cytoscape must know, or clicks land beside the nodes.
new ResizeObserver(() => cy.resize()).observe(canvas);

function send(message: GraphViewMessage): void {
  api.postMessage(message);
}

function setQuery(change: Partial<GraphQuery>): void {
  query = { ...query, ...change };
  api.setState({ query, layout: layoutName });
  status.textContent = 'Loading…';
  app.dataset.ready = 'false';
  send({ type: 'query', query });
}

function buildToolbar(response: GraphResponse): void {
  clear(toolbar);
  const centre = el('select', { id: 'centre', 'aria-label': 'Centre on a group' }, el('option', { value: '' }, 'Whole corpus'));
  const names = [...response.nodes].sort((a, b) => a.label.localeCompare(b.label));
  for (const n of names) centre.appendChild(el('option', { value: n.id, selected: n.id === query.centre }, n.label));
  if (query.centre && !names.some((n) => n.id === query.centre)) centre.appendChild(el('option', { value: query.centre, selected: true }, query.centre));
  centre.addEventListener('change', () => setQuery({ centre: centre.value || null }));
  const depth = el('select', { id: 'depth', 'aria-label': 'Steps from the centre' }, ...[1, 2, 3].map((d) => el('option', { value: d, selected: (query.depth ?? 1) === d }, `${d} step${d > 1 ? 's' : ''}`)));
  depth.addEventListener('change', () => setQuery({ depth: Number(depth.value) }));
  const folder = el('select', { id: 'folder', 'aria-label': 'Folder' }, el('option', { value: '' }, 'All folders'));
  for (const f of response.folders) folder.appendChild(el('option', { value: f.path, selected: f.path === query.folder }, `${f.path} (${formatNumber(f.documents)})`));
  folder.addEventListener('change', () => setQuery({ folder: folder.value || null }));
  const types = checkMenu(
    'Relations',
    response.relationTypes.map((t) => ({ value: t, label: response.relationLabels[t] ?? t, checked: !query.relationTypes || query.relationTypes.includes(t) })),
    (checked) => setQuery({ relationTypes: checked }),
  );
  types.id = 'relation-types';
  const showCo = el('input', { type: 'checkbox', id: 'show-cooccurrence', checked: query.cooccurrence !== false });
  showCo.addEventListener('change', () => setQuery({ cooccurrence: showCo.checked }));
  const minCo = el('input', { type: 'number', id: 'min-cooccurrence', min: 1, step: 1, value: query.minCooccurrence ?? 2, 'aria-label': 'Sentences naming both groups' });
  minCo.addEventListener('change', () => {
    const n = Math.max(1, Math.floor(Number(minCo.value) || 1));
    setQuery({ minCooccurrence: n });
  });
  const listFacts = el('input', { type: 'checkbox', id: 'list-facts', checked: query.listFacts !== false });
  listFacts.addEventListener('change', () => setQuery({ listFacts: listFacts.checked }));
  const people = el('input', { type: 'checkbox', id: 'people', checked: query.people !== false });
  people.addEventListener('change', () => setQuery({ people: people.checked }));
  const layout = el('select', { id: 'layout', 'aria-label': 'Layout' }, ...[
    ['auto', 'Layout: automatic'],
    ['cose', 'Force-directed'],
    ['concentric', 'Concentric (by mentions)'],
    ['circle', 'Circle'],
    ['grid', 'Grid'],
  ].map(([v, l]) => el('option', { value: v, selected: v === layoutName }, l)));
  layout.addEventListener('change', () => {
    layoutName = layout.value;
    api.setState({ query, layout: layoutName });
    runLayout();
  });
  const exportMenu = buttonMenu('Export', [
    { label: 'GEXF (Gephi)…', run: () => send({ type: 'export', format: 'gexf' }), id: 'export-gexf' },
    { label: 'GraphML…', run: () => send({ type: 'export', format: 'graphml' }), id: 'export-graphml' },
    { label: 'CSV edge list…', run: () => send({ type: 'export', format: 'csv' }), id: 'export-csv' },
  ]);
  append(toolbar, [
    el('label', {}, 'Centre', centre),
    depth,
    el('label', {}, 'From', dateInput('from', 'YYYY-MM-DD', query.from, (v) => setQuery({ from: v }))),
    el('label', {}, 'To', dateInput('to', 'YYYY-MM-DD', query.to, (v) => setQuery({ to: v }))),
    el('label', {}, folder),
    types,
    el('label', {}, showCo, 'Named together in ≥', minCo, 'sentences'),
    el('label', {}, listFacts, 'List facts'),
    el('label', {}, people, 'People'),
    layout,
    exportMenu,
  ]);
}

function buildLegend(): void {
  clear(legend);
  const swatch = (colour: string, style = '') => {
    const s = el('span', { class: `swatch ${style}` });
    s.style.borderTopColor = colour;
    return s;
  };
  append(legend, [
    el('span', {}, swatch('#4e8dd6'), 'faction, splinter, merger, allegiance'),
    el('span', {}, swatch('#3fa66b'), 'allied'),
    el('span', {}, swatch('#e0823d'), 'rivals'),
    el('span', {}, swatch('#9b6ad6'), 'front'),
    el('span', {}, swatch('#c99a2e'), 'linked'),
    el('span', {}, swatch('#888', 'dashed'), 'denied'),
    el('span', {}, swatch(DISPUTED), 'disputed (asserted and denied)'),
    el('span', {}, swatch('#888', 'dotted'), 'part of, from the gazetteer (a list fact)'),
    el('span', {}, swatch('rgba(128,128,128,0.5)'), 'named together in one sentence'),
    el('span', {}, 'Node size: mentions. Thick border: on an official list. Diamonds: people, shown when named with a group or another person.'),
  ]);
}

function edgeLabel(e: WireGraphEdge): string {
  if (e.kind === 'cooccurrence') return '';
  const name = label(e.type);
  if (e.kind === 'list') return name;
  const prefix = e.status === 'disputed' ? '⚠ disputed: ' : e.status === 'denied' ? 'denied: ' : '';
  return `${prefix}${name} (${e.documents})`;
}

function renderGraph(response: GraphResponse): void {
  const maxMentions = Math.max(1, ...response.nodes.map((n) => n.mentions));
  const maxCo = Math.max(1, ...response.edges.filter((e) => e.kind === 'cooccurrence').map((e) => e.weight));
  // What differs between elements travels as data and classes, so that the stylesheet stays a few
  // rules: each rule is matched against every element whenever it is restyled (a click restyles them all).
  const nodes: cytoscape.ElementDefinition[] = response.nodes.map((n) => ({
    group: 'nodes' as const,
    data: { id: n.id, label: n.label, size: 18 + 52 * Math.sqrt(n.mentions / maxMentions), border: n.id === response.centre ? 4 : n.designated ? 3 : 1 },
    classes: [n.kind === 'person' ? 'person' : '', n.id === response.centre ? 'centre' : ''].filter(Boolean),
  }));
  // A co-occurrence beside a stated relation or list fact fans out with them instead of running straight through the middle.
  const pair = (e: WireGraphEdge) => (e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`);
  const related = new Set(response.edges.filter((e) => e.kind !== 'cooccurrence').map(pair));
  const edges: cytoscape.ElementDefinition[] = response.edges.map((e) => {
    const co = e.kind === 'cooccurrence';
    return {
      group: 'edges' as const,
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        label: edgeLabel(e),
        colour: e.kind === 'list' ? '#888' : e.status === 'disputed' ? DISPUTED : FAMILY_COLOURS[e.type] ?? '#888',
        width: co ? 1 + (4 * Math.log(1 + e.weight)) / Math.log(1 + maxCo) : e.kind === 'list' ? 1.5 : 2 + Math.min(4, e.documents),
        arrow: e.directed ? 'triangle' : 'none',
        line: e.kind === 'list' ? 'dotted' : e.status === 'denied' ? 'dashed' : 'solid',
      },
      classes: co ? (related.has(pair(e)) ? ['co', 'parallel'] : ['co']) : ['stated'],
    };
  });
  cy.batch(() => {
    cy.elements().remove();
    cy.add(nodes);
  });
  runLayout(edges);
}

/** The graph's styles, from the theme's colours; set once, before any element is added. */
function graphStyle(): cytoscape.StylesheetJson {
  const foreground = themeColour('--vscode-foreground', '#ccc');
  const background = themeColour('--vscode-editor-background', '#1e1e1e');
  const nodeColour = themeColour('--vscode-sourceLens-groupIcon', '#e8b34b');
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': nodeColour,
        color: foreground,
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-outline-color': background,
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        'border-width': 'data(border)',
        'border-color': foreground,
      },
    },
    { selector: 'node.person', style: { shape: 'diamond' } },
    { selector: 'node.centre', style: { 'border-color': DISPUTED } },
    // Co-occurrence links: many, unlabelled, straight and translucent.
    { selector: 'edge', style: { width: 'data(width)', 'line-color': '#888', opacity: 0.45, 'curve-style': 'haystack' } },
    { selector: 'edge.parallel', style: { 'curve-style': 'bezier' } },
    {
      selector: 'edge.stated',
      style: {
        opacity: 1,
        'line-color': 'data(colour)',
        'line-style': 'data(line)' as cytoscape.Css.LineStyle,
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'data(arrow)' as cytoscape.Css.ArrowShape,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 10,
        color: foreground,
        'text-rotation': 'autorotate',
        'text-outline-color': background,
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: ':selected', style: { 'overlay-opacity': 0.2, 'overlay-color': nodeColour } },
    { selector: '.faded', style: { opacity: 0.15 } },
    // Faded co-occurrence links are left out of the picture: thousands of translucent lines would cost the frame and show nothing.
    { selector: 'edge.co.faded', style: { visibility: 'hidden' } },
  ];
}
cy.style(graphStyle());

/** Layouts that place nodes by their edges; the others place them by size or order alone. */
const EDGE_LAYOUTS = new Set(['cose']);

function layoutFor(nodes: number, edges: number): string {
  if (layoutName !== 'auto') return layoutName;
  return nodes > 120 || edges > 800 ? 'concentric' : 'cose';
}

function layoutOptions(name: string): cytoscape.LayoutOptions {
  return name === 'concentric'
    ? ({ name, animate: false, concentric: (n: cytoscape.NodeSingular) => Number(n.data('size')), levelWidth: () => 12, minNodeSpacing: 12 } as cytoscape.LayoutOptions)
    : name === 'cose'
      ? ({ name, animate: false, randomize: true, nodeRepulsion: () => 12000, idealEdgeLength: () => 110, nodeOverlap: 20, numIter: 1500 } as cytoscape.LayoutOptions)
      : ({ name, animate: false } as cytoscape.LayoutOptions);
}

/**
 * Lays the nodes out and draws the edges: `added`, new ones added now, or else those drawn (a layout
 * chosen in the toolbar). A layout that ignores edges runs while they are out of the graph: every
 * node moved with thousands of edges attached costs each of those edges an update.
 */
function runLayout(added?: cytoscape.ElementDefinition[]): void {
  cy.resize();
  app.dataset.ready = 'false';
  const name = layoutFor(cy.nodes().length, added ? added.length : cy.edges().length);
  if (EDGE_LAYOUTS.has(name)) {
    if (added) cy.add(added);
    const layout = cy.layout(layoutOptions(name));
    layout.one('layoutstop', finishLayout);
    layout.run();
    return;
  }
  const drawn = added ? null : cy.edges().remove();
  cy.layout(layoutOptions(name)).run();
  if (added) cy.add(added);
  else drawn?.restore();
  finishLayout();
}

function finishLayout(): void {
  cy.fit(cy.nodes(), 30);
  markDrawn();
}

/** The page is drawn once cytoscape has rendered what was laid out (the editor's check and the benchmark wait for this). */
function markDrawn(): void {
  if (cy.elements().empty()) {
    app.dataset.ready = 'true';
    return;
  }
  cy.one('render', () => (app.dataset.ready = 'true'));
}

function renderStatus(response: GraphResponse): void {
  clear(status);
  const parts: string[] = [];
  const relationEdges = response.edges.filter((e) => e.kind === 'relation').length;
  const coEdges = response.edges.filter((e) => e.kind === 'cooccurrence').length;
  parts.push(`${response.truncated.nodes ? `Showing ${formatNumber(response.nodes.length)} of ${plural(response.totals.nodes, 'group')} (the most mentioned, and every group in a stated relation first; narrow the filters to see others)` : plural(response.nodes.length, 'group')}`);
  parts.push(`${plural(relationEdges, 'stated relation')}, ${plural(coEdges, 'co-occurrence link')}`);
  if (response.truncated.edges) parts.push(`links capped at ${formatNumber(response.limits.edges)} of ${formatNumber(response.totals.edges)} (relations first, then the strongest co-occurrences; the exports hold them all)`);
  if (response.totals.hiddenCooccurrence) parts.push(`${plural(response.totals.hiddenCooccurrence, 'weaker co-occurrence link')} hidden (fewer than ${query.minCooccurrence ?? 2} sentences)`);
  parts.push(`from ${plural(response.totals.documents, 'document')}`);
  append(status, [parts.join(' · ')]);
  if (response.indexing) append(status, [' · ', el('span', { class: 'notice' }, 'indexing in progress: counts are partial')]);
}

// --- details pane -------------------------------------------------------------------------------------

function showCard(card: NodeCardResponse | null): void {
  clear(details);
  if (!card) {
    details.appendChild(el('p', { class: 'muted' }, 'This group is not in the gazetteer any more.'));
    return;
  }
  const person = card.kind === 'person';
  const centre = el('button', { type: 'button', id: 'centre-on-node' }, person ? 'Centre on this person' : 'Centre on this group');
  centre.addEventListener('click', () => setQuery({ centre: card.id }));
  // The timeline's lanes are groups: a person has none.
  const timeline = person ? null : el('button', { type: 'button', class: 'secondary', id: 'timeline-of-node' }, 'Timeline of this group');
  timeline?.addEventListener('click', () => send({ type: 'timeline', groupId: card.id }));
  append(details, [
    el('div', { class: 'card', 'data-group': card.id }, el('h2', {}, card.name), el('div', { class: 'muted' }, card.kind === 'person' ? 'Person' : 'Known group')),
    card.aliases.length ? el('p', {}, el('em', {}, 'Also: '), card.aliases.slice(0, 12).join(', '), card.aliases.length > 12 ? `, and ${card.aliases.length - 12} more` : '') : null,
    card.description ? el('p', {}, card.description) : null,
    card.parent ? el('p', {}, el('em', {}, 'Part of (gazetteer): '), card.parent.name) : null,
    person ? null : el('p', {}, el('em', {}, 'Designation: '), card.designations.length ? card.designations.join('; ') : 'not on the official lists Source Lens carries'),
    el('p', {}, el('em', {}, 'In these documents: '), `${plural(card.mentions, 'mention')} in ${plural(card.documents, 'document')}`),
    el('div', { class: 'actions' }, centre, timeline),
    el('h3', {}, 'Documents'),
  ]);
  const list = el('ul', { class: 'documents' });
  for (const d of card.topDocuments) {
    list.appendChild(
      el('li', {}, passageLink(`${d.document}:${d.range.start.line + 1}`, () => send({ type: 'openPassage', uri: d.uri, range: d.range })), ' ', el('span', { class: 'muted' }, `${plural(d.mentions, 'mention')}${d.date ? ` · ${d.date}` : ''}`)),
    );
  }
  details.appendChild(list);
  if (card.documents > card.topDocuments.length) details.appendChild(el('p', { class: 'muted' }, `and ${plural(card.documents - card.topDocuments.length, 'more document')} (Find All References lists every mention)`));
}

function showPassages(found: EdgePassagesResponse | null): void {
  clear(details);
  if (!found) {
    details.appendChild(el('p', { class: 'muted' }, 'This link is gone (the index changed). Refresh the graph.'));
    return;
  }
  const edge = data?.edges.find((e) => e.id === found.edge.id);
  const kind = found.edge.kind;
  const title = kind === 'cooccurrence' ? `${found.edge.fromName} and ${found.edge.toName}` : `${found.edge.fromName} — ${label(found.edge.type)} — ${found.edge.toName}`;
  append(details, [el('div', { class: 'edge', 'data-edge': found.edge.id }, el('h2', {}, title))]);
  if (kind === 'list') {
    append(details, [el('p', {}, 'A list fact, not a claim: the gazetteer records this group as part of the other', found.listSource ? ` (${found.listSource}).` : '.')]);
    return;
  }
  if (edge && kind === 'relation') {
    const badge = el('span', { class: `badge ${edge.status}` }, edge.status ?? '');
    append(details, [el('p', {}, badge, `asserted by ${plural(edge.asserted, 'document')}, denied by ${plural(edge.denied, 'document')}${edge.hedged ? `; ${edge.hedged} hedged` : ''}`)]);
  }
  if (kind === 'cooccurrence') append(details, [el('p', { class: 'muted' }, `Named together in ${plural(found.total, 'sentence')}; the first sentences of each document:`)]);
  const list = el('ul', { class: 'passages' });
  for (const p of found.passages) {
    const head = [passageLink(`${p.document}:${p.range.start.line + 1}`, () => send({ type: 'openPassage', uri: p.uri, range: p.range }))];
    const badge = p.polarity ? el('span', { class: `badge ${p.polarity}` }, p.polarity + (p.hedged ? ', hedged' : '')) : null;
    list.appendChild(
      el(
        'li',
        { class: 'passage', 'data-document': p.document },
        ...head,
        ' ',
        badge,
        p.polarity ? el('div', {}, p.reading) : null,
        el('div', { class: 'muted' }, [p.claimant ? `claimant: ${p.claimant}` : p.polarity ? 'claimant: the document' : '', p.date ? `date: ${p.date}` : ''].filter(Boolean).join(' · ')),
        el('div', { class: 'snippet' }, p.snippet),
      ),
    );
  }
  details.appendChild(list);
  if (found.total > found.passages.length) details.appendChild(el('p', { class: 'muted' }, `Showing ${found.passages.length} of ${found.total}.`));
}

// --- events ---------------------------------------------------------------------------------------------

/** Everything but `kept` faded, in one batch (one restyle of the elements that change, one frame). */
function fadeAllBut(kept: cytoscape.Collection | null): void {
  cy.batch(() => {
    cy.elements('.faded').removeClass('faded');
    if (kept) cy.elements().not(kept).addClass('faded');
  });
}
cy.on('tap', 'node', (event) => {
  const node = event.target as cytoscape.NodeSingular;
  // The question first: the server answers while the page restyles.
  send({ type: 'node', groupId: node.id() });
  clear(details);
  details.appendChild(el('p', { class: 'muted' }, 'Loading…'));
  fadeAllBut(node.closedNeighborhood());
});
cy.on('tap', 'edge', (event) => {
  const edge = event.target as cytoscape.EdgeSingular;
  send({ type: 'edge', edgeId: edge.id() });
  clear(details);
  details.appendChild(el('p', { class: 'muted' }, 'Loading…'));
  fadeAllBut(edge.connectedNodes().union(edge));
});
cy.on('tap', (event) => {
  if (event.target === cy) fadeAllBut(null);
});

window.addEventListener('message', (event: MessageEvent<GraphHostMessage>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  switch (message.type) {
    case 'graph':
      data = message.data;
      query = message.query;
      api.setState({ query, layout: layoutName });
      buildToolbar(message.data);
      renderStatus(message.data);
      renderGraph(message.data);
      break;
    case 'node':
      showCard(message.card);
      break;
    case 'edge':
      showPassages(message.passages);
      break;
    case 'indexChanged':
      indexChangedNotice(status, () => setQuery({}));
      break;
    case 'error':
      showError(status, message.message);
      break;
  }
});

buildLegend();
status.textContent = 'Loading…';
send({ type: 'ready' });
