/**
 * Property-based tests (fast-check) on the recogniser and the claim extractor: random text and
 * random gazetteers never throw, every range lies inside its document and slices back to text
 * that re-tokenises to the alias it claims, and offsets round-trip through LSP positions.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractClaims } from '../../server/src/core/claims/extract';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { NearMissIndex, findNearMisses } from '../../server/src/core/recognition/nearMiss';
import { lowerCaseWordTest, surnameFinder } from '../../server/src/core/people/people';
import { LineIndex } from '../../server/src/core/text/positions';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const fixtureMatcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);

/** Pieces that stress the tokenizer: names, connectors, apostrophes, line breaks, invisible and astral characters. */
const PIECES = [
  'ISIS', 'IS', 'IS-K', 'ISKP', 'TTP', 'LeT', 'Taliban', 'Tehrik', 'Tehreek', '-e-', '-i-', 'al-', 'Qa’ida', "Qa'ida", 'Pakistan', 'Islamic', 'State',
  'Khorasan', "'s", '’', "'", '-', '‐', '–', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\u200B', '\u200D', '\u00A0', '\uFEFF', '😀', '𝐀', '\uD800',
  'é', 'e\u0301', '.', ',', ';', '"', '(', ')', 'claimed', 'responsibility', 'killed', '12', 'said', 'Daesh', 'daesh',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
const name = fc.oneof(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((p) => p.join('')), fc.string({ maxLength: 20 }));
const gazetteer = fc
  .array(fc.record({ name, aliases: fc.array(fc.oneof(name, fc.record({ text: name, caseSensitive: fc.boolean() })), { maxLength: 4 }) }), { minLength: 1, maxLength: 8 })
  .chain((groups) =>
    fc.record({
      spellingVariants: fc.array(fc.array(fc.constantFrom('tehrik', 'tehreek', 'qaeda', 'qaida', 'state', ''), { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
      groups: fc.constant(groups.map((g, i) => ({ id: `g${i}`, ...g }))),
    }),
  );

function checkMentions(matcher: GroupMatcher, doc: string): void {
  const mentions = matcher.findMentions(doc);
  let previousEnd = 0;
  for (const m of mentions) {
    assert.ok(m.start >= 0 && m.start < m.end && m.end <= doc.length, `range inside the document: ${m.start}-${m.end} of ${doc.length}`);
    assert.ok(m.start >= previousEnd, 'mentions do not overlap and are in order');
    previousEnd = m.end;
    // The matched text, on its own, is recognised as the same group and alias; but for a name the
    // document makes for its group, which stands for it in that document only, the document must
    // give it: an acronym in brackets after a name ("ISIS(ISISISIS)", recognition/definedAcronyms.ts),
    // or the head of a name the document gives in full ("Daesh-e-ISIS" then "Daesh",
    // recognition/shortNames.ts).
    const matched = doc.slice(m.start, m.end);
    const again = matcher.findMentions(matched);
    const alone = again.some((a) => a.groupId === m.groupId && a.start === 0 && a.end === m.end - m.start);
    const escaped = matched.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const headOf = (o: (typeof mentions)[number]) => doc.slice(o.start, o.end).replace(/^Islamic\s+/, '');
    const definedHere = () =>
      new RegExp(String.raw`\(\s?${escaped}\s?\)`).test(doc) ||
      mentions.some((o) => o !== m && o.groupId === m.groupId && headOf(o).length > matched.length && headOf(o).startsWith(matched));
    assert.ok(alone || definedHere(), `"${matched}" re-tokenises to ${m.alias} (${m.groupId}), or the document defines it`);
  }
  const claims = extractClaims(doc, mentions);
  assert.ok(Array.isArray(claims));
  for (const c of claims as unknown as Record<string, unknown>[]) {
    for (const [key, value] of Object.entries(c)) {
      if (/^(start|end)$/.test(key)) assert.ok(typeof value === 'number' && value >= 0 && value <= doc.length, `claim ${key} inside the document`);
    }
    if (typeof c.start === 'number' && typeof c.end === 'number') assert.ok(c.start <= c.end);
  }
}

test('a document-defined acronym is a mention there without being one on its own (a counterexample the random text found)', () => {
  const doc = 'ISIS(ISISISIS)';
  assert.deepEqual(
    fixtureMatcher.findMentions(doc).map((m) => doc.slice(m.start, m.end)),
    ['ISIS', 'ISISISIS'],
  );
  assert.deepEqual(fixtureMatcher.findMentions('ISISISIS'), []);
  checkMentions(fixtureMatcher, doc);
});

test('the head of a name the document gives in full is a mention there without being one on its own (a counterexample the random gazetteers found)', () => {
  const matcher = new GroupMatcher(parseGazetteer({ spellingVariants: [], groups: [{ id: 'g0', name: 'Daesh-e-ISIS', aliases: [] }, { id: 'g1', name: 'Daesh(', aliases: [] }] }, 'builtin').gazetteer);
  const doc = 'Daesh-e-ISIS and Daesh(';
  assert.deepEqual(matcher.findMentions(doc).map((m) => [doc.slice(m.start, m.end), m.groupId]), [['Daesh-e-ISIS', 'g0'], ['Daesh', 'g0']]);
  assert.deepEqual(matcher.findMentions('Daesh'), []);
  checkMentions(matcher, doc);
});

test('property: random text never breaks the recogniser or the claim extractor (test gazetteer)', () => {
  fc.assert(fc.property(text, (doc) => checkMentions(fixtureMatcher, doc)), { numRuns: 400 });
});

test('property: random gazetteers and random text never throw; ranges slice back to their alias', () => {
  fc.assert(
    fc.property(gazetteer, text, (raw, doc) => {
      const matcher = new GroupMatcher(parseGazetteer(raw, 'builtin').gazetteer);
      checkMentions(matcher, doc);
      // The gazetteer's own names, joined into one text, are found with exact ranges too.
      checkMentions(matcher, matcher.gazetteer.groups.map((g) => g.name).join(' and '));
    }),
    { numRuns: 300 },
  );
});

test('property: near-miss discovery never throws and its ranges slice back to its text', () => {
  const index = new NearMissIndex(fixtureMatcher);
  fc.assert(
    fc.property(text, (doc) => {
      for (const n of findNearMisses(doc, index)) {
        assert.ok(n.start >= 0 && n.end <= doc.length && n.start < n.end);
        assert.equal(doc.slice(n.start, n.end), n.text);
      }
    }),
    { numRuns: 300 },
  );
});

test('property: offsets round-trip through LSP positions (CR, LF, CRLF, astral characters)', () => {
  const doc = fc.array(fc.constantFrom('a', 'é', '😀', '\r', '\n', '\r\n', '\t', '\u200B', ' '), { maxLength: 80 }).map((p) => p.join(''));
  fc.assert(
    fc.property(doc, fc.nat(), (s, n) => {
      const lines = new LineIndex(s);
      const offset = s.length === 0 ? 0 : n % (s.length + 1);
      const position = lines.positionAt(offset);
      // Offsets inside a CRLF pair have no position of their own; every other offset round-trips.
      const insideCrlf = offset > 0 && s[offset - 1] === '\r' && s[offset] === '\n';
      if (!insideCrlf) assert.equal(lines.offsetAt(position), offset, `offset ${offset} in ${JSON.stringify(s)}`);
      assert.ok(position.line < lines.lineCount && position.character >= 0);
      // Line starts are exactly the offsets after a line break.
      if (position.character === 0 && offset > 0 && !insideCrlf) assert.ok(/[\r\n]/.test(s[offset - 1]));
    }),
    { numRuns: 1000 },
  );
});

/** The expression people.ts compiled per document before `surnameFinder` replaced it (with attrib2's particle before a surname: "al-Saadi"). */
function surnamesByExpression(surnames: string[], text: string): { index: number; text: string; surname: string }[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:(?:Mr|Mrs|Ms|Dr)\.? )?(?:(?:[Aa][lrsdn]|[Ee]l|[Aa]sh)[-‐])?(${surnames.map(escape).join('|')})(?![\p{L}\p{N}-])`, 'gu');
  const out: { index: number; text: string; surname: string }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ index: m.index, text: m[0], surname: m[1] });
  return out;
}

test('property: surnames are found exactly where the per-document expression found them', () => {
  const SURNAMES = ['Khan', 'Khans', 'Khan’s', 'Rahman', 'Rahmani', 'Qureshi', 'Dar', 'Drabu', 'Mrsa', 'Msika', 'Noori', 'Ali-Khan', "O'Neil", 'Émile', '𝐀bbas', '1st', '-Zai', 'Saadi', 'Al-Saadi', 'Ash', 'Ritu', 'Ela'];
  const PARTS = [...SURNAMES, 'Mr', 'Mrs', 'Ms', 'Dr', 'Al', 'al', 'As', 'an', 'El', 'ash', 'Ash', 'A', 'e', '.', ' ', '  ', '-', '‐', "'", '’', 's', 'x', '2', ',', '\n', 'said', 'Abdul', 'é', '😀', '𝐀'];
  const words = fc.array(fc.constantFrom(...PARTS), { maxLength: 40 }).map((p) => p.join(''));
  const surnameLists = fc.uniqueArray(fc.constantFrom(...SURNAMES), { minLength: 1, maxLength: 8 });
  fc.assert(
    fc.property(surnameLists, fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 80 })), (surnames, text) => {
      assert.deepEqual(surnameFinder(surnames)(text), surnamesByExpression(surnames, text));
    }),
    { numRuns: 1500 },
  );
});

test('property: a given name is found in lower case exactly where the per-word expression found it', () => {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const byExpression = (text: string, word: string) => new RegExp(String.raw`(?<![\p{L}])${escape(word.toLowerCase())}(?![\p{L}])`, 'u').test(text);
  // More than eight words a text: past the first eight, the answers come from the set of its words.
  const WORDS = ['Ritu', 'Hope', 'Émile', 'Zoë', 'Abu-Bakr', "O'Neil", 'İlker', '𐐀bbas', 'Saïd'];
  const PARTS = [...WORDS, ...WORDS.map((w) => w.toLowerCase()), 'ritus', 'hoped', ' ', '-', "'", '’', '.', 'x', '2', '\n', 'é', 'e\u0301', '😀', '𐐨', '\uD800'];
  const texts = fc.oneof(fc.array(fc.constantFrom(...PARTS), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'grapheme', maxLength: 60 }));
  fc.assert(
    fc.property(texts, fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), (text, words) => {
      const inLowerCase = lowerCaseWordTest(text);
      for (const word of words) assert.equal(inLowerCase(word), byExpression(text, word), `${JSON.stringify(word)} in ${JSON.stringify(text)}`);
    }),
    { numRuns: 1500 },
  );
});
