import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core/corpus/corpusIndex';
import { conflictingClaims } from '../../server/src/core/corpus/relatedClaims';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { documentConflicts, documentConflictsInSlices } from '../../server/src/features/conflictDiagnostics';
import { FeatureContext } from '../../server/src/features/context';
import { provideHover } from '../../server/src/features/hover';
import { mergedCrossReferences } from '../../server/src/features/sharedAnswers';
import { indexedWorkspace } from '../support/workspaces';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

async function samplesContext(): Promise<FeatureContext> {
  const workspace = await indexedWorkspace(SAMPLES, '0');
  return { workspace, client: { commandLinks: true, gazetteerDocuments: true, hierarchicalDocumentSymbols: true } };
}

test('conflicts computed in slices: the same answers as all at once, and requests are let in between', async () => {
  const context = await samplesContext();
  const { index, claimSearch } = context.workspace;
  let documents = 0;
  let conflicting = 0;
  let turns = 0;
  for (const doc of index.documents()) {
    if (!doc.claims.some((c) => c.figures.length > 0 || c.relation)) continue;
    documents++;
    // Something else waiting on the event loop (a request) runs before the comparison ends.
    let ranBefore = false;
    let ended = false;
    setImmediate(() => {
      ranBefore = !ended;
    });
    const sliced = await documentConflictsInSlices(context, doc, 0);
    ended = true;
    assert.ok(sliced);
    if (ranBefore) turns++;
    for (const claim of doc.claims) {
      if (claim.figures.length === 0 && !claim.relation) continue;
      const expected = conflictingClaims(index, doc.uri, claim, 5, claimSearch);
      assert.deepEqual(sliced.get(claim) ?? [], expected, `${doc.uri} ${claim.start}`);
      conflicting += expected.length ? 1 : 0;
    }
    // Kept for the semantic tokens and the next diagnostics.
    assert.equal(documentConflicts(context, doc), sliced);
  }
  assert.ok(documents > 20 && conflicting > 0, `${documents} documents, ${conflicting} conflicting claims`);
  assert.equal(turns, documents);
});

test('conflicts computed in slices: no answer for a document edited meanwhile', async () => {
  const context = await samplesContext();
  const { workspace } = context;
  const doc = [...workspace.index.documents()].find((d) => d.claims.filter((c) => c.figures.length > 0).length >= 2)!;
  const text = workspace.read(doc.uri)!;
  const pending = documentConflictsInSlices(context, doc, 0);
  workspace.changeDocument(doc.uri, text + '\n', 2);
  assert.equal(await pending, null);
  const edited = workspace.index.get(doc.uri)!;
  assert.notEqual(edited, doc);
  assert.ok(await documentConflictsInSlices(context, edited, 0));
});

test('conflicts computed in slices start, and go on, only when the server says it is quiet', async () => {
  const context = await samplesContext();
  const { index, claimSearch } = context.workspace;
  const doc = [...index.documents()].find((d) => d.claims.filter((c) => c.figures.length > 0 || c.relation).length >= 3)!;
  let asked = 0;
  let release: () => void = () => {};
  const gated: FeatureContext = { ...context, quiet: () => { asked++; return new Promise<void>((resolve) => (release = resolve)); } };
  let result: Awaited<ReturnType<typeof documentConflictsInSlices>> | undefined;
  const pending = documentConflictsInSlices(gated, doc, 0).then((r) => (result = r));
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  // Not started while the server is busy: one wait asked for, nothing computed.
  assert.equal(asked, 1);
  assert.equal(result, undefined);
  while (result === undefined) {
    release();
    await new Promise((resolve) => setImmediate(resolve));
  }
  await pending;
  assert.ok(asked >= 3, `${asked} waits`);
  for (const claim of doc.claims) {
    if (claim.figures.length === 0 && !claim.relation) continue;
    assert.deepEqual(result!.get(claim) ?? [], conflictingClaims(index, doc.uri, claim, 5, claimSearch));
  }
});

