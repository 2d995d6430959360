/**
 * Announcements by a group: declared, announced, unveiled, vowed, proclaimed, named a new …,
 * appointed, launched a campaign, called off or ended a ceasefire. An announcement inside a
 * relative clause ("the TTP, which announced a ceasefire in June 2022, …") describes the group
 * and is not the sentence's claim.
 */
import { ClaimSentence, KindFinding, groupsBefore, outsideAttribution } from '../sentence';

const ANNOUNCEMENT = /\b(?:announc(?:e|ed|es|ing)|declar(?:e|ed|es|ing)|unveil(?:ed|s|ing)|vow(?:ed|s|ing)|proclaim(?:ed|s|ing)|pledg(?:ed|es)|threaten(?:ed|s)|name[sd]? (?:a |its )?new|appoint(?:ed|s) (?:a |its )?new|launch(?:ed|es) (?:a |its )?(?:new|campaign|offensive|operation)|called off|ended (?:a|its|the) (?:ceasefire|truce)|extended (?:a|its|the) (?:ceasefire|truce))\b/;

export function findAnnouncement(s: ClaimSentence): KindFinding | null {
  if (!s.maybe.announcement || s.background) return null;
  const a = ANNOUNCEMENT.exec(s.lower);
  if (!a || /\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?$/.test(s.lower.slice(0, a.index))) return null;
  const before = groupsBefore(s, a.index).filter((it) => outsideAttribution(s, it));
  if (!before.length) return null;
  return { subjects: [before[0].groupId], claimant: before[0].anaphor ? null : s.text.slice(before[0].start, before[0].end), trigger: s.text.slice(a.index, a.index + a[0].length), figures: [] };
}
