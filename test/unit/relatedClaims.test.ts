/**
 * Related claims that are really related: over the sample corpus (so term weights are realistic)
 * plus a few documents written here, a group's announcement of a new branch is related to the
 * report of that branch, not to an unrelated remark naming the group; two tolls of one bombing are
 * related (and differ), a toll of another attack is not; of two similar statements, the same
 * speaker's comes first. The claim search follows documents as they change and go.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ClaimSearch } from '../../server/src/core/corpus/claimSearch';
import { FIRST_RECORD, documentMayCompare, documentMayRelate, mayCompare } from '../../server/src/core/corpus/claimKeys';
import { packTerms, passageTerms, termNumbers, unpackTerms } from '../../server/src/core/corpus/claimTerms';
import { CorpusIndex, IndexedClaim } from '../../server/src/core/corpus/corpusIndex';
import { comparableClaims, conflictingClaims, relatedClaims } from '../../server/src/core/corpus/relatedClaims';
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { REPO_ROOT } from '../support/lspClient';
import { MiniSearchClaims } from '../support/miniSearchClaims';

const DOCS: Record<string, string> = {
  'file:///fx/branch-announced.txt': 'PESHAWAR, 22 May 2023 — The TTP announced the formation of a new branch, the Ghazwa-e-Hind wing, to operate in southern Punjab.\n',
  'file:///fx/branch-recruiting.txt': 'LAHORE, 1 June 2023 — The Ghazwa-e-Hind wing, the new TTP branch for southern Punjab, has begun recruiting in Bahawalpur, police said.\n',
  'file:///fx/remark.txt': 'ISLAMABAD, 1 August 2023 — A senior minister said the TTP remained a problem for the whole region.\n',
  'file:///fx/toll-first.txt': 'PESHAWAR, 30 January 2023 — Fifty-nine people were killed when a suicide bomber struck the police lines mosque in Peshawar.\n',
  'file:///fx/toll-revised.txt': 'PESHAWAR, 1 February 2023 — The toll from the suicide bombing at the police lines mosque in Peshawar rose to 101 killed, officials said.\n',
  'file:///fx/toll-other.txt': 'QUETTA, 2 February 2023 — Five people were killed when a bomb exploded in a vegetable market in Quetta.\n',
  'file:///fx/toll-next-year.txt': 'DERA ISMAIL KHAN, 9 March 2024 — Twenty people were killed when a suicide bomber struck a mosque in Kulachi; the wounded were flown to Peshawar.\n',
  'file:///fx/haidari-first.txt': 'KABUL, 3 March 2024 — Lina Haidari said ISKP was recruiting Tajik migrant workers in Russian factories.\n',
  'file:///fx/haidari-again.txt': 'KABUL, 9 March 2024 — Lina Haidari said ISKP was recruiting Tajik and Uzbek migrant workers in Russian factories.\n',
  'file:///fx/officer.txt': 'KABUL, 9 March 2024 — A police officer said ISKP was recruiting Tajik and Uzbek migrant workers in Russian factories.\n',
};

function corpus(): { index: CorpusIndex; search: ClaimSearch } {
  const index = new CorpusIndex(new GroupMatcher(loadBuiltinGazetteer()));
  const search = new ClaimSearch();
  index.observe(search);
  const samples = path.join(REPO_ROOT, 'samples', 'corpus');
  for (const f of fs.readdirSync(samples)) index.update(`file:///samples/${f}`, fs.readFileSync(path.join(samples, f), 'utf8'));
  for (const [uri, text] of Object.entries(DOCS)) index.update(uri, text);
  return { index, search };
}

function claimIn(index: CorpusIndex, uri: string, kind?: string): IndexedClaim {
  const claim = index.get(uri)!.claims.find((c) => !kind || c.kind === kind);
  assert.ok(claim, `no ${kind ?? ''} claim in ${uri}: ${JSON.stringify(index.get(uri)!.claims.map((c) => c.kind))}`);
  return claim;
}

test('claim terms: content words, folded and trimmed, without group names, numbers and reporting verbs', () => {
  const text = 'At least 59 people were killed when ISKP fighters attacked the Kabul hotel, officials said.';
  const iskp = text.indexOf('ISKP');
  assert.equal(passageTerms(text, 0, text.length, [{ start: iskp, end: iskp + 4 }]), 'least people kill fighter attack kabul hotel official');
});

test('claim terms as the index keeps them: packed into numbers and back, the same words in order, past one unit per number', () => {
  assert.equal(unpackTerms(packTerms('least people kill fighter attack kabul hotel official')), 'least people kill fighter attack kabul hotel official');
  assert.equal(packTerms(''), '');
  assert.equal(unpackTerms(''), '');
  // Numbers of 2^15 and more take two units: fill the table past that and round-trip both kinds.
  for (let i = termNumbers.size; i <= 0x8000 + 10; i++) termNumbers.intern(`filler${i}`);
  const late = 'lateword' + termNumbers.size;
  const packed = packTerms(`hotel ${late} kabul`);
  assert.equal(packed.length, 4, 'two one-unit numbers and one two-unit number');
  assert.equal(unpackTerms(packed), `hotel ${late} kabul`);
});

const { index, search } = corpus();
const related = (uri: string, kind?: string) => relatedClaims(index, uri, claimIn(index, uri, kind), 20, search);

test('related claims: an announcement of a new branch relates to the report of that branch, not to a remark naming the group', () => {
  const found = related('file:///fx/branch-announced.txt', 'announcement');
  const uris = found.map((r) => r.uri);
  assert.ok(uris.includes('file:///fx/branch-recruiting.txt'), uris.join('\n'));
  assert.ok(!uris.includes('file:///fx/remark.txt'), 'the remark only names the TTP');
  // Nothing is related by the shared subject alone.
  for (const r of found) assert.ok(r.reasons.length > 0 && !(r.reasons.length === 0 && r.claim.subjects.includes('ttp')), JSON.stringify(r.reasons));
});

test('related claims: two tolls of one bombing are related and differ; a toll of another attack is not related', () => {
  const found = related('file:///fx/toll-first.txt', 'casualties');
  const revised = found.find((r) => r.uri === 'file:///fx/toll-revised.txt');
  assert.ok(revised, found.map((r) => r.uri).join('\n'));
  assert.ok(revised.reasons.includes('same incident'), revised.reasons.join(', '));
  assert.equal(revised.relation, 'differs', '59 against 101');
  assert.equal(found[0].uri, 'file:///fx/toll-revised.txt', 'the revised toll first');
  assert.ok(!found.some((r) => r.uri === 'file:///fx/toll-other.txt'), 'the Quetta market bombing is another incident');
  // The same place and target words a year later: another incident, whose toll is not set against this one.
  const later = found.find((r) => r.uri === 'file:///fx/toll-next-year.txt');
  assert.ok(!later || (!later.reasons.includes('same incident') && later.relation !== 'differs'), JSON.stringify(later));
  assert.ok(!conflictingClaims(index, 'file:///fx/toll-first.txt', claimIn(index, 'file:///fx/toll-first.txt', 'casualties'), 10, search).some((r) => r.uri === 'file:///fx/toll-next-year.txt'));
});

test('related claims: of two equally similar statements, the same speaker\'s comes first', () => {
  const found = related('file:///fx/haidari-first.txt');
  const again = found.findIndex((r) => r.uri === 'file:///fx/haidari-again.txt');
  const officer = found.findIndex((r) => r.uri === 'file:///fx/officer.txt');
  assert.ok(again >= 0 && officer >= 0, found.map((r) => `${r.uri} ${r.reasons}`).join('\n'));
  assert.ok(again < officer, 'Haidari again before the officer');
  assert.ok(found[again].reasons.includes('same speaker'));
});

test('conflicting figures: tolls of one unclaimed bombing are compared wherever they are, others never', () => {
  const toll = claimIn(index, 'file:///fx/toll-first.txt', 'casualties');
  const conflicts = conflictingClaims(index, 'file:///fx/toll-first.txt', toll, 10, search);
  assert.ok(conflicts.some((c) => c.uri === 'file:///fx/toll-revised.txt'), conflicts.map((c) => c.uri).join('\n'));
  assert.ok(!conflicts.some((c) => c.uri === 'file:///fx/toll-other.txt'));
  // Without the search, a claim about no group has no documents to compare with: nothing, never a wrong conflict.
  assert.deepEqual(conflictingClaims(index, 'file:///fx/toll-first.txt', toll), []);
});

test('claim search: incremental; a changed document answers with its new text, a removed one not at all', () => {
  const { index: idx, search: s } = corpus();
  const before = s.size;
  const query = claimIn(idx, 'file:///fx/branch-announced.txt', 'announcement');
  assert.ok(s.similar('file:///fx/branch-announced.txt', query, 50).some((h) => h.doc.uri === 'file:///fx/branch-recruiting.txt'));
  idx.update('file:///fx/branch-recruiting.txt', 'LAHORE, 1 June 2023 — Officials said the weather in the city was mild.\n');
  assert.ok(!s.similar('file:///fx/branch-announced.txt', query, 50).some((h) => h.doc.uri === 'file:///fx/branch-recruiting.txt'));
  idx.remove('file:///fx/toll-revised.txt');
  assert.ok(s.size < before);
  const toll = claimIn(idx, 'file:///fx/toll-first.txt', 'casualties');
  assert.ok(!s.similar('file:///fx/toll-first.txt', toll, 50).some((h) => h.doc.uri === 'file:///fx/toll-revised.txt'));
  idx.clear();
  assert.equal(s.size, 0);
  assert.deepEqual(s.similar('file:///fx/toll-first.txt', toll, 50), []);
});

test('claim search: a term in more claims than a query may touch keeps no postings beyond that, and the scores do not change', () => {
  // 2,100 one-claim documents: every claim has "common" (over the postings budget of 2,000) and
  // a term shared with a fiftieth of the others. Beside it, the same corpus with "common" replaced
  // by a term of each claim's own (the same claim lengths, nothing to query): the same answers.
  const docs = (common: (i: number) => string) =>
    Array.from({ length: 2100 }, (_, i) => documentLike(`file:///budget/${i}.txt`, `${common(i)} shared${i % 50} own${i}`));
  const answers = (common: (i: number) => string) => {
    const search = new ClaimSearch();
    const all = docs(common);
    for (const d of all) search.added(d as never);
    return [7, 1500, 2099].map((i) => search.similar(all[i].uri, all[i].claims[0], 10).map((h) => `${h.doc.uri} ${h.similarity.toFixed(9)}`));
  };
  const dropped = answers(() => 'common');
  assert.ok(dropped.every((a) => a.length === 10));
  assert.deepEqual(dropped, answers((i) => `filler${i}`));
});

test('claim search: claims given terms by hand, a term repeated among them, score as MiniSearch scores them', () => {
  const terms = ['alpha alpha beta', 'beta gamma', 'alpha gamma gamma delta', 'delta beta alpha', 'epsilon alpha', 'gamma'];
  const all = terms.map((t, i) => documentLike(`file:///hand/${i}.txt`, t));
  const s = new ClaimSearch();
  const reference = new MiniSearchClaims();
  for (const d of all) {
    s.added(d as never);
    reference.added(d as never);
  }
  const hits = (search: ClaimSearch | MiniSearchClaims, d: IndexedDocumentLike) => search.similar(d.uri, d.claims[0], 10).map((h) => `${h.doc.uri} ${h.similarity}`);
  for (const d of all) assert.deepEqual(hits(s, d), hits(reference, d), d.claims[0].terms);
  assert.ok(hits(s, all[0]).length > 0);
  // Postings cut to their length answer the same, and grow again with the next document.
  s.trim();
  for (const d of all) assert.deepEqual(hits(s, d), hits(reference, d), `trimmed: ${d.claims[0].terms}`);
  const more = documentLike('file:///hand/more.txt', 'alpha beta gamma');
  s.added(more as never);
  reference.added(more as never);
  for (const d of [...all, more]) assert.deepEqual(hits(s, d), hits(reference, d), `grown: ${d.claims[0].terms}`);
});

interface IndexedDocumentLike {
  uri: string;
  claims: IndexedClaim[];
  claimAt(i: number): IndexedClaim;
}

/** A document of one claim given only its terms (all the claim search reads). */
function documentLike(uri: string, terms: string): IndexedDocumentLike {
  const claims = [{ terms } as IndexedClaim];
  return { uri, claims, claimAt: (i) => claims[i] };
}

