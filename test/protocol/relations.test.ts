/**
 * Relations between groups over the protocol, on the documents written for it
 * (test/fixtures/relations/): assertions with their direction, claimant and date; denials;
 * relations that one source asserts and another denies flagged as disputed (diagnostic, semantic
 * token modifier, hover); traps that state nothing.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, TestLspClient, decodeSemanticTokens, fileUri, positionOf } from '../support/lspClient';

const RELATION_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'relations');
const REJOINS = '2024-03-02-faction-rejoins-ttp.txt';
const DENIES = '2024-03-05-ttp-denies-al-qaeda-ties.txt';
const CLASHES = '2024-04-10-nangarhar-clashes.txt';
const TRAPS = '2024-04-12-who-fights-whom.txt';
const HAQQANI = '2024-05-01-haqqani-leaders-insist.txt';

interface ExportedRelation {
  uri: string;
  kind: string;
  claimant: string | null;
  speaker: string | null;
  date: string | null;
  isoDate: string | null;
  text: string;
  relation: { type: string; from: string; to: string; directed: boolean; polarity: string; hedged: boolean };
}

/** "from type to (polarity)" per document, as the expectations below are written. */
function summary(claims: ExportedRelation[], file: string): string[] {
  return claims
    .filter((c) => path.basename(fileURLToPath(c.uri)) === file)
    .map((c) => `${c.relation.from} ${c.relation.type} ${c.relation.to} (${c.relation.polarity})`)
    .sort();
}

