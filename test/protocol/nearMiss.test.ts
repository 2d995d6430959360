/**
 * Done-when of issue 6: a near-miss diagnostic appears on an unknown transliteration, its quick
 * fix (applied to disk here, as an editor would) creates the workspace gazetteer, and after the
 * watched-file notification the name is highlighted and cross-referenced in every document.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LineIndex } from '../../server/src/core/text/positions';
import { REPO_ROOT, TestLspClient, decodeSemanticTokens, fileUri } from '../support/lspClient';

const env = { SOURCE_LENS_BUILTIN_GAZETTEER: path.join(REPO_ROOT, 'test', 'fixtures', 'test-gazetteer.json') };
const NAME = 'Tehreek-e-Talibaan Pakistan';

/** Applies a WorkspaceEdit's documentChanges to disk (create + text edits), like an editor would. */
function applyEdit(edit: any): string[] {
  const touched: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if (change.kind === 'create') {
      const file = fileURLToPath(change.uri);
      if (!fs.existsSync(file)) fs.writeFileSync(file, '');
      continue;
    }
    const file = fileURLToPath(change.textDocument.uri);
    let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    // Apply from the end so earlier offsets stay valid.
    const edits = [...change.edits].map((e: any) => {
      const lines = new LineIndex(text);
      return { start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText };
    });
    edits.sort((a, b) => b.start - a.start);
    for (const e of edits) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    fs.writeFileSync(file, text);
    touched.push(file);
  }
  return touched;
}

describe('near-miss discovery and its quick fix', () => {
  let root: string;
  let client: TestLspClient;
  const docs: string[] = [];

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-nearmiss-'));
    const texts = [
      `Police said fighters of the ${NAME} attacked a checkpoint near Bannu.\n`,
      `Officials blamed the ${NAME}, which denied it.\r\nThe TTP later issued a statement.\n`,
      `📍 In ${NAME} strongholds, residents fled.\n`,
    ];
    texts.forEach((t, i) => {
      const file = path.join(root, `report-${i}.txt`);
      fs.writeFileSync(file, t);
      docs.push(file);
    });
    fs.writeFileSync(path.join(root, 'unrelated.txt'), 'The United Nations met in New York.\n');
    client = await TestLspClient.start({ root, env });
    client.open(fileUri(docs[0]), fs.readFileSync(docs[0], 'utf8'));
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('diagnostic, quick fix, then the name is recognised in every document', async () => {
    const uri = fileUri(docs[0]);
    const text = fs.readFileSync(docs[0], 'utf8');
    const isNearMiss = (d: any) => d.code === 'near-miss';
    const published = await client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some(isNearMiss));
    const diagnostic = published.diagnostics.find(isNearMiss);
    assert.equal(diagnostic.severity, 3, 'Information');
    assert.match(diagnostic.message, /^Possible mention of Tehrik-e-Taliban Pakistan/);
    const lines = new LineIndex(text);
    assert.equal(text.slice(lines.offsetAt(diagnostic.range.start), lines.offsetAt(diagnostic.range.end)), NAME);

    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert.deepEqual(
      actions.map((a: any) => a.title),
      [`Add "${NAME}" as an alias of Tehrik-e-Taliban Pakistan`, 'Ignore this name'],
    );
    const gazetteerFile = path.join(root, 'source-lens.gazetteer.json');
    assert.ok(!fs.existsSync(gazetteerFile));
    assert.equal(actions[0].edit.documentChanges[0].kind, 'create', 'the workspace gazetteer is created');
    applyEdit(actions[0].edit);
    const written = JSON.parse(fs.readFileSync(gazetteerFile, 'utf8'));
    assert.deepEqual(written.groups, [{ id: 'ttp', aliases: [NAME] }]);

    client.resetIndexWait();
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(gazetteerFile), type: 1 }] });
    await client.waitForIndex();

    // Highlighted in the open document…
    const legend = client.initializeResult.capabilities.semanticTokensProvider.legend;
    const tokens = decodeSemanticTokens((await client.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend, text);
    assert.ok(tokens.some((t: any) => t.text === NAME && t.type === 'group'), `"${NAME}" is highlighted: ${JSON.stringify(tokens)}`);
    // …and referenced in every document that contains it, open or not.
    const position = lines.positionAt(text.indexOf(NAME) + 3);
    const references = await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: false } });
    for (const doc of docs) {
      const docText = fs.readFileSync(doc, 'utf8');
      const docLines = new LineIndex(docText);
      const hit = references.some((r: any) => r.uri === fileUri(doc) && docText.slice(docLines.offsetAt(r.range.start), docLines.offsetAt(r.range.end)) === NAME);
      assert.ok(hit, `${path.basename(doc)} references the new alias`);
    }
    // The diagnostic is gone from the open document.
    await client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some(isNearMiss));
  });

  test('"Ignore this name" is remembered in the workspace gazetteer and silences the diagnostic', async () => {
    const uri = fileUri(docs[1]);
    const text = 'The Lashkar-e-Tayiba cell was dismantled.\n';
    fs.writeFileSync(docs[1], text);
    client.open(uri, text);
    const isNearMiss = (d: any) => d.code === 'near-miss';
    const published = await client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some(isNearMiss));
    const diagnostic = published.diagnostics.find(isNearMiss);
    assert.match(diagnostic.message, /Possible mention of Lashkar-e-Taiba/);
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const ignore = actions.find((a: any) => a.title === 'Ignore this name');
    const [gazetteerFile] = applyEdit(ignore.edit);
    const written = JSON.parse(fs.readFileSync(gazetteerFile, 'utf8'));
    assert.deepEqual(written.ignoredNames, ['Lashkar-e-Tayiba']);
    assert.deepEqual(written.groups, [{ id: 'ttp', aliases: [NAME] }], 'earlier content kept');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(gazetteerFile), type: 2 }] });
    await client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && !p.diagnostics.some(isNearMiss));
  });

  test('sourceLens/addToGazetteer returns an edit adding a selection as a new group', async () => {
    const edit = await client.request('sourceLens/addToGazetteer', { uri: fileUri(docs[0]), text: 'Bannu Defence Front' });
    const change = edit.documentChanges[0];
    const data = JSON.parse(change.edits[0].newText);
    assert.deepEqual(data.groups.at(-1), { id: 'bannu-defence-front', name: 'Bannu Defence Front', aliases: [] });
    const alias = await client.request('sourceLens/addToGazetteer', { uri: fileUri(docs[0]), text: 'Tehreek Taliban', groupId: 'ttp' });
    assert.deepEqual(JSON.parse(alias.documentChanges[0].edits[0].newText).groups[0].aliases, [NAME, 'Tehreek Taliban']);
  });
});