/** The same search without its claim keys: related claims then score every claim of every candidate document. */
function scanningEveryClaim(search: ClaimSearch): ClaimSearch {
  return { similar: (uri: string, claim: IndexedClaim, limit: number) => search.similar(uri, claim, limit) } as unknown as ClaimSearch;
}

const answer = (found: ReturnType<typeof relatedClaims>) => found.map((r) => `${r.uri} @${r.claim.start} ${r.claim.kind} ${r.score} ${r.relation} ${r.reasons.join(', ')}`);

function assertSameAsScanning(idx: CorpusIndex, s: ClaimSearch, uri: string, claim: IndexedClaim, limit: number, label: string): void {
  assert.deepEqual(answer(relatedClaims(idx, uri, claim, limit, s)), answer(relatedClaims(idx, uri, claim, limit, scanningEveryClaim(s))), `related, ${label}`);
  assert.deepEqual(answer(comparableClaims(idx, uri, claim, limit, s)), answer(comparableClaims(idx, uri, claim, limit, scanningEveryClaim(s))), `comparable, ${label}`);
}

test('related claims: passing over the claims whose keys rule them out changes no answer, for every claim of the samples', () => {
  assert.equal(search.keys.size, index.documentCount, 'every document has its claim keys');
  let checked = 0;
  for (const doc of [...index.documents()]) {
    for (const claim of doc.claims) {
      for (const limit of [1, 5, 20]) assertSameAsScanning(index, search, doc.uri, claim, limit, `${doc.uri} claim at ${claim.start}, top ${limit}`);
      checked++;
    }
  }
  assert.ok(checked > 200, `${checked} claims checked`);
});

