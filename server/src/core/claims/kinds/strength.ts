/**
 * Strength: a counted figure of fighters, members, cadres, men… after "has", "number", "a force
 * of", or "N-strong", about the nearest group before the figure ("TTP has 5,000 fighters", "the
 * group has…") or the group it is "of" ("2,000 fighters of ISKP").
 */
import { ClaimSentence, KindFinding, groupsAfter, groupsBefore, outsideAttribution } from '../sentence';

export function findStrength(s: ClaimSentence): KindFinding | null {
  if (s.background) return null;
  const figures = s.figures.filter((f) => f.measure === 'strength');
  if (!figures.length) return null;
  const f = figures[0];
  const before = groupsBefore(s, f.start).filter((it) => outsideAttribution(s, it));
  const after = groupsAfter(s, f.end);
  const chosen = before.length ? before[before.length - 1] : after.length && /^\s*(?:of|in|for)\b/.test(s.lower.slice(f.end).replace(/^\s*\w+/, '')) ? after[0] : null;
  // An answer or quote naming no group is about the group the passage is ("The figure I trust is 5,000 fighters").
  const subject = chosen?.groupId ?? (s.items.length === 0 ? s.statementGroup : null);
  if (!subject) return null;
  return { subjects: [subject], claimant: null, trigger: s.text.slice(f.start, f.end), figures };
}
