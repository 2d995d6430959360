/**
 * The bundled server over stdio on a copy of the sample corpus: initialize, hover with
 * cross-references, definition, references, highlights, symbols, semantic tokens, live edits,
 * watched files and workspace gazetteer reloads.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { REPO_ROOT, TestLspClient, decodeSemanticTokens, fileUri, positionOf } from '../support/lspClient';

const SAMPLES = path.join(REPO_ROOT, 'samples');

function copyCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-protocol-'));
  fs.cpSync(SAMPLES, dir, { recursive: true });
  return dir;
}

function readDoc(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** Corpus documents of a folder, as absolute paths. */
function corpusFiles(root: string): string[] {
  return fs
    .readdirSync(path.join(root, 'corpus'))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => path.join(root, 'corpus', f))
    .sort();
}

/** The first document containing `needle` as a whole word, and the position of it there. */
function findWord(root: string, needle: string): { file: string; text: string; position: { line: number; character: number } } {
  const word = new RegExp(`(^|[^\\p{L}\\p{N}-])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}]|-[\\p{L}])`, 'u');
  for (const file of corpusFiles(root)) {
    const text = readDoc(file);
    const m = word.exec(text);
    if (m) {
      const index = m.index + m[1].length;
      return { file, text, position: positionOf(text.slice(0, index) + '\u0000' + text.slice(index), '\u0000') };
    }
  }
  throw new Error(`no sample document contains "${needle}"`);
}

function lineOf(file: string, line: number): string {
  return readDoc(file).split(/\r\n|\r|\n/)[line] ?? '';
}

interface HoverLink {
  label: string;
  target: string;
}

function hoverLinks(markdown: string): HoverLink[] {
  const links: HoverLink[] = [];
  const pattern = /\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g;
  for (let m = pattern.exec(markdown); m; m = pattern.exec(markdown)) links.push({ label: m[1], target: m[2] });
  return links;
}

const builtinMatcher = new GroupMatcher(loadBuiltinGazetteer());

/** Whether `text` begins with a name of ISKP in the built-in gazetteer (checked by the core matcher). */
function startsWithIskpName(text: string): string | null {
  const first = builtinMatcher.findMentions(text)[0];
  return first && first.start === 0 && first.groupId === 'iskp' ? text.slice(0, first.end) : null;
}

function isIskpName(text: string): boolean {
  return startsWithIskpName(text) === text;
}

