/**
 * The timeline view's page: an SVG of the claims the extension sends, a lane per group (rows per
 * kind), casualty tolls of one incident drawn as a range on top, undated claims in their own column.
 * Clicking a point (or pressing Enter on it) opens its passage and shows it beside the timeline.
 */
import type { TimelineQuery, TimelineResponse } from '../../../../server/src/protocol';
import type { TimelineHostMessage, TimelineViewMessage } from '../messages';
import { append, buttonMenu, checkMenu, clear, dateInput, el, formatNumber, indexChangedNotice, passageLink, plural, showError, svg, vscodeApi } from './dom';

interface State {
  query: TimelineQuery;
  zoom: number;
}

type Point = TimelineResponse['points'][number];

const api = vscodeApi<State, TimelineViewMessage>();
const saved = api.getState();
let query: TimelineQuery = saved?.query ?? {};
let zoom = saved?.zoom ?? 1;
let data: TimelineResponse | null = null;

const KIND_LABELS: Record<string, string> = {
  responsibility: 'Responsibility',
  casualties: 'Casualties',
  strength: 'Strength',
  announcement: 'Announcements',
  statement: 'Statements',
  relation: 'Relations',
};
const KIND_COLOURS: Record<string, string> = {
  responsibility: '#d9534f',
  casualties: '#e0823d',
  strength: '#4e8dd6',
  announcement: '#9b6ad6',
  statement: '#8a8f98',
  relation: '#3fa66b',
};
const DISPUTED = '#e5484d';
const LABEL_WIDTH = 116;
/** Each lane opens with a line holding its name. */
const LANE_HEADER = 16;
const ROW = 18;
/**
 * Height of one track within a row, and how many tracks a row may use before marks overlap: enough
 * for a few hundred claims in one season at the default zoom (the row grows; zooming in needs fewer).
 */
const TRACK = 11;
const MAX_TRACKS = 40;
const LANE_GAP = 8;
const INCIDENT_HEIGHT = 110;
const UNDATED_WIDTH = 150;
const AXIS_HEIGHT = 26;
const DAY = 86_400_000;

// --- page -------------------------------------------------------------------------------------------