test('related claims: a document whose summary rules out every claim is passed over whole; tolls of different places never compare, strength figures always may', () => {
  const { index: idx, search: s } = corpus();
  const probeOf = (uri: string, kind: string) => {
    const claim = claimIn(idx, uri, kind);
    return s.keys.probe(claim, null);
  };
  const records = (uri: string) => s.keys.of(idx.get(uri)!)!;
  // A toll in Peshawar: the Quetta toll shares no place, so neither its document nor its claim may compare.
  const peshawar = probeOf('file:///fx/toll-first.txt', 'casualties');
  assert.equal(peshawar.strength, false);
  assert.equal(documentMayCompare(records('file:///fx/toll-other.txt'), peshawar), false);
  assert.equal(mayCompare(records('file:///fx/toll-other.txt'), FIRST_RECORD, peshawar), false);
  assert.equal(documentMayRelate(records('file:///fx/toll-other.txt'), peshawar), false, 'no place, speaker or comparable figure in common');
  // The revised toll of the same mosque bombing shares Peshawar: both checks let it through.
  assert.equal(documentMayCompare(records('file:///fx/toll-revised.txt'), peshawar), true);
  assert.equal(documentMayRelate(records('file:///fx/toll-revised.txt'), peshawar), true);
  // Strength estimates are compared whatever the place.
  const a = 'file:///fx/strength-a.txt';
  const b = 'file:///fx/strength-b.txt';
  idx.update(a, 'KABUL, 3 March 2024 — ISKP has about 4,000 fighters, a UN report said.\n');
  idx.update(b, 'ISLAMABAD, 9 April 2024 — ISKP can field some 6,000 fighters, an analyst said.\n');
  const estimate = probeOf(a, 'strength');
  assert.equal(estimate.strength, true);
  assert.equal(documentMayCompare(records(b), estimate), true);
  assert.equal(mayCompare(records(b), FIRST_RECORD, estimate), true);
  assert.equal(comparableClaims(idx, a, claimIn(idx, a, 'strength'), 5, s)[0]?.uri, b);
});