describe('language server over stdio (VS Code-like client)', () => {
  let root: string;
  let client: TestLspClient;
  let hovered: ReturnType<typeof findWord>;

  before(async () => {
    root = copyCorpus();
    client = await TestLspClient.start({
      root,
      settings: { hover: { maxCrossReferences: 50 } },
      initializationOptions: { commandLinks: true, gazetteerDocuments: true },
    });
    hovered = findWord(root, 'IS-K');
    client.open(fileUri(hovered.file), hovered.text);
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('initialize declares every capability statically', () => {
    const caps = client.initializeResult.capabilities;
    for (const key of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'documentSymbolProvider', 'workspaceSymbolProvider']) {
      assert.ok(caps[key], `${key} declared`);
    }
    assert.equal(caps.semanticTokensProvider.full, true);
    assert.equal(caps.semanticTokensProvider.range, true);
    assert.ok(caps.semanticTokensProvider.legend.tokenTypes.includes('group'));
    assert.ok(caps.semanticTokensProvider.legend.tokenTypes.includes('claim'));
    assert.ok(!client.serverRequests.some((r) => r.method === 'client/registerCapability'), 'no dynamic registration needed');
  });

  test('indexing reports work-done progress that ends', () => {
    const kinds = client.notifications.filter((n) => n.method === '$/progress').map((n) => n.params.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  test('hover on "IS-K" shows the group and passages from other documents that name it differently, with working links', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(hovered.file) }, position: hovered.position });
    const markdown: string = hover.contents.value;
    assert.match(markdown, /\*\*Islamic State Khorasan Province\*\*/);
    assert.match(markdown, /\*In the corpus:\* \d+ mentions in \d+ documents/);
    assert.match(markdown, /\*\*Cross-references\*\*/);
    // Only the group's cross-references: a claim section may follow after a rule.
    const crossReferences = markdown.slice(markdown.indexOf('**Cross-references**')).split('\n---\n')[0];
    const passageLinks = hoverLinks(crossReferences).filter((l) => l.target.startsWith('command:sourceLens.openPassage?'));
    assert.ok(passageLinks.length >= 2, 'several cross-references');
    const namesSeen = new Set<string>();
    for (const l of passageLinks) {
      const [uri, line, character] = JSON.parse(decodeURIComponent(l.target.slice('command:sourceLens.openPassage?'.length)));
      assert.notEqual(uri, fileUri(hovered.file), 'cross-references come from other documents');
      const file = fileURLToPath(uri);
      assert.ok(fs.existsSync(file), `${file} exists`);
      const at = lineOf(file, line).slice(character);
      const name = startsWithIskpName(at);
      assert.ok(name, `the link lands on an ISKP name: "${at.slice(0, 40)}"`);
      namesSeen.add(name);
    }
    assert.ok([...namesSeen].some((n) => /Islamic State/i.test(n)), `a passage names it "Islamic State Khorasan…", saw ${[...namesSeen]}`);
    assert.deepEqual(hover.range.start, hovered.position);
  });

  test('references return every mention under every alias, with exact ranges', async () => {
    const refs: any[] = await client.request('textDocument/references', { textDocument: { uri: fileUri(hovered.file) }, position: hovered.position, context: { includeDeclaration: false } });
    const texts = new Set<string>();
    const files = new Set<string>();
    for (const r of refs) {
      const file = fileURLToPath(r.uri);
      files.add(file);
      if (r.range.start.line === r.range.end.line) {
        const text = lineOf(file, r.range.start.line).slice(r.range.start.character, r.range.end.character);
        assert.ok(isIskpName(text), `reference text "${text}" is an ISKP name`);
        texts.add(text);
      }
    }
    assert.ok(texts.size >= 3, `several aliases: ${[...texts]}`);
    assert.ok(files.size >= 3, 'several documents');
    // Every whole-word "ISKP" in the corpus is among them.
    let expected = 0;
    for (const file of corpusFiles(root)) expected += (readDoc(file).match(/(?<![\p{L}\p{N}-])ISKP(?![\p{L}\p{N}])/gu) ?? []).length;
    const found = refs.filter((r) => r.range.start.line === r.range.end.line && lineOf(fileURLToPath(r.uri), r.range.start.line).slice(r.range.start.character, r.range.end.character) === 'ISKP').length;
    assert.equal(found, expected);
  });

  test('go to definition opens the built-in entry as a read-only document', async () => {
    const defs = await client.request('textDocument/definition', { textDocument: { uri: fileUri(hovered.file) }, position: hovered.position });
    const location = Array.isArray(defs) ? defs[0] : defs;
    assert.equal(location.uri, 'source-lens-gazetteer:/iskp.md');
    const entry = await client.request('sourceLens/gazetteerEntry', { groupId: 'iskp' });
    assert.match(entry.markdown, /^# Islamic State Khorasan Province/);
    assert.match(entry.markdown, /- IS-K$/m);
  });

  test('go to definition of a workspace group opens the workspace gazetteer at its entry', async () => {
    const klf = findWord(root, 'KLF');
    client.open(fileUri(klf.file), klf.text);
    const defs = await client.request('textDocument/definition', { textDocument: { uri: fileUri(klf.file) }, position: klf.position });
    const location = Array.isArray(defs) ? defs[0] : defs;
    const gazetteer = path.join(root, 'source-lens.gazetteer.json');
    assert.equal(location.uri, fileUri(gazetteer));
    assert.match(lineOf(gazetteer, location.range.start.line), /"id"\s*:\s*"khorasan-liberation-front"/);
  });

  test('semantic tokens mark group mentions, never the word "is", full and range', async () => {
    const uri = fileUri(hovered.file);
    const legend = client.initializeResult.capabilities.semanticTokensProvider.legend;
    const full = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeSemanticTokens(full.data, legend, hovered.text);
    const groups = tokens.filter((t) => t.type === 'group');
    assert.ok(groups.some((t) => t.text === 'IS-K'));
    for (const t of tokens) assert.ok(!/^(is|Is|let|Let)$/.test(t.text), `no token on "${t.text}"`);
    const lastLine = hovered.position.line;
    const ranged = await client.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lastLine + 1, character: 0 } } });
    const rangedTokens = decodeSemanticTokens(ranged.data, legend, hovered.text);
    assert.ok(rangedTokens.length > 0 && rangedTokens.length <= tokens.length);
    assert.ok(rangedTokens.every((t) => t.line <= lastLine + 1));
  });

  test('document highlights and the outline list this document\'s groups', async () => {
    const uri = fileUri(hovered.file);
    const highlights: any[] = await client.request('textDocument/documentHighlight', { textDocument: { uri }, position: hovered.position });
    assert.ok(highlights.length >= 1);
    for (const h of highlights) assert.ok(startsWithIskpName(lineOf(hovered.file, h.range.start.line).slice(h.range.start.character)));
    const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const iskp = symbols.find((s) => s.name === 'Islamic State Khorasan Province');
    assert.ok(iskp, 'ISKP in the outline');
    assert.equal(iskp.detail, `${iskp.children.length} mention${iskp.children.length === 1 ? '' : 's'}`);
    assert.equal(iskp.children.length, highlights.length);
  });

  test('workspace symbols: fuzzy search over names and aliases', async () => {
    const exact: any[] = await client.request('workspace/symbol', { query: 'iskp' });
    assert.ok(exact.length >= 3);
    assert.equal(exact[0].name, 'Islamic State Khorasan Province');
    const fuzzy: any[] = await client.request('workspace/symbol', { query: 'Tehreek Talibn' });
    assert.ok(fuzzy.some((s) => /Taliban Pakistan/.test(s.name)), `fuzzy match found TTP: ${fuzzy.map((s) => s.name)}`);
  });

  test('unsaved edits are reflected at once', async () => {
    const uri = fileUri(hovered.file);
    const edited = hovered.text + '\n\nA new paragraph: LeT and Jaish-e-Mohammad were named.\n';
    client.change(uri, edited);
    const position = positionOf(edited, 'LeT and Jaish');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position });
    assert.match(hover.contents.value, /Lashkar/);
    client.change(uri, hovered.text);
  });

  test('files created, changed and deleted on disk update the index', async () => {
    const created = path.join(root, 'corpus', 'zz-new-report.txt');
    fs.writeFileSync(created, 'Officials said Lashkar-e-Jhangvi and the ISKP cooperated.\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(created), type: 1 }] });
    const refs = async () => (await client.request<any[]>('textDocument/references', { textDocument: { uri: fileUri(hovered.file) }, position: hovered.position, context: { includeDeclaration: false } })).filter((r) => r.uri === fileUri(created));
    assert.equal((await refs()).length, 1);
    fs.writeFileSync(created, 'ISKP, then IS-K, then ISIS-K.\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(created), type: 2 }] });
    assert.equal((await refs()).length, 3);
    fs.rmSync(created);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(created), type: 3 }] });
    assert.equal((await refs()).length, 0);
  });

  test('a workspace gazetteer change is picked up without a restart', async () => {
    const gazetteerFile = path.join(root, 'source-lens.gazetteer.json');
    const data = JSON.parse(fs.readFileSync(gazetteerFile, 'utf8'));
    data.groups.push({ id: 'test-added-group', name: 'Brigade of the Unlikely Test Name', aliases: ['BUTN'] });
    const doc = path.join(root, 'corpus', 'zz-butn.txt');
    fs.writeFileSync(doc, 'The Brigade of the Unlikely Test Name (BUTN) issued a statement.\n');
    client.resetIndexWait();
    fs.writeFileSync(gazetteerFile, JSON.stringify(data, null, 2));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(gazetteerFile), type: 2 }, { uri: fileUri(doc), type: 1 }] });
    await client.waitForIndex();
    const symbols: any[] = await client.request('workspace/symbol', { query: 'BUTN' });
    const inDoc = symbols.filter((s) => s.location.uri === fileUri(doc));
    assert.equal(inDoc.length, 1);
    assert.equal(inDoc[0].name, 'Brigade of the Unlikely Test Name');
  });
});

