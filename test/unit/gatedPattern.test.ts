import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { GatedPattern, byFirstLetter, firstWords, topAlternatives } from '../../server/src/core/text/gatedPattern';
import { GATED_PATTERNS } from '../../server/src/core/claims/kinds/responsibility';
import { DATE_MATCHES } from '../../server/src/core/claims/dates';

/** What a loop of `exec` on the global pattern finds: index and text of every match. */
function plain(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(`${m.index}:${m[0]}`);
  return found;
}
const gated = (g: GatedPattern, text: string): string[] => g.matches(text).map((m) => `${m.index}:${m[0]}`);

test('gatedPattern: top-level alternatives respect groups, classes and escapes', () => {
  assert.deepEqual(topAlternatives(String.raw`\ba(?:b|c)|[|]x|\|y|z`), [String.raw`\ba(?:b|c)`, '[|]x', String.raw`\|y`, 'z']);
});

test('gatedPattern: the first words of each alternative, without letters a quantifier may drop', () => {
  assert.deepEqual(firstWords(String.raw`\bclaim(?:ed|s)?\s+x|\b(?:took|put\s+out)\s+y|\bclaims?\s+of`), ['claim', 'took', 'put']);
  assert.deepEqual(firstWords(String.raw`\bden(?:ied|y)\b|\bsaid\b`), ['den', 'said']);
  // Any alternative that may start otherwise: no gate.
  assert.equal(firstWords(String.raw`\bsaid|(?:the\s+)?group`), null);
  assert.equal(firstWords(String.raw`\bsaid|\b(?:the|a)?\s*group`), null, 'an optional group');
  assert.equal(firstWords(String.raw`\bsaid|\b[a-z]+ed`), null, 'a class');
  assert.equal(firstWords(String.raw`\bsaid|\bs?aid`), null, 'a first letter that may be dropped');
});

test('gatedPattern: an optional first group adds the words after it; a letter in both cases is one letter', () => {
  // "(?:the\s+)?group": the match starts at "the" or at "group".
  assert.deepEqual(firstWords(String.raw`\bsaid|\b(?:the\s+)?group`), ['said', 'the', 'group']);
  assert.deepEqual(firstWords(String.raw`\b(?:was\s+|were\s+)?(claimed)\s+by\b|\b(?:a\s+)?(?:front|proxy)\b`), ['was', 'were', 'claimed', 'a', 'front', 'proxy']);
  assert.deepEqual(firstWords(String.raw`\b(?:(?:the|its)\s+){0,2}(?:cells?|wing)\b`), ['the', 'its', 'cell', 'wing']);
  const cased = { any: false };
  assert.deepEqual(firstWords(String.raw`\b[Ii]n (\d{4})\b|\b((?:[Ll]ast|[Tt]his) week)\b|\bMonday`, cased), ['in', 'last', 'this', 'monday']);
  assert.equal(cased.any, true);
  // Still no gate where a piece may start otherwise.
  assert.equal(firstWords(String.raw`\bsaid|\b(?:the\s+)?\s*group`), null, 'an optional group, then a class');
  assert.equal(firstWords(String.raw`\bsaid|\b(?:the|)group`), null, 'an empty alternative');
  assert.equal(firstWords(String.raw`\bsaid|\b(?=\w)\s`), null, 'a lookahead, then a class');
  // A lookaround or a word boundary takes no characters: the words after it.
  assert.deepEqual(firstWords(String.raw`\bsaid|\b(?<!not )group|\b(?:\b(?:ended|extended))`), ['said', 'group', 'ended', 'extended']);
});

test('gatedPattern: a gate on optional first words and letters in both cases finds what the plain pattern finds', () => {
  const pattern = /\b(?:was\s+|were\s+)?(claimed)\s+by\b|\b(?:an?|the)\s+(?:attack|raid)\s+by\b|\b[Oo]n (Monday|Tuesday)\b|\b(?:the\s+)?attackers\s+were\b/g;
  const g = new GatedPattern(pattern);
  assert.equal(g.gated, true);
  for (const text of [
    'It was claimed by ISKP on Monday; the attack by gunmen On Tuesday was claimed by no one',
    'the attackers were young; attackers were old; an raid by them; unclaimed by; wasclaimed by',
    'ON Monday, on monday, Onmonday',
    '',
  ]) {
    assert.deepEqual(gated(g, text), plain(pattern, text), text);
    // exec from an offset: what the global pattern finds from there.
    for (let from = 0; from <= text.length; from += 7) {
      pattern.lastIndex = from;
      const want = pattern.exec(text);
      const got = g.exec(text, from);
      assert.deepEqual(got && `${got.index}:${got[0]}`, want && `${want.index}:${want[0]}`, `${text} @${from}`);
    }
  }
});

test('gatedPattern: alternatives grouped by first letter test true where the plain pattern does', () => {
  const pattern = /attack|ambush|bomb|\bhits?\b|s?aid|members? of|den[iy]|work of/;
  const grouped = byFirstLetter(pattern);
  assert.equal(grouped.source, String.raw`a(?:ttack|mbush)|b(?:omb)|m(?:embers? of)|d(?:en[iy])|w(?:ork of)|\bhits?\b|s?aid`);
  for (const text of ['the ambush', 'they hit back', 'white', 'aid workers', 'member of', 'members of', 'denounced', 'deny', 'the work of', 'nothing', '']) {
    assert.equal(grouped.test(text), pattern.test(text), text);
  }
  assert.equal(byFirstLetter(/Claim|claim/i).test('CLAIMED'), true);
  // One group of words after a word boundary: grouped inside.
  const words = /\b(?:kill|dead|death|wound|lost\b)/;
  assert.equal(byFirstLetter(words).source, String.raw`\b(?:k(?:ill)|d(?:ead|eath)|w(?:ound)|l(?:ost\b))`);
  for (const text of ['skilled', 'killed', 'deadline', 'lost', 'lostness', 'wounded', '']) assert.equal(byFirstLetter(words).test(text), words.test(text), text);
});

