/**
 * The group pass of a cold index (corpusWorkspace.ts): every document's group mentions first, then
 * the full analysis replacing each entry. The pass finds the mentions the full analysis finds; a
 * document is never in the index twice; open documents and full analyses made meanwhile are never
 * replaced by a group pass's entry; a cancelled run leaves nothing the next run does not repair; a
 * warm start has no group pass.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CorpusIndex, IndexObserver, IndexedDocument, analyzeGroups, analyzeText } from '../../server/src/core/corpus/corpusIndex';
import { documentFields, fromDocumentFields } from '../../server/src/core/corpus/documentCodec';
import { aliasNumbers, groupNumbers } from '../../server/src/core/corpus/stringTable';
import { CorpusWorkspace, GroupsIndexed, IndexingProgress, IndexingStage } from '../../server/src/corpusWorkspace';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');
const CORPUS = path.join(SAMPLES, 'corpus');

function workspace(folder: string, storagePath = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-groups-'))): CorpusWorkspace {
  const ws = new CorpusWorkspace({ info() {}, warn() {} });
  ws.folders = [folder];
  ws.storagePath = storagePath;
  ws.reloadGazetteer();
  return ws;
}

/** Runs `fn` with SOURCE_LENS_ANALYSIS_WORKERS set to `workers`, restoring it after. */
async function withWorkers<T>(workers: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.SOURCE_LENS_ANALYSIS_WORKERS;
  process.env.SOURCE_LENS_ANALYSIS_WORKERS = workers;
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete process.env.SOURCE_LENS_ANALYSIS_WORKERS;
    else process.env.SOURCE_LENS_ANALYSIS_WORKERS = previous;
  }
}

interface Recorded {
  reports: { done: number; total: number; stage: IndexingStage | undefined }[];
  ended: string | null;
}

function recorder(isCancelled: () => boolean = () => false): IndexingProgress & Recorded {
  const out: IndexingProgress & Recorded = {
    reports: [],
    ended: null,
    begin() {},
    report(done, total, stage) {
      out.reports.push({ done, total, stage });
    },
    end(message) {
      out.ended = message;
    },
    isCancelled,
  };
  return out;
}

const mentionsOf = (doc: IndexedDocument) => doc.mentions.map((m) => `${m.groupId}:${m.alias}:${m.start}-${m.end}:${m.range.start.line}.${m.range.start.character}`);

/** Every document's mentions by uri, and the index's per-group totals. */
function groupView(index: CorpusIndex) {
  const docs = new Map<string, string[]>();
  for (const doc of index.documents()) {
    assert.ok(!docs.has(doc.uri), `${doc.uri} twice`);
    docs.set(doc.uri, mentionsOf(doc));
  }
  const stats = new Map<string, string>();
  for (const g of index.mentionedGroups()) stats.set(g, JSON.stringify(index.stats(g)));
  return { docs, stats };
}

test('group pass: a document analysed for its groups only has the mentions of its full analysis (defined acronyms, short names, defined terms), no claims, people or date', () => {
  const ws = workspace(SAMPLES);
  let compared = 0;
  for (const name of fs.readdirSync(CORPUS).sort()) {
    const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
    const uri = pathToFileURL(path.join(CORPUS, name)).toString();
    const full = analyzeText(ws.matcher, uri, text, null);
    const groups = analyzeGroups(ws.matcher, uri, text, null);
    assert.deepEqual(mentionsOf(groups), mentionsOf(full), name);
    assert.equal(groups.groupsOnly, true);
    assert.equal(full.groupsOnly, false);
    assert.equal(groups.claimCount, 0);
    assert.equal(groups.people.mentions.length, 0);
    assert.equal(groups.date, null);
    for (let i = 0; i < full.groupCount; i++) {
      assert.equal(groups.groupNumberAt(i), full.groupNumberAt(i));
      assert.equal(groups.mentionsOfGroupAt(i), full.mentionsOfGroupAt(i));
    }
    // Groups named together: the same groups pair up (sentences are split without the document model, so counts may differ).
    for (const pair of groups.cooccurrences) assert.ok(pair.a < pair.b && pair.count > 0 && !pair.a.startsWith('person:'));
    compared += full.mentionCount;
  }
  assert.ok(compared > 1000, `${compared} mentions compared`);
});

test('group pass: two groups in one sentence are paired, in separate paragraphs they are not', () => {
  const ws = workspace(SAMPLES);
  const doc = analyzeGroups(ws.matcher, 'file:///t.txt', 'Officials said the TTP and Lashkar-e-Taiba met in March.\n\nSeparately, ISKP was blamed.', null);
  const pairs = doc.cooccurrences.map((p) => `${p.a}|${p.b}|${p.count}`);
  assert.equal(pairs.length, 1, pairs.join(' '));
  assert.equal(doc.cooccurrences[0].count, 1);
  assert.equal(analyzeGroups(ws.matcher, 'file:///u.txt', 'Only the TTP is named here. The TTP again.', null).cooccurrences.length, 0);
});

