/**
 * The graph and timeline views' requests over the protocol, on the relation fixtures (one
 * document moved into a subfolder, to filter by folder): graph, the passages behind an edge and a
 * node's card landing on the right text, the timeline, exports, the hover link that centres the
 * graph, and bad parameters answered without a crash.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, TestLspClient, fileUri, positionOf } from '../support/lspClient';

const RELATION_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'relations');

function lineText(uri: string, line: number): string {
  return fs.readFileSync(fileURLToPath(uri), 'utf8').split(/\r\n|\r|\n/)[line] ?? '';
}

describe('graph and timeline requests over stdio', () => {
  let root: string;
  let client: TestLspClient;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-views-'));
    fs.cpSync(RELATION_FIXTURES, root, { recursive: true });
    fs.mkdirSync(path.join(root, 'april'));
    for (const f of ['2024-04-10-nangarhar-clashes.txt', '2024-04-12-who-fights-whom.txt']) fs.renameSync(path.join(root, f), path.join(root, 'april', f));
    client = await TestLspClient.start({ root, initializationOptions: { commandLinks: true } });
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('sourceLens/graph: nodes sized by mentions, typed edges with status, list facts, folders and limits', async () => {
    const graph = await client.request('sourceLens/graph', {});
    const edge = (id: string) => graph.edges.find((e: any) => e.id === id);
    assert.equal(edge('relation|linked-to|al-qaeda|ttp').status, 'disputed');
    assert.equal(edge('relation|rejoined|jamaat-ul-ahrar|ttp').directed, true);
    assert.equal(edge('list|part-of|iskp|isis').kind, 'list');
    assert.ok(graph.nodes.find((n: any) => n.id === 'ttp').mentions >= 5);
    assert.deepEqual(graph.folders, [{ path: 'april', documents: 2 }]);
    assert.deepEqual(graph.limits, { nodes: 300, edges: 1000 });
    assert.equal(graph.totals.documents, 5);
    assert.ok(graph.relationTypes.includes('front-for'));
  });

  test('sourceLens/graph: folder, dates, relation types and centre from the query', async () => {
    const april = await client.request('sourceLens/graph', { folder: 'april' });
    assert.equal(april.totals.documents, 2);
    assert.ok(april.edges.some((e: any) => e.id === 'relation|rival-of|afghan-taliban|iskp'));
    assert.ok(!april.edges.some((e: any) => e.id === 'relation|linked-to|al-qaeda|ttp'));
    const march = await client.request('sourceLens/graph', { from: '2024-03', to: '2024-03', includeUndated: false });
    assert.equal(march.totals.documents, 2);
    const fronts = await client.request('sourceLens/graph', { relationTypes: ['front-for'], cooccurrence: false, listFacts: false });
    assert.deepEqual(fronts.edges.map((e: any) => e.id), ['relation|front-for|trf|lashkar-e-taiba']);
    const centred = await client.request('sourceLens/graph', { centre: 'haqqani-network' });
    assert.equal(centred.centre, 'haqqani-network');
    assert.equal(centred.nodes[0].id, 'haqqani-network');
  });

  test('sourceLens/graphEdge: every passage behind a relation edge lands on its sentence', async () => {
    const found = await client.request('sourceLens/graphEdge', { edgeId: 'relation|faction-of|haqqani-network|afghan-taliban' });
    assert.equal(found.total, 2);
    assert.equal(found.edge.fromName, 'Haqqani Network');
    const polarities = found.passages.map((p: any) => `${p.document}:${p.polarity}`).sort();
    assert.deepEqual(polarities, ['2024-05-01-haqqani-leaders-insist.txt:denied', 'april/2024-04-10-nangarhar-clashes.txt:asserted']);
    for (const p of found.passages) {
      assert.ok(lineText(p.uri, p.range.start.line).slice(p.range.start.character).startsWith(p.snippet.slice(0, 30)), `${p.document}:${p.range.start.line}`);
      assert.match(p.reading, /Haqqani Network (?:not )?faction of Taliban/);
    }
    const co = await client.request('sourceLens/graphEdge', { edgeId: 'cooccurrence|afghan-taliban|iskp' });
    assert.ok(co.total >= 3 && co.passages.length >= 3);
    for (const p of co.passages) assert.match(lineText(p.uri, p.range.start.line), /Taliban/);
    const list = await client.request('sourceLens/graphEdge', { edgeId: 'list|part-of|iskp|isis' });
    assert.equal(list.listSource, 'built-in gazetteer');
    assert.deepEqual(list.passages, []);
  });

  test('sourceLens/graphNode: the card, with documents linking to the first mention', async () => {
    const card = await client.request('sourceLens/graphNode', { groupId: 'iskp' });
    assert.equal(card.name, 'Islamic State Khorasan Province');
    assert.deepEqual(card.parent, { id: 'isis', name: 'Islamic State' });
    assert.ok(card.designations.length > 0);
    const [top] = card.topDocuments;
    assert.equal(top.document, 'april/2024-04-10-nangarhar-clashes.txt');
    assert.match(lineText(top.uri, top.range.start.line).slice(top.range.start.character), /^ISKP/);
  });

  test('sourceLens/timeline: points on their dates, lanes, incidents, folders and limits', async () => {
    const timeline = await client.request('sourceLens/timeline', {});
    assert.equal(timeline.limits.points, 5000);
    assert.ok(timeline.lanes.some((l: any) => l.id === 'ttp'));
    const rejoined = timeline.points.find((p: any) => /rejoined/.test(p.label));
    assert.equal(rejoined.date, '2020-08');
    assert.equal(timeline.documentNames[rejoined.doc], '2024-03-02-faction-rejoins-ttp.txt');
    assert.match(lineText(timeline.documents[rejoined.doc], rejoined.range.start.line), /^Jamaat-ul-Ahrar, a splinter group/);
    const toll = timeline.points.find((p: any) => p.kind === 'casualties');
    assert.equal(toll.date, '2024-04-09', '"on Tuesday", resolved against the dateline');
    assert.equal(toll.dateSource, 'claim');
    assert.ok(toll.incident && timeline.incidents.some((i: any) => i.id === toll.incident));
    const onlyTtp = await client.request('sourceLens/timeline', { groups: ['ttp'], kinds: ['relation'] });
    assert.ok(onlyTtp.points.length > 0 && onlyTtp.points.every((p: any) => p.kind === 'relation' && p.lanes.includes('ttp')));
    const april = await client.request('sourceLens/timeline', { folder: 'april' });
    assert.ok(april.documentNames.every((n: string) => n.startsWith('april/')));
  });

  test('exports: GEXF, GraphML and CSV of the graph; CSV and JSON of the timeline', async () => {
    const gexf = await client.request('sourceLens/exportGraph', { format: 'gexf' });
    assert.match(gexf.content, /^<\?xml[\s\S]*<gexf xmlns="http:\/\/gexf.net\/1.3"[\s\S]*<edge id="relation\|linked-to\|al-qaeda\|ttp"/);
    assert.match(gexf.summary, /^\d+ nodes, \d+ edges$/);
    const graphml = await client.request('sourceLens/exportGraph', { format: 'graphml', query: { folder: 'april' } });
    assert.match(graphml.content, /<graphml[\s\S]*<edge id="relation\|rival-of\|afghan-taliban\|iskp"/);
    assert.ok(!graphml.content.includes('al-qaeda|ttp'), 'the query filters the export');
    const csv = await client.request('sourceLens/exportGraph', { format: 'csv' });
    assert.ok(csv.content.startsWith('Source,Target,Type,Weight,Label,'));
    const timeline = await client.request('sourceLens/exportTimeline', { format: 'csv' });
    const rows = timeline.content.trimEnd().split('\n');
    assert.ok(rows[0].startsWith('date,date_source,written_date,group,kind'));
    assert.ok(rows.some((r: string) => r.startsWith('2020-08,claim,August 2020,') && r.includes('Jamaat-ul-Ahrar, a splinter group')));
    const json = JSON.parse((await client.request('sourceLens/exportTimeline', { format: 'json' })).content);
    assert.ok(json.points.length > 0 && json.documentNames.length === json.documents.length);
  });

  test('hover on a group: a "Centre graph on this group" link to the allow-listed command, built from the group id', async () => {
    const file = path.join(root, '2024-03-05-ttp-denies-al-qaeda-ties.txt');
    const text = fs.readFileSync(file, 'utf8');
    client.open(fileUri(file), text);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(file) }, position: positionOf(text, 'al-Qaeda') });
    const link = /\[Centre graph on this group\]\((command:sourceLens\.showGraph\?[^)]+)\)/.exec(hover.contents.value);
    assert.ok(link, hover.contents.value);
    assert.deepEqual(JSON.parse(decodeURIComponent(link[1].slice('command:sourceLens.showGraph?'.length))), ['al-qaeda']);
    const at = await client.request('sourceLens/groupAt', { uri: fileUri(file), position: positionOf(text, 'al-Qaeda') });
    assert.deepEqual(at, { groupId: 'al-qaeda', name: 'al-Qaeda' });
    const passage = await client.request('sourceLens/passage', { uri: fileUri(file), range: { start: positionOf(text, 'The Tehrik'), end: positionOf(text, ' a TTP spokesman') } });
    assert.deepEqual(passage, { snippet: 'The Tehrik-e-Taliban Pakistan has no ties to al-Qaeda,' });
  });

  test('bad parameters: defaults or null, never a crash', async () => {
    const graph = await client.request('sourceLens/graph', { from: 'yesterday', to: 42, folder: '../../etc', relationTypes: 'all', minCooccurrence: 'x', centre: '<script>', depth: 99 });
    assert.ok(Array.isArray(graph.nodes));
    assert.equal(graph.centre, null);
    assert.equal(graph.totals.documents, 0, 'a folder outside the workspace holds no document');
    assert.equal(await client.request('sourceLens/graphEdge', { edgeId: 'relation|x|y' }), null);
    assert.equal(await client.request('sourceLens/graphEdge', {}), null);
    assert.equal(await client.request('sourceLens/graphNode', { groupId: 'no-such-group' }), null);
    assert.equal(await client.request('sourceLens/passage', { uri: 'file:///nowhere.txt', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } } }), null);
    assert.equal(await client.request('sourceLens/groupAt', { uri: 42 }), null);
    const timeline = await client.request('sourceLens/timeline', null);
    assert.ok(timeline.points.length > 0);
  });
});

describe('graph hover link without command links (other editors)', () => {
  test('no command link is offered', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-views-plain-'));
    fs.cpSync(RELATION_FIXTURES, root, { recursive: true });
    const client = await TestLspClient.start({ root });
    try {
      await client.waitForIndex();
      const file = path.join(root, '2024-03-05-ttp-denies-al-qaeda-ties.txt');
      const text = fs.readFileSync(file, 'utf8');
      client.open(fileUri(file), text);
      const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(file) }, position: positionOf(text, 'al-Qaeda') });
      assert.ok(!/Centre graph/.test(hover.contents.value));
      assert.ok(!/command:/.test(hover.contents.value));
    } finally {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