test('gatedPattern: the date pattern is gated and finds what it finds plainly in every sample sentence', () => {
  const runs: [string, GatedPattern, boolean][] = [['DATE', DATE_MATCHES, false]];
  const dir = path.join(__dirname, '../../../samples/corpus');
  let matched = 0;
  for (const [name, g] of runs) assert.equal(g.gated, true, `an alternative of ${name} no longer starts with \\b and literal words: the gate is lost`);
  for (const file of fs.readdirSync(dir)) {
    if (!/\.(?:txt|md)$/.test(file)) continue;
    for (const written of fs.readFileSync(path.join(dir, file), 'utf8').split(/(?<=[.!?"”])\s+|\n+/)) {
      for (const [name, g, lower] of runs) {
        const sentence = lower ? written.toLowerCase() : written;
        const want = plain((g as unknown as { global: RegExp }).global, sentence);
        matched += want.length;
        assert.deepEqual(gated(g, sentence), want, `${name}: ${sentence}`);
      }
    }
  }
  assert.ok(matched > 300, `${matched} matches`);
});

test('gatedPattern: finds what the plain global pattern finds, overlapping candidates and lookbehinds included', () => {
  const pattern = /\bclaim(?:ed)?\s+(?:it|the\s+attack)\b|\bclaimed\s+by\b|\b(?:said|says)\s+(?<!not\s+said\s+)(?:it|they)\s+(?:attacked|did)\b/g;
  const g = new GatedPattern(pattern);
  assert.equal(g.gated, true);
  for (const text of [
    'the group claimed it and later claimed the attack; it was claimed by no one',
    'officials said they did, and the group says it attacked the post; claimedit, unclaimed it',
    'claim claim claimed claimed it said said they attacked',
    'nothing here',
    '',
  ]) {
    assert.deepEqual(gated(g, text), plain(pattern, text), text);
  }
  const ignoreCase = /\bClaimed\s+BY\b|\bsaid\s+it\b/gi;
  assert.deepEqual(gated(new GatedPattern(ignoreCase), 'It was CLAIMED by them, he SAID it'), plain(ignoreCase, 'It was CLAIMED by them, he SAID it'));
});

test('gatedPattern: a pattern it cannot gate runs as it is', () => {
  const pattern = /(?:the\s+)?group\s+said|\bclaimed/g;
  const g = new GatedPattern(pattern);
  assert.equal(g.gated, false);
  const text = 'the group said it claimed the attack; a group said so';
  assert.deepEqual(gated(g, text), plain(pattern, text));
  assert.throws(() => new GatedPattern(/said/), /global/);
});

test('gatedPattern: the responsibility patterns are gated and find what they find plainly in every sample sentence', () => {
  const { SELF, SELF_MATCHES, DENIAL, DENIAL_MATCHES, ACCUSE_AFTER, ACCUSE_AFTER_MATCHES, ACCUSE_BEFORE, ACCUSE_BEFORE_MATCHES } = GATED_PATTERNS;
  assert.equal(SELF_MATCHES.gated, true, 'an alternative of SELF no longer starts with \\b and a literal word: the gate is lost');
  assert.equal(DENIAL_MATCHES.gated, true, 'an alternative of DENIAL no longer starts with \\b and a literal word: the gate is lost');
  assert.equal(ACCUSE_AFTER_MATCHES.gated, true, 'an alternative of ACCUSE_AFTER no longer starts with \\b and literal words: the gate is lost');
  assert.equal(ACCUSE_BEFORE_MATCHES.gated, true, 'an alternative of ACCUSE_BEFORE no longer starts with \\b and literal words: the gate is lost');
  const dir = path.join(__dirname, '../../../samples/corpus');
  let sentences = 0;
  let matched = 0;
  for (const file of fs.readdirSync(dir)) {
    if (!/\.(?:txt|md)$/.test(file)) continue;
    for (const sentence of fs.readFileSync(path.join(dir, file), 'utf8').toLowerCase().split(/(?<=[.!?"”])\s+|\n+/)) {
      sentences++;
      const self = plain(SELF, sentence);
      const denial = plain(DENIAL, sentence);
      matched += self.length + denial.length;
      assert.deepEqual(gated(SELF_MATCHES, sentence), self, sentence);
      assert.deepEqual(gated(DENIAL_MATCHES, sentence), denial, sentence);
      const after = plain(ACCUSE_AFTER, sentence);
      const before = plain(ACCUSE_BEFORE, sentence);
      matched += after.length + before.length;
      assert.deepEqual(gated(ACCUSE_AFTER_MATCHES, sentence), after, sentence);
      assert.deepEqual(gated(ACCUSE_BEFORE_MATCHES, sentence), before, sentence);
    }
  }
  assert.ok(sentences > 2000 && matched > 100, `${sentences} sentences, ${matched} matches`);
});