test('group pass: a groups-only entry crosses the worker boundary as one, and a full entry does not gain the flag', () => {
  const ws = workspace(SAMPLES);
  const text = 'The TTP claimed the attack in Peshawar, its spokesman said.';
  const identity = (n: number) => Array.from({ length: n }, (_, i) => i);
  const groups = analyzeGroups(ws.matcher, 'file:///a.txt', text, null);
  const back = fromDocumentFields('file:///a.txt', null, { ...documentFields(groups), data: groups.data.slice() }, identity(groupNumbers.list().length), identity(aliasNumbers.list().length));
  assert.equal(back.groupsOnly, true);
  const full = analyzeText(ws.matcher, 'file:///a.txt', text, null);
  assert.equal('groupsOnly' in documentFields(full), false);
  assert.equal(fromDocumentFields('file:///a.txt', null, { ...documentFields(full), data: full.data.slice() }, identity(groupNumbers.list().length), identity(aliasNumbers.list().length)).groupsOnly, false);
});

test('group pass: the full analysis replaces the entry (one per uri); observers see only full analyses', () => {
  const ws = workspace(SAMPLES);
  const index = new CorpusIndex(ws.matcher);
  const seen: string[] = [];
  const observer: IndexObserver = { added: (d) => seen.push(`+${d.claimCount}`), removed: (d) => seen.push(`-${d.claimCount}`), cleared() {} };
  index.observe(observer);
  const text = 'The TTP claimed the attack that killed 12 soldiers, its spokesman said. The TTP said it would fight on.';
  const groups = analyzeGroups(ws.matcher, 'file:///a.txt', text, null);
  const ttp = groups.mention(0).groupId;
  index.put(groups);
  assert.equal(index.documentCount, 1);
  assert.equal(index.stats(ttp).mentions, 2);
  assert.deepEqual(seen, []);
  const full = analyzeText(ws.matcher, 'file:///a.txt', text, null);
  assert.ok(full.claimCount > 0);
  index.put(full);
  assert.equal(index.documentCount, 1);
  assert.equal(index.get('file:///a.txt'), full);
  assert.equal(index.stats(ttp).mentions, 2);
  assert.equal(index.stats(ttp).documents, 1);
  assert.equal(index.claimCount, full.claimCount);
  assert.deepEqual(seen, [`+${full.claimCount}`]);
  // Removing a groups-only entry tells no observer either.
  index.put(analyzeGroups(ws.matcher, 'file:///b.txt', text, null));
  index.remove('file:///b.txt');
  assert.deepEqual(seen, [`+${full.claimCount}`]);
  assert.equal(index.stats(ttp).documents, 1);
});

for (const workers of ['0', '2']) {
  test(`group pass (${workers} workers): a cold index indexes every document's groups first, tells it once, then the full analysis replaces every entry`, async () => {
    const fresh = await withWorkers(workers, async () => {
      const ws = workspace(SAMPLES);
      const progress = recorder();
      const told: { info: GroupsIndexed; view: ReturnType<typeof groupView>; groupsOnly: number; claims: number; ended: string | null; complete: boolean }[] = [];
      ws.onGroupsIndexed = (info) => {
        let groupsOnly = 0;
        for (const doc of ws.index.documents()) if (doc.groupsOnly) groupsOnly++;
        told.push({ info, view: groupView(ws.index), groupsOnly, claims: ws.index.claimCount, ended: progress.ended, complete: ws.groupsComplete });
      };
      await ws.indexAll(progress);
      return { ws, progress, told };
    });
    const { ws, progress, told } = fresh;
    const files = fs.readdirSync(CORPUS).filter((n) => /\.(txt|md)$/.test(n)).length;
    assert.equal(told.length, 1);
    const [at] = told;
    assert.equal(at.ended, null, 'told before the end of progress');
    assert.equal(at.complete, true);
    assert.equal(at.info.documents, files);
    assert.equal(at.info.analysed, files);
    assert.equal(at.groupsOnly, files);
    assert.equal(at.claims, 0);
    // Complete: the same documents, mentions and per-group totals as the full index.
    const final = groupView(ws.index);
    assert.deepEqual(at.view, final);
    assert.equal(at.info.mentions, ws.status().mentions);
    assert.equal(ws.index.documentCount, files);
    for (const doc of ws.index.documents()) assert.equal(doc.groupsOnly, false, doc.uri);
    assert.ok(ws.index.claimCount > 0);
    // The stages in order: groups (up to every file), then the full analysis.
    const stages = progress.reports.map((r) => r.stage ?? 'full');
    const lastGroups = stages.lastIndexOf('groups');
    assert.ok(lastGroups >= 0);
    assert.deepEqual(progress.reports[lastGroups], { done: files, total: files, stage: 'groups' });
    assert.ok(stages.slice(0, lastGroups).every((s) => s === 'groups'), stages.join(' '));
    assert.match(progress.ended ?? '', /^Indexed \d+ documents/);

    // A warm start (the cache written by that run) has no group pass.
    const warmTold: GroupsIndexed[] = [];
    const warm = workspace(SAMPLES, ws.storagePath!);
    warm.onGroupsIndexed = (info) => warmTold.push(info);
    const warmProgress = recorder();
    await warm.indexAll(warmProgress);
    assert.deepEqual(warmTold, []);
    assert.ok(warmProgress.reports.every((r) => r.stage !== 'groups'));
    assert.deepEqual(warm.status(), ws.status());
  });
}