const app = document.getElementById('app')!;
const toolbar = el('header', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Timeline filters' });
const status = el('div', { class: 'status', id: 'status', role: 'status' });
const scroll = el('div', { class: 'timeline-scroll', id: 'timeline', tabindex: -1 });
const details = el('aside', { class: 'details', id: 'details', 'aria-live': 'polite' }, el('p', { class: 'muted' }, 'Click a point to open its passage in the editor and read it here.'));
const legend = el('footer', { class: 'legend' });
append(app, [toolbar, status, el('main', { class: 'split' }, scroll, details), legend]);
app.removeAttribute('aria-busy');

function send(message: TimelineViewMessage): void {
  api.postMessage(message);
}

function setQuery(change: Partial<TimelineQuery>): void {
  query = { ...query, ...change };
  api.setState({ query, zoom });
  status.textContent = 'Loading…';
  app.dataset.ready = 'false';
  send({ type: 'query', query });
}

function buildToolbar(response: TimelineResponse): void {
  clear(toolbar);
  const folder = el('select', { id: 'folder', 'aria-label': 'Folder' }, el('option', { value: '' }, 'All folders'));
  for (const f of response.folders) folder.appendChild(el('option', { value: f.path, selected: f.path === query.folder }, `${f.path} (${formatNumber(f.documents)})`));
  folder.addEventListener('change', () => setQuery({ folder: folder.value || null }));
  const kinds = checkMenu(
    'Kinds',
    response.kinds.map((k) => ({ value: k, label: KIND_LABELS[k] ?? k, checked: !query.kinds || query.kinds.includes(k) })),
    (checked) => setQuery({ kinds: checked }),
  );
  kinds.id = 'kinds';
  const group = el('select', { id: 'group', 'aria-label': 'Group' }, el('option', { value: '' }, 'All groups'));
  const selected = query.groups?.length === 1 ? query.groups[0] : null;
  for (const l of response.lanes) group.appendChild(el('option', { value: l.id === '' ? '\u0000' : l.id, selected: l.id === selected }, `${l.label} (${formatNumber(l.count)})`));
  group.addEventListener('change', () => setQuery({ groups: group.value ? [group.value === '\u0000' ? '' : group.value] : undefined }));
  const zoomOut = el('button', { type: 'button', class: 'secondary', title: 'Zoom out', 'aria-label': 'Zoom out' }, '−');
  const zoomIn = el('button', { type: 'button', class: 'secondary', title: 'Zoom in', 'aria-label': 'Zoom in' }, '+');
  zoomOut.addEventListener('click', () => setZoom(zoom / 1.5));
  zoomIn.addEventListener('click', () => setZoom(zoom * 1.5));
  const exportMenu = buttonMenu('Export', [
    { label: 'CSV…', run: () => send({ type: 'export', format: 'csv' }), id: 'export-csv' },
    { label: 'JSON…', run: () => send({ type: 'export', format: 'json' }), id: 'export-json' },
  ]);
  append(toolbar, [
    el('label', {}, 'From', dateInput('from', 'YYYY-MM-DD', query.from, (v) => setQuery({ from: v }))),
    el('label', {}, 'To', dateInput('to', 'YYYY-MM-DD', query.to, (v) => setQuery({ to: v }))),
    el('label', {}, folder),
    el('label', {}, group),
    kinds,
    el('span', {}, zoomOut, ' ', zoomIn),
    exportMenu,
  ]);
}

function setZoom(value: number): void {
  zoom = Math.min(40, Math.max(0.25, value));
  api.setState({ query, zoom });
  if (data) render(data);
}

function buildLegend(): void {
  clear(legend);
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) {
    const dot = el('span', { class: 'dot' });
    dot.style.background = colour;
    legend.appendChild(el('span', {}, dot, KIND_LABELS[kind]));
  }
  const hollow = el('span', { class: 'dot hollow' });
  hollow.style.borderColor = '#888';
  append(legend, [
    el('span', {}, hollow, "placed on its document's date (the claim gives none)"),
    el('span', {}, 'Tolls of one incident: a range from the lowest to the highest figure; red when sources differ.'),
  ]);
}

function renderStatus(response: TimelineResponse): void {
  clear(status);
  const parts: string[] = [];
  parts.push(response.truncated ? `Showing ${formatNumber(response.totals.shown)} of ${plural(response.totals.claims, 'claim')} (the groups with the most claims; narrow the filters to see the rest)` : plural(response.totals.shown, 'claim'));
  parts.push(`${plural(response.lanes.length, 'lane')}${response.truncated ? ` of ${formatNumber(response.totals.lanes)}` : ''}`);
  if (response.incidents.length) parts.push(`${plural(response.incidents.length, 'incident')} with casualty tolls, ${response.incidents.filter((i) => i.differ).length} with differing figures`);
  if (response.totals.undated) parts.push(`${formatNumber(response.totals.undated)} undated`);
  if (response.range.from) parts.push(`${response.range.from} to ${response.range.to}`);
  append(status, [parts.join(' · ')]);
  if (response.indexing) append(status, [' · ', el('span', { class: 'notice' }, 'indexing in progress: partial')]);
}

// --- drawing ------------------------------------------------------------------------------------------

/** Start and end (ms) of a full or partial ISO date. */
function period(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d) + DAY];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

