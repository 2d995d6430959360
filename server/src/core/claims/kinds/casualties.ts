/**
 * Casualties: a counted figure tied to killed / dead / died / wounded / injured ("At least 59
 * people were killed and 157 injured", "killing dozens of worshippers", "the toll rose to 101").
 * No named group is needed ("a suicide bomber killed 40"); the subject is the group in the counted
 * phrase ("four Taliban fighters died", "two fighters of LeT"), else the nearest group before the
 * figure ("ISKP, which killed at least 14"), never the speaker — except a group's own toll: "ISWAP
 * said its fighters had killed 20 soldiers" counts for the group the fighters belong to, the speaker
 * included.
 */
import { ClaimSentence, KindFinding, outsideAttribution } from '../sentence';

/** "its fighters had killed …", "their men killed …": the toll is the group's own (no sentence end between). */
const OWN_FIGHTERS = /\b(?:its|their)\s+(?:own\s+)?(?:fighters|men|mujahideen|militants)\b(?=[^.;]*$)/;

export function findCasualties(s: ClaimSentence): KindFinding[] {
  if (s.backgroundPhrase) return [];
  const figures = s.figures.filter((f) => f.measure !== 'strength');
  if (!figures.length) return [];
  const f = figures[0];
  const candidates = s.items.filter((it) => outsideAttribution(s, it));
  const inPhrase = candidates.filter((it) => it.start >= f.end && it.start - f.end <= 30);
  const earlier = candidates.filter((it) => it.end <= f.start);
  const own = inPhrase.length ? null : OWN_FIGHTERS.exec(s.lower.slice(0, f.start));
  const owner = own ? s.items.filter((it) => it.start <= own.index).pop() : undefined;
  const subjects = inPhrase.length ? [inPhrase[0].groupId] : owner ? [owner.groupId] : earlier.length ? [earlier[earlier.length - 1].groupId] : [];
  return [{ subjects, claimant: null, trigger: s.text.slice(f.start, f.end), figures }];
}
