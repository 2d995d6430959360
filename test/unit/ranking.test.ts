/**
 * Cross-reference ranking pinned against a reference scorer: the relevance formula the index
 * answered with before rankings were precomputed (shared context groups × 4, mentions of the
 * group capped at 6, claims about it capped at 4 × 2; ties by uri; the passage is the first
 * mention inside a claim about the group, else the first mention). Every (document, group) of
 * the sample corpus, every cut-off, and a larger seeded corpus edited in place.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadCorpus, parseArguments } from '../../server/src/cli';
import { CorpusIndex, IndexedClaim, IndexedDocument, IndexedMention } from '../../server/src/core/corpus/corpusIndex';
import { findCrossReferences } from '../../server/src/core/corpus/crossReferences';
import { Relation, assessRelated, relatedClaims } from '../../server/src/core/corpus/relatedClaims';
import Fuse from 'fuse.js';
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { FUSE_OPTIONS, nameRecords, searchGroups } from '../../server/src/features/workspaceSymbols';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

/** The reference: what the scorer computed, written out plainly. */
function referenceRanking(index: CorpusIndex, groupId: string, contextUri: string | null, limit: number) {
  const context = contextUri ? index.get(contextUri) : undefined;
  const contextGroups = context ? [...context.groupCounts.keys()] : [];
  const scored: { doc: IndexedDocument; score: number }[] = [];
  for (const doc of index.documents()) {
    if (doc.uri === contextUri || !doc.groupCounts.has(groupId)) continue;
    let shared = 0;
    for (const g of contextGroups) if (g !== groupId && doc.groupCounts.has(g)) shared++;
    const claims = doc.claims.filter((c) => c.subjects.includes(groupId)).length;
    scored.push({ doc, score: shared * 4 + Math.min(doc.groupCounts.get(groupId) ?? 0, 6) + Math.min(claims, 4) * 2 });
  }
  scored.sort((a, b) => b.score - a.score || (a.doc.uri < b.doc.uri ? -1 : a.doc.uri > b.doc.uri ? 1 : 0));
  const passages = scored.slice(0, limit).map(({ doc }) => {
    let first: IndexedMention | undefined;
    for (const m of doc.mentions) {
      if (m.groupId !== groupId) continue;
      first ??= m;
      if (doc.claims.some((c) => c.subjects.includes(groupId) && c.start <= m.start && m.end <= c.end)) return { uri: doc.uri, range: m.range };
    }
    return { uri: doc.uri, range: first!.range };
  });
  return { passages, totalDocuments: scored.length };
}

function assertSameRanking(index: CorpusIndex, groupId: string, contextUri: string | null, limit: number, label: string) {
  const expected = referenceRanking(index, groupId, contextUri, limit);
  const actual = findCrossReferences(index, { read: () => undefined }, groupId, contextUri, limit);
  assert.equal(actual.totalDocuments, expected.totalDocuments, `${label}: total`);
  assert.deepEqual(
    actual.passages.map((p) => ({ uri: p.uri, range: p.range })),
    expected.passages,
    `${label}: top ${limit}`,
  );
}

test('ranking: the same top-k as the reference scorer for every document and group of the samples', async () => {
  const { index } = await loadCorpus(parseArguments(['scan', SAMPLES]));
  assert.ok(index.documentCount >= 20);
  let checked = 0;
  for (const doc of [...index.documents()]) {
    for (const groupId of doc.groupCounts.keys()) {
      for (const limit of [0, 1, 3, 5, 1000]) {
        assertSameRanking(index, groupId, doc.uri, limit, `${doc.uri} / ${groupId}`);
        checked++;
      }
    }
  }
  for (const groupId of index.mentionedGroups()) assertSameRanking(index, groupId, null, 5, `no context / ${groupId}`);
  assert.ok(checked > 100, `${checked} rankings checked`);
});

