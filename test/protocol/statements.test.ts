/**
 * Who said what, over the protocol: on an interview whose answers are labelled with the
 * interviewee's initials, the hover on an answer names the interviewee; on a news story, the
 * sentences of a quote that runs over two paragraphs are the spokesman's (named only where the
 * quote ends), and "He said …" after it resolves to him. Statements about no group carry the
 * quieter `aboutNoGroup` token modifier. The documents are test fixtures written for this test.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, TestLspClient, decodeSemanticTokens, fileUri, positionOf } from '../support/lspClient';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'statements');
const INTERVIEW = '2024-03-14-interview-saad-rahman.txt';
const NEWS = '2024-04-09-kabul-police-iskp-cell.txt';

describe('statements over stdio', () => {
  let root: string;
  let client: TestLspClient;
  const texts = new Map<string, string>();

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-statements-'));
    fs.cpSync(FIXTURES, root, { recursive: true });
    client = await TestLspClient.start({ root, initializationOptions: { commandLinks: true } });
    for (const name of [INTERVIEW, NEWS]) {
      const text = fs.readFileSync(path.join(root, name), 'utf8');
      texts.set(name, text);
      client.open(fileUri(path.join(root, name)), text);
    }
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  async function hoverOn(name: string, words: string): Promise<string> {
    const text = texts.get(name)!;
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(path.join(root, name)) }, position: positionOf(text, words) });
    assert.ok(hover, `a hover on "${words}"`);
    return hover.contents.value as string;
  }

  test('an answer under the initials "SR:" is attributed to Saad Rahman, named in full at his first turn', async () => {
    const markdown = await hoverOn(INTERVIEW, 'taxes traders');
    assert.match(markdown, /\*\*Statement\*\* — interview answer/);
    assert.match(markdown, /\*Speaker:\* Saad Rahman \\\(“SR”\\\)/);
    assert.match(markdown, /\*Subject:\* Tehrik-e-Taliban Pakistan|\*Subject:\* .*Taliban/, 'the group asked about');
  });

  test('the first paragraph of a quote continued into the next is the spokesman\'s, named where the quote ends', async () => {
    const markdown = await hoverOn(NEWS, 'found explosives');
    assert.match(markdown, /\*\*Statement\*\* — direct quote/);
    assert.match(markdown, /\*Speaker:\* Khalid Zadran/);
  });

  test('"He said …" after the quote resolves to the spokesman', async () => {
    const markdown = await hoverOn(NEWS, 'recruited young men');
    assert.match(markdown, /\*\*Statement\*\* — reported speech/);
    assert.match(markdown, /\*Speaker:\* Khalid Zadran \\\(“He”\\\)/);
    assert.match(markdown, /\*Subject:\* Islamic State Khorasan Province/, '"the group" is the cell\'s group');
  });

  test('a statement about no group is highlighted with the quiet modifier, a statement about a group without it', async () => {
    const uri = fileUri(path.join(root, INTERVIEW));
    const text = texts.get(INTERVIEW)!;
    const legend = client.initializeResult.capabilities.semanticTokensProvider.legend;
    assert.ok(legend.tokenModifiers.includes('aboutNoGroup'));
    const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    const decoded = decodeSemanticTokens(tokens.data, legend, text);
    const quiet = decoded.find((t) => t.text.startsWith('Mostly from extortion'));
    assert.ok(quiet, JSON.stringify(decoded.map((t) => t.text)));
    assert.deepEqual(quiet!.modifiers.sort(), ['aboutNoGroup', 'statement']);
    const aboutGroup = decoded.find((t) => t.type === 'claim' && t.text.startsWith('The group taxes'));
    assert.ok(aboutGroup && !aboutGroup.modifiers.includes('aboutNoGroup'), JSON.stringify(aboutGroup));
  });
});