describe('language server for clients without command links (Neovim-like)', () => {
  let client: TestLspClient;

  before(async () => {
    client = await TestLspClient.start({ root: SAMPLES, capabilities: { textDocument: { documentSymbol: {} } } });
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  after(async () => {
    await client?.stop();
  });

  test('hover links are plain file links with a line, definition points into the shipped gazetteer', async () => {
    const hovered = findWord(SAMPLES, 'IS-K');
    client.open(fileUri(hovered.file), hovered.text);
    // No work-done progress without the capability: poll until the index holds other documents.
    let markdown = '';
    for (let i = 0; i < 100 && !/\]\(file:/.test(markdown); i++) {
      const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(hovered.file) }, position: hovered.position });
      markdown = hover?.contents?.value ?? '';
      if (!/\]\(file:/.test(markdown)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const links = hoverLinks(markdown);
    assert.ok(links.length > 0);
    for (const l of links) assert.match(l.target, /^file:\/\/\/.+#L\d+$/);
    assert.ok(!markdown.includes('command:'));
    const defs = await client.request('textDocument/definition', { textDocument: { uri: fileUri(hovered.file) }, position: hovered.position });
    const location = Array.isArray(defs) ? defs[0] : defs;
    assert.match(location.uri, /server\/data\/gazetteer\.json$/);
    assert.match(lineOf(fileURLToPath(location.uri), location.range.start.line), /"id"\s*:\s*"iskp"/);
    const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(hovered.file) } });
    assert.ok(symbols.every((s) => s.location && !s.children), 'flat SymbolInformation for clients without hierarchy support');
  });
});

describe('references are bounded by sourceLens.references.maxResults', () => {
  let client: TestLspClient;

  before(async () => {
    client = await TestLspClient.start({ root: SAMPLES, settings: { references: { maxResults: 3 } } });
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
  });

  test('at most maxResults locations, this document\'s mentions first', async () => {
    const hovered = findWord(SAMPLES, 'IS-K');
    const refs: any[] = await client.request('textDocument/references', { textDocument: { uri: fileUri(hovered.file) }, position: hovered.position, context: { includeDeclaration: false } });
    assert.equal(refs.length, 3);
    assert.equal(refs[0].uri, fileUri(hovered.file));
    const all: any[] = await client.request('sourceLens/groupReferences', { groupId: 'iskp' });
    assert.ok(all.length > 3, 'the full list stays available to the client');
  });
});
