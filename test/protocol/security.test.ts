/**
 * Corpus text and workspace gazetteers are hostile by nature: hovers must render them inertly
 * (no links, images, HTML, code spans or command URIs of their own), and the only links are
 * the ones the server builds: the extension's two hover commands with JSON arguments, or file URIs.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, TestLspClient, fileUri, positionOf } from '../support/lspClient';

const env = { SOURCE_LENS_BUILTIN_GAZETTEER: path.join(REPO_ROOT, 'test', 'fixtures', 'test-gazetteer.json') };

const HOSTILE = [
  'Click [here](command:workbench.action.terminal.new) said ISKP spokesmen.',
  '![img](https://evil.example/x.png) ISKP <img src=x onerror=alert(1)> <script>alert(1)</script>',
  'Visit <https://evil.example> or <command:workbench.action.terminal.new> — ISKP `rm -rf /` ``code``',
  '[x](command:workbench.action.terminal.new) ISKP [ref]: command:evil <a href="command:evil">a</a>',
  'ISKP *bold* _em_ # heading | table | \\[escaped\\] &lt;entity&gt; [[ISKP]] (paren',
].join('\n');

/** A server-built link: `[label](target)` with the label fully escaped. */
const LINK = /\[((?:\\[!-/:-@[-`{-~]|[^\\[\]])*)\]\(([^()\s]+)\)/g;

function checkTarget(target: string): void {
  const m = /^command:(sourceLens\.openPassage|sourceLens\.showGroupReferences|sourceLens\.showGraph)\?(.*)$/.exec(target);
  if (m) {
    const args = JSON.parse(decodeURIComponent(m[2]));
    assert.ok(Array.isArray(args), `JSON arguments: ${target}`);
    // The graph link carries one argument: a gazetteer id the server knows, never document text.
    if (m[1] === 'sourceLens.showGraph') assert.ok(args.length === 1 && /^[a-z0-9][a-z0-9-]*$/.test(args[0]), `graph link arguments: ${target}`);
    return;
  }
  assert.match(target, /^file:\/\/[^\s]*$/, `only file: links besides our commands: ${target}`);
}

/** Asserts `markdown` has no active markup other than server-built links, bold/italic and rules. */
function assertInert(markdown: string): void {
  const withoutLinks = markdown.replace(LINK, (_all, _label: string, target: string) => {
    checkTarget(target);
    return ' ';
  });
  const withoutEscapes = withoutLinks.replace(/\\[!-/:-@[-`{-~]/g, ' ');
  for (const ch of ['[', ']', '<', '`']) {
    assert.ok(!withoutEscapes.includes(ch), `unescaped ${ch} in hover:\n${markdown}`);
  }
  // The server's own prose has parentheses ("(known group)"); a document's "(" only matters
  // after "]", and every "]" is escaped (checked above). Still, no document "(" survives raw:
  assert.ok(!/\]\(/.test(withoutEscapes), `no link syntax outside server links:\n${markdown}`);
  assert.ok(!/\((?:1|command|https?|here|paren)/.test(withoutEscapes), `document parentheses are escaped:\n${markdown}`);
  assert.ok(!/\]\(command:(?!sourceLens\.(openPassage|showGroupReferences|showGraph)\?)/.test(markdown), 'no foreign command link');
}

describe('hostile documents and gazetteers render inertly', () => {
  let root: string;
  let client: TestLspClient;
  let file: string;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-security-'));
    file = path.join(root, 'hostile.md');
    fs.writeFileSync(file, HOSTILE);
    fs.writeFileSync(path.join(root, 'other.txt'), '<b>ISKP</b> [link](command:evil) and `ISKP` again; the [[Hostile Front]] struck.\n');
    fs.writeFileSync(
      path.join(root, 'source-lens.gazetteer.json'),
      JSON.stringify({
        version: 1,
        groups: [
          {
            id: 'hostile-front',
            name: 'Hostile Front](command:workbench.action.terminal.new)',
            aliases: ['Hostile Front'],
            description: '<img src=x onerror=alert(1)> [click](command:workbench.action.terminal.new) `code` <https://evil.example>',
          },
          { id: 'iskp', description: '[x](command:evil) <script>alert(1)</script>' },
        ],
      }),
    );
    client = await TestLspClient.start({ root, env, initializationOptions: { commandLinks: true, gazetteerDocuments: true } });
    client.open(fileUri(file), HOSTILE, 'markdown');
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('every hover on a mention in a hostile document is inert', async () => {
    let hovers = 0;
    for (let i = 0; i < 6; i++) {
      const position = positionOf(HOSTILE, 'ISKP', i);
      const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(file) }, position });
      if (!hover) continue;
      hovers++;
      assert.equal(hover.contents.kind, 'markdown');
      assertInert(hover.contents.value);
      // The hostile text shows up literally, escaped.
      assert.ok(!hover.contents.value.includes('](command:workbench'), 'foreign command link not rendered');
    }
    assert.ok(hovers >= 5, 'hovers answered');
  });

  test('a hostile workspace group (name and description with markup) hovers inertly', async () => {
    const other = path.join(root, 'other.txt');
    const text = fs.readFileSync(other, 'utf8');
    client.open(fileUri(other), text);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(other) }, position: positionOf(text, 'Hostile Front') });
    assert.ok(hover, 'the workspace group is recognised');
    assertInert(hover.contents.value);
    assert.ok(hover.contents.value.includes('\\[click\\]\\(command\\:workbench'), 'the description is shown escaped');
  });

  test('diagnostics messages never carry markup-bearing links', async () => {
    const published = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics');
    for (const n of published) for (const d of n.params.diagnostics) assert.equal(typeof d.message, 'string');
  });
});

test('the VS Code client trusts only its own hover commands (never blanket trust)', () => {
  const source = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  assert.match(source, /isTrusted\s*=\s*\{\s*enabledCommands:\s*\[\.\.\.HOVER_COMMANDS\]\s*\}/);
  assert.ok(!/isTrusted\s*=\s*true/.test(source), 'no isTrusted = true');
  const protocol = fs.readFileSync(path.join(REPO_ROOT, 'server', 'src', 'protocol.ts'), 'utf8');
  // Exactly these: open a passage, peek a group's mentions, peek a person's statements (each only reads the index), show the graph centred on a known group.
  assert.match(protocol, /HOVER_COMMANDS: readonly string\[\] = \[Commands\.openPassage, Commands\.showGroupReferences, Commands\.showPersonStatements, Commands\.showGraph\]/);
});