interface Tick {
  at: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ticks(from: number, to: number, pixels: number): Tick[] {
  const out: Tick[] = [];
  const perTick = ((to - from) / pixels) * 90; // about one label per 90 px
  const start = new Date(from);
  if (perTick > 300 * DAY) {
    const step = Math.max(1, Math.ceil(perTick / (365 * DAY)));
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= to; y += step) if (Date.UTC(y, 0, 1) >= from) out.push({ at: Date.UTC(y, 0, 1), label: String(y) });
  } else if (perTick > 20 * DAY) {
    const step = Math.max(1, Math.ceil(perTick / (30 * DAY)));
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1); t <= to; ) {
      const d = new Date(t);
      if (t >= from) out.push({ at: t, label: `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
      t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1);
    }
  } else {
    const step = Math.max(1, Math.ceil(perTick / DAY));
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); t <= to; t += step * DAY) {
      const d = new Date(t);
      if (t >= from) out.push({ at: t, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
    }
  }
  return out;
}

let selectedPoint: SVGElement | null = null;
/** The points drawn, by id: the page's one click and key listener finds a point's data here. */
let pointsById = new Map<string, Point>();

/** The point element an event is about (a mark, or an incident's tick), and its data. */
function pointOf(event: Event): { element: SVGElement; point: Point } | null {
  const element = (event.target as Element | null)?.closest?.('.point');
  const point = element instanceof SVGElement ? pointsById.get(element.dataset.point ?? '') : undefined;
  return element instanceof SVGElement && point ? { element, point } : null;
}
scroll.addEventListener('click', (event) => {
  const found = pointOf(event);
  if (found) choose(found.element, found.point);
});
scroll.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const found = pointOf(event);
  if (!found) return;
  event.preventDefault();
  choose(found.element, found.point);
});
// A point's tooltip (its kind, label, date, claimant and place), made when the pointer first reaches it.
scroll.addEventListener('pointerover', (event) => {
  const found = pointOf(event);
  if (found && !found.element.querySelector('title') && data) {
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = pointTitle(data, found.point);
    found.element.appendChild(title);
  }
});

function render(response: TimelineResponse): void {
  clear(scroll);
  selectedPoint = null;
  if (response.points.length === 0) {
    scroll.appendChild(el('p', { class: 'muted', style: null }, 'No claim in these filters.'));
    app.dataset.ready = 'true';
    return;
  }
  const dated = response.points.filter((p) => p.date);
  let from = Infinity;
  let to = -Infinity;
  for (const p of dated) {
    const [s, e] = period(p.date!);
    from = Math.min(from, s);
    to = Math.max(to, e);
  }
  if (!Number.isFinite(from)) (from = Date.UTC(2000, 0, 1)), (to = Date.UTC(2001, 0, 1));
  const pad = Math.max(15 * DAY, (to - from) * 0.04);
  from -= pad;
  to += pad;
  const plotWidth = Math.max(400, (scroll.clientWidth || 900) - LABEL_WIDTH - UNDATED_WIDTH - 30) * zoom;
  const x = (t: number) => LABEL_WIDTH + ((t - from) / (to - from)) * plotWidth;
  const undatedX = LABEL_WIDTH + plotWidth + 30;

  // Lanes and their rows (one per kind present), below the incidents lane.
  const kindsOrder = Object.keys(KIND_COLOURS);
  const laneRows = new Map<string, string[]>();
  for (const lane of response.lanes) laneRows.set(lane.id, []);
  for (const p of response.points) for (const lane of p.lanes) {
    const rows = laneRows.get(lane);
    if (rows && !rows.includes(p.kind)) rows.push(p.kind);
  }
  for (const rows of laneRows.values()) rows.sort((a, b) => kindsOrder.indexOf(a) - kindsOrder.indexOf(b));
  let y = AXIS_HEIGHT + 6;
  const incidentTop = y;
  if (response.incidents.length) y += INCIDENT_HEIGHT + LANE_GAP;
  const laneTop = new Map<string, number>();
  // Undated points are stacked in rows of their own within each lane row.
  const undatedPerRow = new Map<string, number>();
  for (const p of response.points) if (!p.date) for (const lane of p.lanes) undatedPerRow.set(`${lane}|${p.kind}`, (undatedPerRow.get(`${lane}|${p.kind}`) ?? 0) + 1);
  const perLine = Math.max(1, Math.floor((UNDATED_WIDTH - 10) / 10));
  // Dated points too close to each other in a row go on separate tracks, so that every point can be seen and clicked.
  const extent = (p: Point): [number, number] => {
    const [s, e] = period(p.date!);
    return p.date!.length === 10 ? [x(s + DAY / 2) - 5, x(s + DAY / 2) + 5] : [x(s), Math.max(x(s) + 6, x(e))];
  };
  const trackOf = new Map<string, number>();
  const tracksIn = new Map<string, number>();
  const byRow = new Map<string, Point[]>();
  for (const p of response.points) if (p.date) for (const lane of p.lanes) (byRow.get(`${lane}|${p.kind}`) ?? byRow.set(`${lane}|${p.kind}`, []).get(`${lane}|${p.kind}`)!).push(p);
  for (const [row, points] of byRow) {
    const ends: number[] = [];
    for (const p of points.sort((a, b) => extent(a)[0] - extent(b)[0])) {
      const [start, end] = extent(p);
      let track = ends.findIndex((last) => last + 2 < start);
      if (track < 0) track = ends.length < MAX_TRACKS ? ends.length : ends.indexOf(Math.min(...ends));
      ends[track] = end;
      trackOf.set(`${p.id}|${row}`, track);
    }
    tracksIn.set(row, ends.length);
  }
  const rowHeight = new Map<string, number>();
  for (const lane of response.lanes) {
    y += LANE_HEADER;
    laneTop.set(lane.id, y);
    for (const kind of laneRows.get(lane.id)!) {
      const lines = Math.ceil((undatedPerRow.get(`${lane.id}|${kind}`) ?? 0) / perLine);
      const h = Math.max(ROW, lines * 10 + 8, (tracksIn.get(`${lane.id}|${kind}`) ?? 0) * TRACK + 8);
      rowHeight.set(`${lane.id}|${kind}`, h);
      y += h;
    }
    y += LANE_GAP;
  }
  const height = y + 10;
  const width = undatedX + UNDATED_WIDTH;
  const root = svg('svg', { width, height, role: 'img', 'aria-label': 'Timeline of claims' });

  // Axis and grid.
  const axis = svg('g', { class: 'axis' });
  for (const t of ticks(from, to, plotWidth).filter((tick) => x(tick.at) < LABEL_WIDTH + plotWidth - 40)) {
    axis.appendChild(svg('line', { x1: x(t.at), x2: x(t.at), y1: AXIS_HEIGHT - 6, y2: height }));
    const label = svg('text', { x: x(t.at) + 3, y: AXIS_HEIGHT - 10 });
    label.textContent = t.label;
    axis.appendChild(label);
  }
  axis.appendChild(svg('line', { x1: undatedX - 15, x2: undatedX - 15, y1: 0, y2: height }));
  const undatedLabel = svg('text', { x: undatedX, y: AXIS_HEIGHT - 10 });
  undatedLabel.textContent = 'Undated';
  axis.appendChild(undatedLabel);
  root.appendChild(axis);

  // Lane backgrounds and labels: the lane's name on its own line, then a row per kind.
  response.lanes.forEach((lane, i) => {
    const top = laneTop.get(lane.id)!;
    const rows = laneRows.get(lane.id)!;
    const h = rows.reduce((n, k) => n + rowHeight.get(`${lane.id}|${k}`)!, 0);
    if (i % 2 === 0) root.appendChild(svg('rect', { class: 'lane-bg', x: 0, y: top - LANE_HEADER - 2, width, height: h + LANE_HEADER + 4 }));
    const label = svg('text', { x: 6, y: top - 4, 'font-weight': 'bold', class: 'lane' });
    label.textContent = `${lane.label} (${formatNumber(lane.count)})`;
    root.appendChild(label);
    let rowTop = top;
    for (const kind of rows) {
      const k = svg('text', { x: 14, y: rowTop + 13, class: 'kind' });
      k.textContent = KIND_LABELS[kind];
      root.appendChild(k);
      rowTop += rowHeight.get(`${lane.id}|${kind}`)!;
    }
  });

  // Points, in each of their lanes: one element each (the mark itself is focusable and carries its
  // data; its tooltip is added when the pointer first reaches it), and one listener for them all.
  const undatedCount = new Map<string, number>();
  const byId = new Map<string, Point>();
  for (const p of response.points) byId.set(p.id, p);
  const marks = svg('g', { class: 'points' });
  for (const p of response.points) {
    for (const lane of p.lanes) {
      const top = laneTop.get(lane);
      if (top === undefined) continue;
      let rowTop = top;
      for (const kind of laneRows.get(lane)!) {
        if (kind === p.kind) break;
        rowTop += rowHeight.get(`${lane}|${kind}`)!;
      }
      const colour = KIND_COLOURS[p.kind] ?? '#888';
      const attributes = { class: 'point', tabindex: 0, role: 'button', 'data-point': p.id, 'data-kind': p.kind, 'data-document': response.documentNames[p.doc], 'data-line': p.range.start.line, 'aria-label': `${KIND_LABELS[p.kind]}: ${p.label}` };
      let mark: SVGElement;
      if (p.date) {
        const [s, e] = period(p.date);
        const cy = rowTop + 9 + (trackOf.get(`${p.id}|${lane}|${p.kind}`) ?? 0) * TRACK;
        if (p.date.length === 10) {
          mark = svg('circle', { ...attributes, cx: x(s + DAY / 2), cy, r: 4.5, fill: p.dateSource === 'claim' ? colour : 'none', stroke: p.disputed ? DISPUTED : colour, 'stroke-width': p.disputed ? 2.5 : 1.5 });
        } else {
          // A month or a year: a bar over the whole period.
          mark = svg('rect', { ...attributes, x: x(s), y: cy - 3, width: Math.max(6, x(e) - x(s)), height: 6, rx: 3, fill: p.dateSource === 'claim' ? colour : 'none', stroke: p.disputed ? DISPUTED : colour, 'stroke-width': 1.5 });
        }
      } else {
        const key = `${lane}|${p.kind}`;
        const n = undatedCount.get(key) ?? 0;
        undatedCount.set(key, n + 1);
        mark = svg('circle', { ...attributes, cx: undatedX + (n % perLine) * 10 + 4, cy: rowTop + 8 + Math.floor(n / perLine) * 10, r: 4, fill: 'none', stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': '2 1' });
      }
      marks.appendChild(mark);
    }
  }
  root.appendChild(marks);
  pointsById = byId;

  // Casualty tolls by incident: the range of figures, one tick per source.
  if (response.incidents.length) {
    const lane = svg('g', { class: 'incidents' });
    const label = svg('text', { x: 6, y: incidentTop + 12, 'font-weight': 'bold' });
    label.textContent = 'Casualty tolls by incident';
    lane.appendChild(label);
    const note = svg('text', { x: 6, y: incidentTop + 28 });
    note.textContent = 'range of figures (log scale)';
    lane.appendChild(note);
    const max = Math.max(10, ...response.incidents.map((i) => i.high ?? i.low * 2));
    const fy = (n: number) => incidentTop + INCIDENT_HEIGHT - 6 - (Math.log10(Math.max(1, n)) / Math.log10(max)) * (INCIDENT_HEIGHT - 16);
    for (const incident of response.incidents) {
      const g = svg('g', { class: `incident${incident.differ ? ' differ' : ''}`, 'data-incident': incident.id }, `${incident.date}: ${incident.label}`);
      const cx = x(period(incident.date)[0] + DAY / 2);
      // The range from the lowest figure to the highest bounded one; "at least N" figures get a caret, not a line to the top.
      const bounded = incident.points.flatMap((id) => byId.get(id)?.figures.filter((f) => f.measure === incident.measure && f.high !== null).map((f) => f.high!) ?? []);
      const top = bounded.length ? fy(Math.max(incident.low, ...bounded)) : fy(incident.low);
      if (top < fy(incident.low) - 1) g.appendChild(svg('line', { class: 'range', x1: cx, x2: cx, y1: fy(incident.low), y2: top }));
      for (const id of incident.points) {
        const p = byId.get(id);
        if (!p) continue;
        for (const f of p.figures.filter((fig) => fig.measure === incident.measure)) {
          const tick = svg('g', { class: 'tick point', tabindex: 0, role: 'button', 'data-point': p.id, 'data-document': response.documentNames[p.doc], 'data-line': p.range.start.line });
          const ty = fy(f.low);
          tick.appendChild(svg('line', { x1: cx - 6, x2: cx + 6, y1: ty, y2: ty, 'stroke-width': 2.5 }));
          if (f.high === null) tick.appendChild(svg('polyline', { points: `${cx - 4},${ty - 4} ${cx},${ty - 9} ${cx + 4},${ty - 4}`, fill: 'none', 'stroke-width': 1.5 }));
          else if (f.high !== f.low) tick.appendChild(svg('line', { x1: cx + 5, x2: cx + 5, y1: ty, y2: fy(f.high), 'stroke-width': 1.5 }));
          g.appendChild(tick);
        }
      }
      lane.appendChild(g);
    }
    root.appendChild(lane);
  }
  scroll.appendChild(root);
  app.dataset.ready = 'true';
}

function pointTitle(response: TimelineResponse, p: Point): string {
  const when = p.date ? `${p.date}${p.dateSource === 'document' ? " (the document's date)" : ''}` : 'undated';
  return [`${KIND_LABELS[p.kind]}: ${p.label}`, when + (p.written && p.written !== p.date ? `, written "${p.written}"` : ''), p.claimant ? `claimant: ${p.claimant}` : '', `${response.documentNames[p.doc]}:${p.range.start.line + 1}`].filter(Boolean).join('\n');
}

/** A point chosen: its passage opens in the editor, and its details and text show here. */
function choose(g: SVGElement, p: Point): void {
  if (!data) return;
  selectedPoint?.classList.remove('selected');
  selectedPoint = g;
  g.classList.add('selected');
  const uri = data.documents[p.doc];
  send({ type: 'openPassage', uri, range: p.range });
  send({ type: 'passage', uri, range: p.range, pointId: p.id });
  clear(details);
  const incident = p.incident ? data.incidents.find((i) => i.id === p.incident) : undefined;
  const lanes = p.lanes.map((l) => data!.lanes.find((x) => x.id === l)?.label ?? l).join(', ');
  append(details, [
    el('div', { class: 'point-details', 'data-point': p.id }, el('h2', {}, `${KIND_LABELS[p.kind]}: ${p.label}`)),
    el('p', {}, el('em', {}, 'Date: '), p.date ? `${p.date}${p.dateSource === 'document' ? " (the document's date; the claim gives none of its own)" : ''}` : 'undated', p.written && p.written !== p.date ? ` — written "${p.written}"` : ''),
    el('p', {}, el('em', {}, 'About: '), lanes),
    p.claimant ? el('p', {}, el('em', {}, 'Claimant: '), p.claimant) : null,
    incident ? el('p', {}, el('em', {}, 'Incident: '), incident.label) : null,
    p.disputed && !incident ? el('p', {}, el('span', { class: 'badge disputed' }, 'disputed by other sources')) : null,
    el('p', {}, passageLink(`${data.documentNames[p.doc]}:${p.range.start.line + 1}`, () => send({ type: 'openPassage', uri, range: p.range }))),
    el('blockquote', { class: 'snippet', id: 'point-snippet' }, el('span', { class: 'muted' }, 'Loading the passage…')),
  ]);
}

window.addEventListener('message', (event: MessageEvent<TimelineHostMessage>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  switch (message.type) {
    case 'timeline':
      data = message.data;
      query = message.query;
      api.setState({ query, zoom });
      buildToolbar(message.data);
      renderStatus(message.data);
      render(message.data);
      break;
    case 'passage': {
      const box = details.querySelector('#point-snippet');
      const shown = details.querySelector('.point-details') as HTMLElement | null;
      if (box && shown?.dataset.point === message.pointId) {
        clear(box);
        box.appendChild(document.createTextNode(message.snippet ?? '(the document changed; open it to read the passage)'));
      }
      break;
    }
    case 'indexChanged':
      indexChangedNotice(status, () => setQuery({}));
      break;
    case 'error':
      showError(status, message.message);
      break;
  }
});

window.addEventListener('resize', () => {
  if (data) render(data);
});

buildLegend();
status.textContent = 'Loading…';
send({ type: 'ready' });