describe('relations between groups over stdio', () => {
  let root: string;
  let client: TestLspClient;
  let relations: ExportedRelation[];
  const doc = (name: string) => path.join(root, name);
  const text = (name: string) => fs.readFileSync(doc(name), 'utf8');

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-relations-'));
    fs.cpSync(RELATION_FIXTURES, root, { recursive: true });
    client = await TestLspClient.start({ root, initializationOptions: { commandLinks: true } });
    client.open(fileUri(doc(REJOINS)), text(REJOINS));
    await client.waitForIndex();
    const exported = await client.request('sourceLens/exportClaims', { format: 'json' });
    relations = JSON.parse(exported.content).claims.filter((c: { kind: string }) => c.kind === 'relation');
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('assertions: each relation with its direction', () => {
    assert.deepEqual(summary(relations, REJOINS), [
      'jamaat-ul-ahrar rejoined ttp (asserted)',
      'jamaat-ul-ahrar splinter-from ttp (asserted)',
      'trf front-for lashkar-e-taiba (asserted)',
      'ttp linked-to al-qaeda (asserted)',
    ]);
    assert.deepEqual(summary(relations, CLASHES), [
      'afghan-taliban rival-of iskp (asserted)',
      'afghan-taliban rival-of iskp (asserted)',
      'haqqani-network faction-of afghan-taliban (asserted)',
      'iskp faction-of isis (asserted)',
      'iskp rival-of afghan-taliban (asserted)',
    ]);
  });

  test('fields: claimant (the speaker of the statement it is part of), written and ISO date, direction, the sentence as text', () => {
    const rejoined = relations.find((c) => c.relation.type === 'rejoined')!;
    assert.equal(rejoined.claimant, 'two security officials');
    assert.equal(rejoined.speaker, 'two security officials');
    assert.equal(rejoined.date, 'August 2020');
    assert.equal(rejoined.isoDate, '2020-08');
    assert.equal(rejoined.relation.directed, true);
    assert.match(rejoined.text, /^Jamaat-ul-Ahrar, a splinter group of the Tehrik-e-Taliban Pakistan, rejoined the TTP in August 2020/);
    const rivals = relations.find((c) => c.relation.type === 'rival-of' && c.isoDate === '2015')!;
    assert.equal(rivals.relation.directed, false);
    assert.equal(relations.find((c) => c.relation.type === 'front-for')!.claimant, 'Indian police');
  });

  test('denials: "has no ties to", "denied any links to", "is not part of"', () => {
    assert.deepEqual(summary(relations, DENIES), ['lashkar-e-taiba linked-to trf (denied)', 'ttp linked-to al-qaeda (denied)']);
    assert.deepEqual(summary(relations, HAQQANI), ['haqqani-network faction-of afghan-taliban (denied)']);
    const ties = relations.find((c) => c.uri.endsWith(DENIES) && c.relation.from === 'ttp')!;
    assert.equal(ties.claimant, 'a TTP spokesman');
    assert.equal(relations.find((c) => c.uri.endsWith(DENIES) && c.relation.from === 'lashkar-e-taiba')!.claimant, 'Lashkar-e-Taiba');
  });

  test('traps: a person who joined, a question, a condition, a request state no relation', () => {
    assert.deepEqual(summary(relations, TRAPS), []);
  });

  test('disputed: an Information diagnostic on the asserted relation, pointing at the denial', async () => {
    const uri = fileUri(doc(REJOINS));
    const published = await client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d: any) => d.code === 'disputed-relation'), 15000);
    const disputed = published.diagnostics.filter((d: any) => d.code === 'disputed-relation');
    const ties = disputed.find((d: any) => d.range.start.line === positionOf(text(REJOINS), 'Officials said the TTP').line);
    assert.ok(ties, JSON.stringify(disputed));
    assert.equal(ties.severity, 3);
    assert.match(ties.message, /Tehrik-e-Taliban Pakistan linked to al-Qaeda/);
    assert.match(ties.message, /not linked to/);
    const related = ties.relatedInformation.map((r: any) => path.basename(fileURLToPath(r.location.uri)));
    assert.deepEqual(related, [DENIES]);
    assert.equal(ties.relatedInformation[0].location.range.start.line, positionOf(text(DENIES), 'The Tehrik-e-Taliban Pakistan has no ties').line);
    // "a front for LeT" here, "LeT denied any links to TRF" there: no ties at all contradicts a front.
    assert.ok(disputed.some((d: any) => d.range.start.line === positionOf(text(REJOINS), 'The Resistance Front is a front').line));
    // The rejoining nobody denies is not disputed.
    assert.ok(!disputed.some((d: any) => d.range.start.line === positionOf(text(REJOINS), 'Jamaat-ul-Ahrar, a splinter').line));
  });

  test('semantic tokens: the relation sentence carries "relation" and, when contradicted, "disputed"', async () => {
    const legend = client.initializeResult.capabilities.semanticTokensProvider.legend;
    assert.ok(legend.tokenModifiers.includes('relation'));
    const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri: fileUri(doc(REJOINS)) } });
    const decoded = decodeSemanticTokens(tokens.data, legend, text(REJOINS));
    const ties = decoded.filter((t) => t.type === 'claim' && t.line === positionOf(text(REJOINS), 'Officials said the TTP').line);
    assert.ok(ties.length > 0);
    assert.ok(ties.every((t) => t.modifiers.includes('relation') && t.modifiers.includes('disputed')), JSON.stringify(ties));
    const rejoined = decoded.filter((t) => t.type === 'claim' && t.line === positionOf(text(REJOINS), 'Jamaat-ul-Ahrar, a splinter').line);
    assert.ok(rejoined.every((t) => t.modifiers.includes('relation') && !t.modifiers.includes('disputed')), JSON.stringify(rejoined));
  });

  test('hover: the relation, its claimant and date, and the other source marked "differs"', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(doc(REJOINS)) }, position: positionOf(text(REJOINS), 'close ties') });
    const markdown: string = hover.contents.value;
    assert.match(markdown, /\*\*Claim\*\* — relation \(linked to\)/);
    assert.match(markdown, /\*Relation:\* Tehrik\\-e\\-Taliban Pakistan linked to al\\-Qaeda/);
    assert.match(markdown, /\*Speaker:\* Officials/, 'the claimant is the speaker of the statement the sentence is');
    const differs = markdown.split('\n').find((l) => l.includes('**differs**'));
    assert.ok(differs && differs.includes('ttp\\-denies\\-al\\-qaeda\\-ties'), markdown);
    // The same sentence under two claims (splinter and rejoined) shows both.
    const both = await client.request('textDocument/hover', { textDocument: { uri: fileUri(doc(REJOINS)) }, position: positionOf(text(REJOINS), 'rejoined the TTP') });
    assert.match(both.contents.value, /relation \(rejoined\)[\s\S]*relation \(splinter from\)|relation \(splinter from\)[\s\S]*relation \(rejoined\)/);
  });

  test('the outline lists relations under their kind', async () => {
    const symbols: any[] = await client.request('textDocument/documentSymbol', { textDocument: { uri: fileUri(doc(DENIES)) } });
    const kinds = symbols.find((s) => s.name === 'Claims').children.map((k: any) => k.name);
    assert.ok(kinds.includes('relation'), kinds.join(', '));
  });
});