// Mulberry32: a seeded generator so the larger corpus is the same on every run.
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('ranking: the same top-k on a larger corpus while documents are added, changed and removed', () => {
  const names = ['Alpha Front', 'Bravo Brigade', 'Charlie Movement', 'Delta Army', 'Echo Battalion', 'Foxtrot Network'];
  const gazetteer = parseGazetteer({ groups: names.map((name, i) => ({ id: 'g' + i, name })) }, 'builtin').gazetteer;
  const index = new CorpusIndex(new GroupMatcher(gazetteer));
  const rand = prng(7);
  const makeText = () => {
    const sentences: string[] = [];
    const n = 1 + Math.floor(rand() * 8);
    for (let i = 0; i < n; i++) {
      // Popular groups first: a few dominate, as in real archives.
      const name = names[Math.floor(Math.pow(rand(), 2) * names.length)];
      sentences.push(rand() < 0.3 ? `${name} claimed responsibility for the attack that killed ${2 + Math.floor(rand() * 40)} people.` : `Officials said ${name} was active in the area.`);
    }
    return sentences.join(' ');
  };
  const uris = Array.from({ length: 400 }, (_, i) => `mem:/doc-${String((i * 7919) % 400).padStart(3, '0')}`);
  for (const uri of uris) index.update(uri, makeText());
  const check = (label: string) => {
    for (const contextUri of [uris[0], uris[17], uris[123], null]) {
      for (const groupId of ['g0', 'g2', 'g5']) for (const limit of [1, 5, 50]) assertSameRanking(index, groupId, contextUri, limit, `${label}: ${contextUri} / ${groupId}`);
    }
  };
  check('built');
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 60; i++) {
      const uri = uris[Math.floor(rand() * uris.length)];
      if (rand() < 0.3) index.remove(uri);
      else index.update(uri, makeText());
    }
    check(`edited ${round}`);
  }
});

/**
 * Related claims without the index's ranking: every claim of every other document about the
 * claim's subjects (with a claim about one of them) or, without subjects, mentioning the context's
 * groups, assessed one by one and sorted. Pins the candidate selection and the bounded top-k.
 */
function referenceRelatedClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit: number) {
  const context = index.get(uri);
  const groups = claim.subjects.length ? claim.subjects : [...(context?.groupCounts.keys() ?? [])];
  const out: { uri: string; start: number; relation: Relation; score: number }[] = [];
  for (const doc of index.documents()) {
    if (doc.uri === uri) continue;
    const candidate = claim.subjects.length ? doc.claims.some((c) => c.subjects.some((s) => groups.includes(s))) : groups.some((g) => doc.groupCounts.has(g));
    if (!candidate) continue;
    for (const other of doc.claims) {
      const r = assessRelated(claim, context, other, doc, 0);
      if (r) out.push({ uri: doc.uri, start: other.start, relation: r.relation, score: r.score });
    }
  }
  out.sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
  return out.slice(0, limit);
}

