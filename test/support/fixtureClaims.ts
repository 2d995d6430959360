/**
 * Claims as the claim tests read them: extracted with the test gazetteer (test/fixtures), and a
 * strength claim as its sorted subjects and "low-high" figures (an open upper bound written "inf").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractClaims } from '../../server/src/core/claims/extract';
import type { Claim } from '../../server/src/core/claims/model';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const matcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);

export function claimsOf(text: string): Claim[] {
  return extractClaims(text, matcher.findMentions(text));
}

export function strengthOf(text: string): { subjects: string[]; figures: string[] }[] {
  return claimsOf(text)
    .filter((c) => c.kind === 'strength')
    .map((c) => ({ subjects: [...c.subjects].sort(), figures: c.figures.map((f) => `${f.low}-${f.high === Infinity ? 'inf' : f.high}`) }));
}
