/**
 * Announcements by a group: declared, announced, unveiled, vowed, proclaimed, named a new …,
 * appointed, launched a campaign, called off or ended a ceasefire. An announcement inside a
 * relative clause ("the TTP, which announced a ceasefire in June 2022, …") is the group's too: the
 * group the clause hangs on made it.
 */
import { ClaimSentence, KindFinding, groupsBefore, outsideAttribution } from '../sentence';

const ANNOUNCEMENT = /\b(?:announc(?:e|ed|es|ing)|declar(?:e|ed|es|ing)|unveil(?:ed|s|ing)|vow(?:ed|s|ing)|proclaim(?:ed|s|ing)|pledg(?:ed|es)|threaten(?:ed|s)|name[sd]? (?:a |its )?new|appoint(?:ed|s) (?:a |its )?new|launch(?:ed|es) (?:a |its )?(?:new|campaign|offensive|operation)|called off|ended (?:a|its|the) (?:ceasefire|truce)|extended (?:a|its|the) (?:ceasefire|truce))\b/;

export function findAnnouncement(s: ClaimSentence): KindFinding | null {
  if (!s.maybe.announcement || s.background) return null;
  const a = ANNOUNCEMENT.exec(s.lower);
  // "… since the group ended a ceasefire in November" dates something else; it is not announced here.
  if (!a || /\bsince\s+(?:\S+\s+){0,4}$/.test(s.lower.slice(0, a.index))) return null;
  // "it has not announced a new emir": nothing was announced.
  if (/\b(?:not|never|no longer|yet to)\s+(?:\w+\s+)?$/.test(s.lower.slice(Math.max(0, a.index - 24), a.index))) return null;
  const before = groupsBefore(s, a.index);
  const outside = before.filter((it) => outsideAttribution(s, it));
  // "the TTP, which announced a ceasefire": the group the relative clause hangs on; else the nearest subject.
  const relative = /\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?$/.test(s.lower.slice(0, a.index));
  const chosen = relative ? outside[outside.length - 1] : (outside[0] ?? before[0]);
  if (!chosen) return null;
  return { subjects: [chosen.groupId], claimant: chosen.anaphor ? null : s.text.slice(chosen.start, chosen.end), trigger: s.text.slice(a.index, a.index + a[0].length), figures: [] };
}
