import * as assert from 'node:assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'source-lens.source-lens';
const INDEX_WAIT_MS = 30_000;

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Retries `fn` until `ok(result)` holds or the deadline passes; returns the last result. */
async function waitFor<T>(fn: () => Thenable<T> | Promise<T>, ok: (v: T) => boolean, ms = INDEX_WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T;
  let lastErr: unknown;
  for (;;) {
    try {
      last = await fn();
      lastErr = undefined;
      if (ok(last)) return last;
    } catch (e) {
      lastErr = e;
    }
    if (Date.now() > deadline) {
      if (lastErr) throw lastErr;
      return last!;
    }
    await sleep(500);
  }
}

function corpusFolder(): vscode.Uri {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'a workspace folder (samples/) must be open');
  const f = folders[0].uri;
  return f.path.endsWith('/corpus') ? f : vscode.Uri.joinPath(f, 'corpus');
}

async function openSample(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(corpusFolder(), name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function positionOf(doc: vscode.TextDocument, text: string, nth = 0): vscode.Position {
  const src = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = src.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${nth}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + 1);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))
    .join('\n');
}

const KABUL = '2021-08-26-kabul-airport-gate-bombing.txt';
const BRIEF = '2023-06-think-tank-brief-iskp-strength.md';

suite('Source Lens in a real VS Code', function () {
  this.timeout(90_000);

  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = await openSample(KABUL);
  });

  test('extension is installed and activates when a sample document opens', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    await waitFor(async () => ext.isActive || (await ext.activate(), ext.isActive), (a) => a === true);
    assert.strictEqual(ext.isActive, true, 'extension did not activate');
    const cmds = await vscode.commands.getCommands(true);
    assert.ok(cmds.includes('sourceLens.openPassage'), 'command sourceLens.openPassage is not registered');
  });

  test('hover on a group alias shows the canonical name and Cross-references', async () => {
    const pos = positionOf(doc, 'ISIS-K');
    const hovers = await waitFor(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos),
      (h) => /Cross-references/.test(hoverText(h)),
    );
    const text = hoverText(hovers);
    assert.match(text, /Islamic State Khorasan Province|Islamic State[–-] ?Khorasan/i, `hover lacks the canonical name:\n${text}`);
    assert.match(text, /Cross-references/, `hover lacks "Cross-references":\n${text}`);
  });

  test('definition of a group alias resolves to a location', async () => {
    const pos = positionOf(doc, 'ISIS-K');
    const defs = await waitFor(
      () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos),
      (d) => Array.isArray(d) && d.length > 0,
    );
    assert.ok(defs.length > 0, 'no definition returned');
    const uri = 'uri' in defs[0] ? defs[0].uri : defs[0].targetUri;
    assert.ok(uri.path.length > 0, 'definition has no target');
  });

  test('references span several files and several aliases', async () => {
    const pos = positionOf(doc, 'ISIS-K');
    const refs = await waitFor(
      () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos),
      (r) => Array.isArray(r) && new Set(r.map((l) => l.uri.toString())).size >= 3,
    );
    const files = new Set(refs.map((l) => l.uri.toString()));
    assert.ok(files.size >= 3, `references in only ${files.size} files`);
    const aliases = new Set<string>();
    for (const l of refs.slice(0, 200)) {
      const d = await vscode.workspace.openTextDocument(l.uri);
      aliases.add(d.getText(l.range).replace(/\s+/g, ' ').toLowerCase());
    }
    assert.ok(aliases.size >= 2, `references use only ${[...aliases].join(', ')}`);
  });

  test('semantic tokens include tokens of type "group"', async () => {
    const legend = await waitFor(
      () => vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri),
      (l) => !!l,
    );
    assert.ok(legend, 'no semantic tokens legend');
    const groupType = legend.tokenTypes.indexOf('group');
    assert.ok(groupType >= 0, `legend has no "group" type: ${legend.tokenTypes.join(',')}`);
    const countGroup = (t: vscode.SemanticTokens | undefined) => {
      if (!t) return 0;
      let n = 0;
      for (let i = 3; i < t.data.length; i += 5) if (t.data[i] === groupType) n++;
      return n;
    };
    const tokens = await waitFor(
      () => vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri),
      (t) => countGroup(t) >= 2,
    );
    assert.ok(countGroup(tokens) >= 2, `only ${countGroup(tokens)} group tokens`);
  });

  test('document symbols list the groups of the document', async () => {
    const syms = await waitFor(
      () => vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', doc.uri),
      (s) => Array.isArray(s) && s.length > 0,
    );
    const names: string[] = [];
    const walk = (s: any) => {
      names.push(s.name);
      (s.children ?? []).forEach(walk);
    };
    (syms ?? []).forEach(walk);
    assert.ok(
      names.some((n) => /Khorasan|ISKP|IS-K/i.test(n)),
      `document symbols lack ISKP: ${names.slice(0, 20).join(' | ')}`,
    );
  });

  test('workspace symbols for "iskp" find the group', async () => {
    const syms = await waitFor(
      () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'iskp'),
      (s) => Array.isArray(s) && s.length > 0,
    );
    assert.ok(syms.length > 0, 'no workspace symbols for "iskp"');
    assert.ok(
      syms.some((s) => /Khorasan|ISKP|IS-K/i.test(s.name)),
      `workspace symbols lack ISKP: ${syms.slice(0, 10).map((s) => s.name).join(' | ')}`,
    );
  });

  test('sourceLens.openPassage opens a document at a line', async () => {
    const target = vscode.Uri.joinPath(corpusFolder(), BRIEF);
    await vscode.commands.executeCommand('sourceLens.openPassage', target.toString(), 4, 2);
    const editor = await waitFor(
      async () => vscode.window.activeTextEditor,
      (e) => !!e && e.document.uri.toString() === target.toString(),
      10_000,
    );
    assert.ok(editor, 'no active editor');
    assert.strictEqual(editor.document.uri.toString(), target.toString(), 'openPassage opened a different document');
    assert.strictEqual(editor.selection.active.line, 4, 'cursor is not on line 4');
  });
});