test('group pass: open documents win over both passes, and a full analysis made meanwhile is not replaced by a groups-only entry', async () => {
  const names = fs.readdirSync(CORPUS).filter((n) => /\.(txt|md)$/.test(n)).sort();
  const openName = names[names.length - 1];
  const changedName = names[names.length - 2];
  const openUri = pathToFileURL(path.join(CORPUS, openName)).toString();
  const changedUri = pathToFileURL(path.join(CORPUS, changedName)).toString();
  const openText = fs.readFileSync(path.join(CORPUS, openName), 'utf8') + '\n\nAn editor added: the TTP and ISKP were named again.';
  await withWorkers('0', async () => {
    const ws = workspace(SAMPLES);
    let acted = false;
    // While the group pass runs (on this thread, file by file): the analyst opens one document, and
    // another is re-read after a change on disk.
    const progress = recorder(() => {
      if (!acted && ws.indexing && ws.index.documentCount >= 3) {
        acted = true;
        ws.openDocument(openUri, openText, 7);
        ws.indexFile(path.join(CORPUS, changedName));
      }
      return false;
    });
    let atGroups: { open: IndexedDocument | undefined; changed: IndexedDocument | undefined } | undefined;
    ws.onGroupsIndexed = () => (atGroups = { open: ws.index.get(openUri), changed: ws.index.get(changedUri) });
    await ws.indexAll(progress);
    assert.ok(acted && atGroups);
    assert.equal(atGroups.open?.version, 7);
    assert.equal(atGroups.open?.groupsOnly, false);
    assert.equal(atGroups.changed?.groupsOnly, false);
    const open = ws.index.get(openUri)!;
    assert.equal(open.version, 7);
    assert.equal(open.length, openText.length);
    assert.equal(ws.index.documentCount, names.length);
    const uris = [...ws.index.uris()];
    assert.equal(new Set(uris).size, uris.length);
  });
});

for (const when of ['during the group pass', 'between the passes']) {
  test(`group pass: a run cancelled ${when} leaves groups-only entries the next run replaces, with the same index as an uninterrupted run`, async () => {
    await withWorkers('0', async () => {
      const reference = workspace(SAMPLES);
      await reference.indexAll(recorder());
      const ws = workspace(SAMPLES);
      let cancel = false;
      if (when === 'between the passes') ws.onGroupsIndexed = () => (cancel = true);
      const first = recorder(() => {
        if (when === 'during the group pass' && ws.index.documentCount >= 5) cancel = true;
        return cancel;
      });
      await ws.indexAll(first);
      assert.equal(first.ended, 'Indexing cancelled');
      const left = [...ws.index.documents()].filter((d) => d.groupsOnly).length;
      assert.ok(left >= 5, `${left} groups-only entries left`);
      assert.equal(ws.indexing, false);
      const told: GroupsIndexed[] = [];
      ws.onGroupsIndexed = (info) => told.push(info);
      const second = recorder();
      await ws.indexAll(second);
      assert.match(second.ended ?? '', /^Indexed/);
      // The second run's group pass reads what the first left undone or as groups only.
      assert.equal(told.length, 1);
      assert.equal(told[0].analysed, told[0].documents);
      for (const doc of ws.index.documents()) assert.equal(doc.groupsOnly, false, doc.uri);
      assert.deepEqual(ws.status(), reference.status());
      assert.deepEqual(groupView(ws.index), groupView(reference.index));
      for (const doc of reference.index.documents()) assert.equal(ws.index.get(doc.uri)!.claimCount, doc.claimCount, doc.uri);
    });
  });
}