test('related claims: the same answers as the reference for every claim of the samples', async () => {
  const { index } = await loadCorpus(parseArguments(['scan', SAMPLES]));
  let checked = 0;
  for (const doc of [...index.documents()]) {
    for (const claim of doc.claims) {
      for (const limit of [1, 5, 20]) {
        const actual = relatedClaims(index, doc.uri, claim, limit).map((r) => ({ uri: r.uri, start: r.claim.start, relation: r.relation, score: r.score }));
        assert.deepEqual(actual, referenceRelatedClaims(index, doc.uri, claim, limit), `${doc.uri} claim at ${claim.start}, top ${limit}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 100, `${checked} claims checked`);
});

test('rankings by mentions and with claims only: the same as sorting every candidate', async () => {
  const { index } = await loadCorpus(parseArguments(['scan', SAMPLES]));
  for (const groupId of index.mentionedGroups()) {
    const docs = [...index.documents()].filter((d) => d.countOf(groupId) > 0);
    const byUri = (a: IndexedDocument, b: IndexedDocument) => (a.uri < b.uri ? -1 : 1);
    const byMentions = [...docs].sort((a, b) => b.countOf(groupId) - a.countOf(groupId) || byUri(a, b));
    assert.deepEqual(index.topDocuments(groupId, null, 3, { byMentions: true }).documents.map((d) => d.uri), byMentions.slice(0, 3).map((d) => d.uri), groupId);
    const withClaims = referenceRanking(index, groupId, null, 1000).passages.map((p) => p.uri).filter((u) => index.get(u)!.claims.some((c) => c.subjects.includes(groupId)));
    const ranked = index.topDocuments(groupId, null, 1000, { withClaimsOnly: true });
    assert.deepEqual(ranked.documents.map((d) => d.uri), withClaims, `${groupId} with claims`);
    assert.equal(ranked.total, withClaims.length);
  }
});

test('ranking by static score alone: the first documents of sorting every candidate, the context left out', async () => {
  const { index } = await loadCorpus(parseArguments(['scan', SAMPLES]));
  const staticScore = (doc: IndexedDocument, groupId: string) => Math.min(doc.countOf(groupId), 6) + Math.min(doc.claims.filter((c) => c.subjects.includes(groupId)).length, 4) * 2;
  let checked = 0;
  for (const groupId of index.mentionedGroups()) {
    for (const contextUri of [null, ...[...index.documents()].filter((d) => d.countOf(groupId) > 0).slice(0, 3).map((d) => d.uri)]) {
      for (const withClaimsOnly of [false, true]) {
        const docs = [...index.documents()].filter((d) => d.uri !== contextUri && d.countOf(groupId) > 0 && (!withClaimsOnly || d.claims.some((c) => c.subjects.includes(groupId))));
        docs.sort((a, b) => staticScore(b, groupId) - staticScore(a, groupId) || (a.uri < b.uri ? -1 : 1));
        for (const limit of [1, 5, 400]) {
          const ranked = index.topDocuments(groupId, contextUri, limit, { staticOnly: true, withClaimsOnly });
          assert.deepEqual(ranked.documents.map((d) => d.uri), docs.slice(0, limit).map((d) => d.uri), `${groupId} from ${contextUri}, top ${limit}${withClaimsOnly ? ', with claims' : ''}`);
          assert.equal(ranked.total, docs.length);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 100, `${checked} rankings checked`);
});

test('workspace symbol search: the names that can match, searched alone, give the same groups as searching every name', () => {
  const matcher = new GroupMatcher(loadBuiltinGazetteer());
  const all = new Fuse(nameRecords(matcher), FUSE_OPTIONS);
  const reference = (query: string) => {
    const words = query.toLowerCase().replace(/[-‐‑‒–—_'’‘`]+/g, ' ').replace(/[=!^$|"]+/g, ' ').trim();
    const ids: string[] = [];
    if (!words) return ids;
    for (const hit of all.search(words, { limit: 160 })) {
      if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
      if (ids.length >= 20) break;
    }
    return ids;
  };
  const rand = prng(11);
  const names = nameRecords(matcher).map((r) => r.name);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const queries = ['iskp', 'Tehreek Talibn', 'tali', 'a', 'al qa', 'lashkar e tayba', 'BUTN', 'x', 'islamic state khurasan province', 'the', 'hizb ul mujahidin'];
  for (let i = 0; i < 1500; i++) {
    const name = names[Math.floor(rand() * names.length)];
    const from = Math.floor(rand() * name.length);
    let q = name.slice(from, from + 2 + Math.floor(rand() * 20));
    // Transliteration slips and typos: substitutions, deletions, insertions.
    for (let e = Math.floor(rand() * 4); e > 0 && q.length > 1; e--) {
      const at = Math.floor(rand() * q.length);
      const op = rand();
      const c = letters[Math.floor(rand() * letters.length)];
      q = op < 0.4 ? q.slice(0, at) + c + q.slice(at + 1) : op < 0.7 ? q.slice(0, at) + q.slice(at + 1) : q.slice(0, at) + c + q.slice(at);
    }
    queries.push(q);
  }
  for (const q of queries) assert.deepEqual(searchGroups(matcher, q), reference(q), q);
});
