/**
 * The corpus graph, the timeline and their exports, built from the index of the relation fixtures
 * (test/fixtures/relations/) and of the sample corpus: edges and their status, filters, centre,
 * caps, passages behind an edge, node cards, points and incidents, GEXF/GraphML/CSV.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CorpusIndex, TextSource } from '../../server/src/core/corpus/corpusIndex';
import { buildGraph, dateInRange, edgePassages, nodeCard, parseEdgeId, relationEdgeId } from '../../server/src/core/corpus/graph';
import { GRAPH_CSV_HEADER, TIMELINE_CSV_HEADER, graphToCsv, graphToGexf, graphToGraphml, timelineToCsv, xmlText } from '../../server/src/core/corpus/graphExport';
import { NO_GROUP, buildTimeline } from '../../server/src/core/corpus/timeline';
import { combineGazetteers, loadBuiltinGazetteer, readWorkspaceGazetteer } from '../../server/src/core/gazetteer/files';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';

const ROOT = path.join(__dirname, '..', '..', '..');
const RELATIONS = path.join(ROOT, 'test', 'fixtures', 'relations');
const SAMPLES = path.join(ROOT, 'samples');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.(txt|md)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

function indexOf(dir: string, matcher = new GroupMatcher(combineGazetteers(loadBuiltinGazetteer(), [readWorkspaceGazetteer(path.join(dir, 'source-lens.gazetteer.json'))]))): { index: CorpusIndex; source: TextSource; uri: (name: string) => string } {
  const index = new CorpusIndex(matcher);
  const texts = new Map<string, string>();
  for (const f of files(dir)) {
    const text = fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
    const uri = pathToFileURL(f).toString();
    texts.set(uri, text);
    index.update(uri, text);
  }
  const uri = (name: string) => [...texts.keys()].find((u) => u.endsWith('/' + name))!;
  return { index, source: { read: (u) => texts.get(u) }, uri };
}

const relations = indexOf(RELATIONS);
const samples = indexOf(SAMPLES);

test('graph: relation edges with their status, list facts from the gazetteer, co-occurrence above the threshold', () => {
  const graph = buildGraph(relations.index);
  const byId = new Map(graph.edges.map((e) => [e.id, e]));
  const status = (id: string) => byId.get(id)?.status;
  assert.equal(status('relation|linked-to|al-qaeda|ttp'), 'disputed', 'asserted in one document, denied in another');
  assert.equal(byId.get('relation|linked-to|al-qaeda|ttp')!.asserted, 1);
  assert.equal(byId.get('relation|linked-to|al-qaeda|ttp')!.denied, 1);
  assert.equal(status('relation|front-for|trf|lashkar-e-taiba'), 'disputed', 'a denial of any links contradicts a front');
  assert.equal(status('relation|faction-of|haqqani-network|afghan-taliban'), 'disputed');
  assert.equal(status('relation|rejoined|jamaat-ul-ahrar|ttp'), 'asserted');
  assert.equal(byId.get('relation|rejoined|jamaat-ul-ahrar|ttp')!.firstDate, '2020-08', "the relation's own date");
  const rivals = byId.get('relation|rival-of|afghan-taliban|iskp')!;
  assert.equal(rivals.directed, false);
  assert.equal(rivals.weight, 3, 'three claims');
  assert.equal(rivals.documents, 1);
  // The gazetteer's own links are list facts, not claims.
  const partOf = byId.get('list|part-of|iskp|isis')!;
  assert.equal(partOf.kind, 'list');
  assert.equal(partOf.status, null);
  assert.ok(byId.has('list|part-of|jamaat-ul-ahrar|ttp'));
  // Nodes: sized by mentions, designations as list facts.
  const ttp = graph.nodes.find((n) => n.id === 'ttp')!;
  assert.ok(ttp.mentions >= 5 && ttp.documents >= 3, JSON.stringify(ttp));
  assert.equal(ttp.designated, true);
  assert.equal(graph.totals.documents, 5);
});

test('graph: co-occurrence edges are hidden below the threshold and counted', () => {
  // No node or edge cap here (the samples have more than 300 groups and people): only the threshold hides.
  const all = { maxNodes: 100_000, maxEdges: 100_000 };
  const strict = buildGraph(samples.index, { ...all, minCooccurrence: 3 });
  const loose = buildGraph(samples.index, { ...all, minCooccurrence: 1 });
  assert.deepEqual(loose.truncated, { nodes: false, edges: false });
  const co = (g: typeof strict) => g.edges.filter((e) => e.kind === 'cooccurrence');
  assert.ok(co(strict).every((e) => e.weight >= 3));
  assert.ok(co(loose).length > co(strict).length);
  assert.equal(co(loose).length, co(strict).length + strict.totals.hiddenCooccurrence);
  assert.equal(buildGraph(samples.index, { cooccurrence: false }).edges.filter((e) => e.kind === 'cooccurrence').length, 0);
});

test('graph: filters by date range, folder and relation type', () => {
  const april = buildGraph(relations.index, { from: '2024-04-01', to: '2024-12-31', includeUndated: false });
  assert.equal(april.totals.documents, 3);
  assert.ok(!april.edges.some((e) => e.id === 'relation|linked-to|al-qaeda|ttp'), 'the March documents are out');
  // The rejoining is dated 2020 by its own words: out of the range even though its document is in March 2024.
  const year2020 = buildGraph(relations.index, { from: '2020', to: '2020', includeUndated: false });
  assert.deepEqual(year2020.edges.filter((e) => e.kind === 'relation').map((e) => e.id), ['relation|rejoined|jamaat-ul-ahrar|ttp']);
  const rivalsOnly = buildGraph(relations.index, { relationTypes: ['rival-of'] });
  assert.deepEqual([...new Set(rivalsOnly.edges.filter((e) => e.kind === 'relation').map((e) => e.type))], ['rival-of']);
  const oneDoc = buildGraph(relations.index, { document: (u) => u.endsWith('2024-03-05-ttp-denies-al-qaeda-ties.txt') });
  assert.equal(oneDoc.totals.documents, 1);
  assert.equal(oneDoc.edges.find((e) => e.id === 'relation|linked-to|al-qaeda|ttp')!.status, 'denied');
});

test('graph: centred on a group, its neighbours; capped, and saying so', () => {
  const centred = buildGraph(relations.index, { centre: 'iskp' });
  assert.equal(centred.centre, 'iskp');
  assert.equal(centred.nodes[0].id, 'iskp');
  // Its rival and its parent (a stated relation and a list fact); the TTP is two steps away.
  assert.deepEqual(new Set(centred.nodes.map((n) => n.id)), new Set(['iskp', 'afghan-taliban', 'isis']));
  assert.ok(buildGraph(relations.index, { centre: 'iskp', depth: 2 }).nodes.some((n) => n.id === 'haqqani-network'));
  assert.ok(centred.edges.every((e) => e.source === 'iskp' || e.target === 'iskp' || centred.nodes.some((n) => n.id === e.source)));
  const unknown = buildGraph(relations.index, { centre: 'no-such-group' });
  assert.equal(unknown.centre, null);
  const capped = buildGraph(samples.index, { maxNodes: 3, maxEdges: 2 });
  assert.equal(capped.nodes.length, 3);
  assert.ok(capped.truncated.nodes && capped.totals.nodes > 3);
  assert.ok(capped.edges.length <= 2);
  // Groups in stated relations are kept before merely frequent ones.
  const relationNodes = new Set(buildGraph(samples.index).edges.filter((e) => e.kind === 'relation').flatMap((e) => [e.source, e.target]));
  assert.ok(capped.nodes.every((n) => relationNodes.has(n.id)));
});

test('graph: the passages behind a relation edge, asserting and denying, each with its document and range', () => {
  const found = edgePassages(relations.index, relations.source, relationEdgeId('linked-to', 'ttp', 'al-qaeda'))!;
  assert.equal(found.total, 2);
  const byDoc = new Map(found.passages.map((p) => [path.basename(p.uri), p]));
  const asserted = byDoc.get('2024-03-02-faction-rejoins-ttp.txt')!;
  assert.equal(asserted.polarity, 'asserted');
  assert.equal(asserted.claimant, 'Officials');
  assert.equal(asserted.range.start.line, 6);
  assert.match(asserted.snippet, /^Officials said the TTP has close ties to al-Qaeda/);
  assert.equal(byDoc.get('2024-03-05-ttp-denies-al-qaeda-ties.txt')!.polarity, 'denied');
  // Co-occurrence: the sentences naming both.
  const co = edgePassages(samples.index, samples.source, 'cooccurrence|afghan-taliban|ttp')!;
  assert.ok(co.total >= 5 && co.passages.length >= 3);
  for (const p of co.passages) {
    const line = samples.source.read(p.uri)!.split(/\r\n|\r|\n/)[p.range.start.line];
    assert.ok(/Taliban/.test(line) || /Taliban/.test(p.snippet), p.snippet);
  }
  // A list fact has no passage but says where it comes from; a forged id is refused.
  assert.equal(edgePassages(samples.index, samples.source, 'list|part-of|iskp|isis')!.listSource, 'built-in gazetteer');
  assert.equal(edgePassages(samples.index, samples.source, 'list|part-of|ttp|isis'), null);
  assert.equal(edgePassages(samples.index, samples.source, 'relation|made-up|a|b'), null);
  assert.deepEqual(parseEdgeId('cooccurrence|a|b'), { kind: 'cooccurrence', type: 'cooccurrence', from: 'a', to: 'b' });
});

test('graph: a node card from the gazetteer and the index', () => {
  const card = nodeCard(samples.index, samples.index.matcher, 'iskp')!;
  assert.equal(card.name, 'Islamic State Khorasan Province');
  assert.ok(card.aliases.includes('IS-K'));
  assert.deepEqual(card.parent, { id: 'isis', name: 'Islamic State' });
  assert.ok(card.documents >= 8);
  // Every document up to the card's limit (30 by default), then capped.
  assert.equal(card.topDocuments.length, Math.min(card.documents, 30));
  assert.equal(nodeCard(samples.index, samples.index.matcher, 'iskp', {}, 5)!.topDocuments.length, 5);
  assert.ok(card.topDocuments[0].mentions >= card.topDocuments[card.topDocuments.length - 1].mentions);
  const top = card.topDocuments[0];
  const line = samples.source.read(top.uri)!.split(/\r\n|\r|\n/)[top.range.start.line];
  assert.match(line.slice(top.range.start.character), /^(?:ISKP|IS-K|ISIS-K|Islamic State)/);
  assert.equal(nodeCard(samples.index, samples.index.matcher, 'no-such-group'), null);
});

test('graph: people named in the documents are nodes, linked to the groups named with them; off on request', () => {
  const graph = buildGraph(samples.index, { minCooccurrence: 1 });
  const people = graph.nodes.filter((n) => n.kind === 'person');
  assert.ok(people.length > 5, `${people.length} people`);
  assert.ok(people.every((p) => p.id.startsWith('person:') && p.mentions >= 1 && p.documents >= 1));
  const linked = graph.edges.filter((e) => e.kind === 'cooccurrence' && (e.source.startsWith('person:') || e.target.startsWith('person:')));
  assert.ok(linked.length > 0, 'people co-occur with groups');
  assert.equal(buildGraph(samples.index, { people: false, minCooccurrence: 1 }).nodes.filter((n) => n.kind === 'person').length, 0);
  // A person's card: the name, the forms the documents use, the documents naming them, each with the first mention.
  const person = [...people].sort((a, b) => b.mentions - a.mentions)[0];
  const card = nodeCard(samples.index, samples.index.matcher, person.id)!;
  assert.equal(card.kind, 'person');
  assert.equal(card.name, person.label);
  assert.equal(card.documents, person.documents);
  const top = card.topDocuments[0];
  const line = samples.source.read(top.uri)!.split(/\r\n|\r|\n/)[top.range.start.line];
  const written = line.slice(top.range.start.character, top.range.end.character);
  assert.ok(card.aliases.includes(written) || card.name === written || card.name.includes(written), `${written} is one of ${card.name}'s forms`);
  // The passages behind a person's link land on sentences naming both.
  const edge = linked[0];
  const found = edgePassages(samples.index, samples.source, edge.id)!;
  assert.ok(found.passages.length > 0);
});

test('dates in range: partial dates cover their year or month; undated kept unless asked otherwise', () => {
  assert.equal(dateInRange('2020', { from: '2020-08-01', to: '2021-01-01' }), true);
  assert.equal(dateInRange('2020-07', { from: '2020-08-01' }), false);
  assert.equal(dateInRange('2020-08-31', { to: '2020-08' }), true);
  assert.equal(dateInRange(null, { from: '2020' }), true);
  assert.equal(dateInRange(null, { from: '2020', includeUndated: false }), false);
  assert.equal(dateInRange(null, {}), true);
});

test('timeline: claims on their own date, else their document\'s, else undated; lanes per group', () => {
  const timeline = buildTimeline(relations.index);
  const rejoined = timeline.points.find((p) => p.kind === 'relation' && p.label.includes('rejoined'))!;
  assert.equal(rejoined.date, '2020-08');
  assert.equal(rejoined.dateSource, 'claim');
  assert.equal(rejoined.written, 'August 2020');
  assert.deepEqual(rejoined.lanes, ['jamaat-ul-ahrar', 'ttp']);
  const clash = timeline.points.find((p) => p.kind === 'casualties')!;
  assert.equal(clash.date, '2024-04-09', '"on Tuesday", the day before its dateline (Wednesday 10 April 2024)');
  assert.equal(clash.dateSource, 'claim');
  assert.equal(timeline.documents[clash.doc], relations.uri('2024-04-10-nangarhar-clashes.txt'));
  // A claim that gives no date of its own goes on its document's date.
  const fronts = timeline.points.find((p) => p.kind === 'relation' && /front for/.test(p.label))!;
  assert.equal(fronts.date, '2024-03-02');
  assert.equal(fronts.dateSource, 'document');
  const disputed = timeline.points.filter((p) => p.disputed && p.kind === 'relation').map((p) => p.label);
  assert.ok(disputed.some((l) => /Tehrik-e-Taliban Pakistan (?:not )?linked to al-Qaeda/.test(l)), disputed.join('\n'));
  assert.equal(timeline.totals.undated, 0);
  // Without a dateline, a claim with no date of its own is undated: never guessed.
  const index = new CorpusIndex(relations.index.matcher);
  index.update('file:///undated.txt', 'At least 12 people were killed in the attack, officials said. The TTP claimed responsibility.');
  const undated = buildTimeline(index);
  assert.ok(undated.points.length >= 2);
  assert.ok(undated.points.every((p) => p.date === null && p.dateSource === null));
  assert.ok(undated.lanes.some((l) => l.id === NO_GROUP));
});

test('timeline: tolls of one incident gathered, with the range of figures and whether they differ', () => {
  const timeline = buildTimeline(samples.index);
  const documentsOf = (incident: (typeof timeline.incidents)[number]) => new Set(incident.points.map((id) => path.basename(timeline.documents[timeline.points[Number(id)].doc])));
  // The Peshawar police-lines mosque bombing: reported on the day and two days later, one incident.
  const peshawar = timeline.incidents.find((i) => documentsOf(i).has('2023-02-01-peshawar-death-toll-rises.txt'))!;
  assert.ok(peshawar, timeline.incidents.map((i) => i.label).join('\n'));
  assert.ok(documentsOf(peshawar).has('2023-01-30-peshawar-police-lines-mosque-blast.txt'));
  assert.ok(peshawar.points.length >= 3, peshawar.label);
  assert.equal(peshawar.measure, 'killed');
  assert.ok(peshawar.high === null || peshawar.high >= 101);
  // The Kabul education centre: 40 on the day, "at least 40" from the UN two days later; they agree.
  const kabul = timeline.incidents.find((i) => documentsOf(i).has('2022-10-03-dasht-e-barchi-un-toll.txt'))!;
  assert.ok(documentsOf(kabul).has('2022-10-01-dasht-e-barchi-education-centre.txt'));
  assert.equal(kabul.differ, false, '40 and "at least 40" agree');
  assert.ok(kabul.points.every((id) => timeline.points[Number(id)].incident === kabul.id));
  // Different attacks are never one incident: the tolls of an incident are within a week of each other.
  for (const incident of timeline.incidents) {
    const days = incident.points.map((id) => Date.parse(timeline.points[Number(id)].date!));
    assert.ok(Math.max(...days) - Math.min(...days) <= 7 * 86_400_000, incident.label);
  }
});

test('timeline: capped by lanes, saying so; filters by kind, group and date', () => {
  const capped = buildTimeline(samples.index, { maxPoints: 30 });
  assert.ok(capped.truncated);
  assert.ok(capped.points.length <= 30 && capped.totals.claims > 30);
  const kinds = buildTimeline(samples.index, { kinds: ['strength'] });
  assert.ok(kinds.points.length > 0 && kinds.points.every((p) => p.kind === 'strength'));
  const ttp = buildTimeline(samples.index, { groups: ['ttp'] });
  assert.deepEqual(ttp.lanes.map((l) => l.id), ['ttp']);
  const in2022 = buildTimeline(samples.index, { from: '2022', to: '2022', includeUndated: false });
  assert.ok(in2022.points.every((p) => p.date!.startsWith('2022')));
});

test('graph and timeline after edits: what the views keep per index generation follows every update and removal', () => {
  const { index, texts } = (() => {
    const texts = new Map<string, string>();
    const idx = new CorpusIndex(relations.index.matcher);
    for (const f of files(RELATIONS)) {
      const uri = pathToFileURL(f).toString();
      texts.set(uri, fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
      idx.update(uri, texts.get(uri)!);
    }
    return { index: idx, texts };
  })();
  const rivals = relationEdgeId('rival-of', 'iskp', 'haqqani-network');
  const before = buildGraph(index);
  const timelineBefore = buildTimeline(index, { kinds: ['relation'] });
  assert.ok(!before.edges.some((e) => e.id === rivals));
  // An edit adds a relation; a removal takes a document's relations and mentions away.
  const edited = [...texts.keys()].find((u) => u.endsWith('2024-03-02-faction-rejoins-ttp.txt'))!;
  const removed = [...texts.keys()].find((u) => u.endsWith('2024-03-05-ttp-denies-al-qaeda-ties.txt'))!;
  texts.set(edited, texts.get(edited)! + '\nISKP and the Haqqani Network are bitter rivals, analysts say.\n');
  index.update(edited, texts.get(edited)!);
  index.remove(removed);
  texts.delete(removed);
  const after = buildGraph(index);
  assert.ok(after.edges.some((e) => e.id === rivals), 'the edit adds its relation');
  assert.equal(after.edges.find((e) => e.id === relationEdgeId('linked-to', 'ttp', 'al-qaeda'))?.denied ?? 0, 0, "the removed document's denial is gone");
  assert.equal(after.totals.documents, before.totals.documents - 1);
  const timelineAfter = buildTimeline(index, { kinds: ['relation'] });
  assert.notDeepEqual(timelineAfter, timelineBefore);
  // The same answers as an index built afresh from the documents as they now are (in the same order).
  const fresh = new CorpusIndex(index.matcher);
  for (const doc of index.documents()) fresh.update(doc.uri, texts.get(doc.uri)!);
  for (const filter of [{}, { centre: 'ttp' }, { people: false, minCooccurrence: 1 }, { from: '2024-03', to: '2024-03' }]) assert.deepEqual(buildGraph(index, filter), buildGraph(fresh, filter));
  for (const filter of [{}, { kinds: ['relation' as const] }, { groups: ['ttp'] }, { maxPoints: 3 }, { from: '2024-04' }]) assert.deepEqual(buildTimeline(index, filter), buildTimeline(fresh, filter));
});

test('exports: GEXF and GraphML escape names and drop characters XML cannot hold; CSV columns for Gephi', () => {
  const hostile = parseGazetteer({ version: 1, groups: [{ id: 'evil', name: 'Evil <b>&"\'\u0001 Front', aliases: ['Evil Front'] }, { id: 'good', name: '=HYPERLINK("x")', aliases: ['Good Front'] }] }, 'workspace').gazetteer;
  const index = new CorpusIndex(new GroupMatcher(hostile));
  index.update('file:///a.txt', 'KABUL, 1 May 2023 — Evil Front is a front for Good Front. Evil Front and Good Front met. Good Front and Evil Front met again.');
  const graph = buildGraph(index);
  assert.equal(graph.edges.find((e) => e.kind === 'relation')!.id, 'relation|front-for|evil|good');
  const gexf = graphToGexf(graph);
  assert.ok(gexf.includes('label="Evil &lt;b&gt;&amp;&quot;&apos; Front"'), gexf);
  assert.ok(!/\u0001/.test(gexf));
  assert.ok(gexf.includes('type="directed"') && gexf.includes('type="undirected"'));
  assertBalancedXml(gexf);
  const graphml = graphToGraphml(graph);
  assert.ok(graphml.includes('<data key="label">Evil &lt;b&gt;&amp;&quot;&apos; Front</data>'));
  assert.ok(graphml.includes('directed="true"'));
  assertBalancedXml(graphml);
  const csv = graphToCsv(graph).trimEnd().split('\n');
  assert.equal(csv[0], GRAPH_CSV_HEADER.join(','));
  assert.ok(csv[0].startsWith('Source,Target,Type,Weight,Label'));
  assert.ok(csv.some((l) => l.startsWith('evil,good,Directed,1,front-for,')));
  assert.ok(csv.some((l) => l.includes(`"'=HYPERLINK(""x"")"`)), 'a formula is defused and quoted');
  assert.equal(xmlText('a\uD800b'), 'ab', 'a lone surrogate is dropped');
});

test('exports: the timeline as CSV, one row per point and lane', () => {
  const timeline = buildTimeline(relations.index);
  const rows = timelineToCsv(timeline, (u) => path.basename(u), (i) => `text ${i}`).trimEnd().split('\n');
  assert.equal(rows[0], TIMELINE_CSV_HEADER.join(','));
  assert.equal(rows.length - 1, timeline.points.reduce((n, p) => n + p.lanes.length, 0));
  assert.ok(rows.some((r) => r.startsWith('2020-08,claim,August 2020,Jamaat-ul-Ahrar,relation,')));
});

/** Every opened tag is closed in order (a small well-formedness check without an XML library). */
function assertBalancedXml(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[3]) continue;
    if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> closes the wrong element`);
    else stack.push(m[2]);
  }
  assert.deepEqual(stack, []);
  assert.ok(!/&(?!amp;|lt;|gt;|quot;|apos;)/.test(xml), 'every & is an entity');
}