test('related claims: the claim keys follow documents as they change and go', () => {
  const { index: idx, search: s } = corpus();
  const uri = 'file:///fx/bannu-first.txt';
  idx.update(uri, 'BANNU, 4 March 2023 — The TTP claimed responsibility for the attack on the Bannu cantonment checkpoint in Khyber Pakhtunkhwa that killed 12 soldiers.\n');
  const claim = () => claimIn(idx, uri, 'responsibility');
  const uris = () => relatedClaims(idx, uri, claim(), 20, s).map((r) => r.uri);
  const check = (label: string) => {
    for (const d of idx.documents()) assert.ok(s.keys.of(d), `${label}: keys of ${d.uri}`);
    assertSameAsScanning(idx, s, uri, claim(), 20, label);
  };
  check('built');
  const other = 'file:///fx/remark.txt';
  assert.ok(!uris().includes(other), 'a remark naming the TTP');
  const before = idx.get(other)!;
  // The remark becomes a report of the same attack, then goes.
  idx.update(other, 'PESHAWAR, 5 March 2023 — The TTP said it carried out the attack on the Bannu cantonment checkpoint in Khyber Pakhtunkhwa, which killed 15 soldiers.\n');
  assert.equal(s.keys.of(before), undefined, 'the replaced analysis has no keys');
  check('edited');
  assert.ok(uris().includes(other), relatedClaims(idx, uri, claim(), 20, s).map((r) => `${r.uri} ${r.reasons}`).join('\n'));
  const edited = idx.get(other)!;
  idx.remove(other);
  assert.equal(s.keys.of(edited), undefined, 'a removed document has no keys');
  check('removed');
  assert.ok(!uris().includes(other));
  idx.clear();
  assert.equal(s.keys.size, 0);
});