test('passage texts: a file read for a passage is read whole even when it grew since it was indexed, and its edits are seen', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-texts-'));
  const file = path.join(folder, 'report.txt');
  fs.writeFileSync(file, 'The Taliban said on Monday that they had attacked the post.\n');
  const workspace = await indexedWorkspace(folder, '0');
  const uri = pathToFileURL(file).toString();
  assert.ok(workspace.index.get(uri));
  const longer = 'The Taliban said on Monday that they had attacked the post.\n' + 'Officials gave no figure. '.repeat(400) + '\n';
  fs.writeFileSync(file, longer);
  assert.equal(workspace.read(uri), longer);
  // Re-indexed after a change on disk: the next read is the new text, not the kept one.
  const shorter = 'Al-Shabaab fighters attacked the base.\n';
  fs.writeFileSync(file, shorter);
  workspace.indexFile(file);
  assert.equal(workspace.read(uri), shorter);
  // Many texts read one after the other: each answer is its own file's text.
  for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(folder, `other-${i}.txt`), `Report ${i}: `.padEnd(60_000 + i, 'x') + '\n');
  const others = await indexedWorkspace(folder, '0');
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < 40; i++) {
      const text = others.read(pathToFileURL(path.join(folder, `other-${i}.txt`)).toString());
      assert.equal(text?.length, 60_000 + i + 1);
    }
  }
  fs.rmSync(folder, { recursive: true, force: true });
});

test('group orders made at once after a bulk run rank the documents as the orders made by a first question', () => {
  const texts = Array.from({ length: 40 }, (_, i) => `Report ${i}. ${'The Taliban attacked a checkpoint. '.repeat(1 + (i % 5))}${i % 3 === 0 ? 'Al-Shabaab also claimed an attack. ' : ''}${i % 4 === 0 ? 'The Taliban claimed responsibility for killing 12 soldiers.' : ''}`);
  const build = () => {
    const index = new CorpusIndex(new GroupMatcher(loadBuiltinGazetteer()));
    // More updates than a group's orders are maintained through: they are let go.
    for (let round = 0; round < 8; round++) texts.forEach((text, i) => index.update(`file:///orders/doc-${String(i).padStart(2, '0')}.txt`, text + ' '.repeat(round), null));
    return index;
  };
  const prepared = build();
  prepared.prepareOrders();
  const lazy = build();
  const groups = [...lazy.mentionedGroups()];
  assert.ok(groups.length >= 2);
  for (const g of groups) {
    for (const options of [{ staticOnly: true }, {}, { withClaimsOnly: true, staticOnly: true }]) {
      const uris = (index: CorpusIndex) => index.topDocuments(g, 'file:///orders/doc-03.txt', 10, options).documents.map((d) => d.uri);
      assert.deepEqual(uris(prepared), uris(lazy), `${g} ${JSON.stringify(options)}`);
    }
    const locations = (index: CorpusIndex) => index.locationsOf(g, null, 0).map((l) => l.uri);
    assert.deepEqual(locations(prepared), locations(lazy));
  }
});

test('hover answers kept until the index changes: the same hover twice is the same answer, and an edit elsewhere is seen', async () => {
  const context = await samplesContext();
  const { workspace } = context;
  const { index } = workspace;
  // A group mention inside a claim, so both the cross-references and the related claims are asked.
  let spot: { uri: string; line: number; character: number; groupId: string } | undefined;
  for (const doc of index.documents()) {
    for (const claim of doc.claims) {
      if (!claim.subjects.length) continue;
      const mention = doc.mentions.find((m) => m.start >= claim.start && m.end <= claim.end && m.groupId === claim.subjects[0]);
      if (mention) spot = { uri: doc.uri, line: mention.range.start.line, character: mention.range.start.character, groupId: mention.groupId };
      if (spot) break;
    }
    if (spot) break;
  }
  assert.ok(spot);
  const hover = async () => (await provideHover(context, { textDocument: { uri: spot!.uri }, position: { line: spot!.line, character: spot!.character } }))?.contents;
  const first = JSON.stringify(await hover());
  assert.match(first, /Cross-references/);
  assert.match(first, /Related claims in other documents/);
  assert.equal(JSON.stringify(await hover()), first);
  // A document the answer quotes gets a line above its passage: the kept answers go with the index
  // they were made from, and the passage's line number changes.
  const quoted = (await mergedCrossReferences(context, spot.groupId, spot.uri, Math.floor(workspace.settings.hover.maxCrossReferences))).value.passages;
  const other = index.get(quoted[0].uri);
  assert.ok(other && other.uri !== spot.uri);
  const text = workspace.read(other.uri)!;
  workspace.changeDocument(other.uri, 'Unrelated preface line about the weather.\n' + text, 2);
  const after = JSON.stringify(await hover());
  assert.notEqual(after, first);
  // Asked again on the new index: the same as the answer made afresh.
  assert.equal(JSON.stringify(await hover()), after);
});