test('claim search: the same hits and similarities, to the last bit, as MiniSearch for every claim of the samples, also after edits', async () => {
  const idx = new CorpusIndex(new GroupMatcher(loadBuiltinGazetteer()));
  const s = new ClaimSearch();
  const reference = new MiniSearchClaims();
  idx.observe(s);
  idx.observe(reference);
  const samples = path.join(REPO_ROOT, 'samples', 'corpus');
  for (const f of fs.readdirSync(samples)) idx.update(`file:///samples/${f}`, fs.readFileSync(path.join(samples, f), 'utf8'));
  for (const [uri, text] of Object.entries(DOCS)) idx.update(uri, text);
  const hits = (search: ClaimSearch | MiniSearchClaims, uri: string, claim: IndexedClaim) => search.similar(uri, claim, 200).map((h) => `${h.doc.uri} @${h.claim.start} ${h.similarity}`);
  const compare = (label: string) => {
    let found = 0;
    for (const doc of idx.documents()) {
      for (const claim of doc.claims) {
        const expected = hits(reference, doc.uri, claim);
        assert.deepEqual(hits(s, doc.uri, claim), expected, `${label}: ${doc.uri} claim at ${claim.start}`);
        found += expected.length;
      }
    }
    assert.equal(s.size, reference.size);
    assert.ok(found > 1000, `${label}: ${found} hits compared`);
  };
  compare('built');
  // Edits: changed and removed documents. MiniSearch counts a removed claim in its terms' document
  // frequencies until it vacuums; vacuumed, it scores as the claim search does at once.
  const files = fs.readdirSync(samples).slice(0, 12);
  files.forEach((f, i) => {
    const uri = `file:///samples/${f}`;
    if (i % 3 === 0) idx.remove(uri);
    else idx.update(uri, fs.readFileSync(path.join(samples, files[(i + 5) % files.length]), 'utf8'));
  });
  idx.update('file:///fx/remark.txt', DOCS['file:///fx/toll-revised.txt'].replace('101', '102'));
  await reference.vacuum();
  compare('edited');
});

test('claim search: cleared and built again (a rebuild of the index), it answers as a search built once', () => {
  // A rebuild clears the search and adds every document again: the term numbers are past the
  // first arrays' size at once, while the arrays that `cleared` keeps are larger already.
  const matcher = new GroupMatcher(loadBuiltinGazetteer());
  const samples = path.join(REPO_ROOT, 'samples', 'corpus');
  const load = (index: CorpusIndex) => {
    for (const f of fs.readdirSync(samples)) index.update(`file:///samples/${f}`, fs.readFileSync(path.join(samples, f), 'utf8'));
  };
  const rebuilt = new CorpusIndex(matcher);
  const search = new ClaimSearch();
  rebuilt.observe(search);
  load(rebuilt);
  assert.ok(termNumbers.list().length > 2048, 'the samples number more terms than the first arrays hold');
  rebuilt.clear();
  assert.equal(search.size, 0);
  load(rebuilt);
  const once = new CorpusIndex(matcher);
  const reference = new ClaimSearch();
  once.observe(reference);
  load(once);
  assert.equal(search.size, reference.size);
  const hits = (s: ClaimSearch, uri: string, claim: IndexedClaim) => s.similar(uri, claim, 50).map((h) => `${h.doc.uri} @${h.claim.start} ${h.similarity}`);
  let compared = 0;
  for (const doc of rebuilt.documents()) {
    const same = once.get(doc.uri)!;
    doc.claims.forEach((claim, i) => {
      assert.deepEqual(hits(search, doc.uri, claim), hits(reference, same.uri, same.claims[i]), `${doc.uri} claim at ${claim.start}`);
      compared++;
    });
  }
  assert.ok(compared > 1000, `${compared} claims compared`);
});
