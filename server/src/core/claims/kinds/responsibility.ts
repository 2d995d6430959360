/**
 * Responsibility: "X claimed the attack", "was claimed by X", "officials blamed X", "a gunman
 * linked to X", "X is blamed for", "X denied involvement", and a group reporting an attack it made
 * ("Militants attacked a convoy, the BLA said"). The active forms put the group before the verb,
 * the passive and accusing forms after it. Negations ("no group claimed") make no claim.
 */
import { ClaimSentence, KindFinding, groupsAfter, groupsBefore, outsideAttribution } from '../sentence';

const DAY = "(?:the|a|an|this|that|last|its|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)";
const ATTACK_NOUN = '(?:attacks?|bombings?|blasts?|assault|ambush|killings?|explosions?|raid|strike|massacre|shooting|suicide|kidnapping|beheading)';
const ACTIVE = new RegExp(
  String.raw`\b(?:claim(?:ed|s|ing)? (?:responsibility|credit)|(?:(?:was|were|is|are) (?:\w+ )?responsible for)|(?:claim|own)(?:ed|s|ing)? (?:${DAY} )?(?:[\w'’-]+\s+){0,3}?${ATTACK_NOUN}|claim(?:ed|s)? (?:to have|it|that it)|(?:took|takes|take|accepted|accepts|owned|owns) (?:up )?(?:responsibility|credit)|carried out (?:the|a|an|this|that|last|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's) (?:[\w'’-]+ ){0,2}?(?:attacks?|bombings?|blasts?|assault|ambush|killings?|raid|strike|massacre)|said (?:it|they) (?:had )?(?:carried out|conducted|was behind|were behind|attacked)|(?:was|were|is|are) behind (?:the|a|this|that|it)|(?:is|was|are|were|been|being) (?:also |widely |often )?(?:blamed|held responsible) for|den(?:ied|ies|y) (?:any )?(?:responsibility|involvement|role)|distanced)\b`,
);
const PASSIVE = /\b(?:(?:was|were|been|is|are) claimed by|claimed by|suspicion (?:fell|falls|has fallen) on|(?:is|are|was|were) suspected (?:of|in)|claim(?:ed)? (?:on behalf of|in the name of)|blam(?:ed|es|ing|e)|accus(?:ed|es|ing|e)|attributed (?:the attack |it )?to|(?:gunm[ae]n|bombers?|attackers?|assailants?|militants?|suspects?|cells?|men|shooters?|fighters?) (?:\w+ ){0,2}?(?:linked|tied|affiliated|belonging|belonged|belongs|loyal) to|carried out by|perpetrated by|(?:work|handiwork) of|front for)\b/;
const ATTACK_VERB = /\b(?:attacked|ambushed|bombed|stormed|struck|targeted|raided|carried out|killed|kidnapped|abducted|shot)\b/;
const NEGATED = /\b(?:no (?:group|one|organisation|organization)(?: has| had)?(?: immediately| yet)? claimed|(?:has|have|had|did) not (?:yet |immediately )?claimed|not (?:yet )?been claimed)\b/;

function passive(s: ClaimSentence, m: RegExpExecArray): KindFinding | null {
  const after = groupsAfter(s, m.index);
  if (!after.length) return null;
  // Several groups right after "blamed" are all accused ("blamed X and Y"); a distant one is context.
  const subjects = after.length > 1 && after[1].start - after[0].end <= 60 ? [...new Set([after[0].groupId, after[1].groupId])] : [after[0].groupId];
  let claimant: string | null = null;
  // "claimed by X": the group is its own claimant.
  if (/claimed by|claim(?:ed)? (?:on behalf|in the name)/.test(m[0])) claimant = s.text.slice(after[0].start, after[0].end);
  // "Officials blamed X": the accuser is the claimant when no reporting verb names one.
  if (m.index > 0 && /blam|accus|attributed/.test(m[0])) {
    const who = s.text.slice(0, m.index).replace(/\b(?:have|has|had|also|repeatedly|initially)\s*$/i, '').trim();
    if (who && who.split(/\s+/).length <= 6 && !/[,;]/.test(who)) claimant = who;
  }
  return { subjects, claimant, trigger: s.text.slice(m.index, m.index + m[0].length), figures: [] };
}

function active(s: ClaimSentence, m: RegExpExecArray): KindFinding | null {
  const before = groupsBefore(s, m.index).filter((it) => outsideAttribution(s, it));
  const chosen = before.length ? before : groupsBefore(s, m.index);
  if (!chosen.length) return null;
  return { subjects: [chosen[0].groupId], claimant: chosen[0].anaphor ? null : s.text.slice(chosen[0].start, chosen[0].end), trigger: s.text.slice(m.index, m.index + m[0].length), figures: [] };
}

/** "Militants attacked a convoy on Sunday, the BLA said": a group reporting an attack claims it. */
function speakingGroup(s: ClaimSentence): KindFinding | null {
  const attack = ATTACK_VERB.exec(s.lower);
  if (!attack) return null;
  const speaker = s.items.find((it) => !it.anaphor && it.start > attack.index && /^\s+(?:said|says|claimed|announced)\b/.test(s.lower.slice(it.end)));
  if (!speaker) return null;
  return { subjects: [speaker.groupId], claimant: s.text.slice(speaker.start, speaker.end), trigger: s.text.slice(attack.index, attack.index + attack[0].length), figures: [] };
}

/** "We attacked a checkpoint", said by a group's commander or spokesman: the group claims it. */
const WE_ATTACKED = /\b(?:we|our (?:fighters|men|mujahideen|forces|brothers))\s+(?:have\s+|had\s+)?(?:attacked|ambushed|bombed|stormed|struck|targeted|raided|carried out|killed|kidnapped|abducted)\b/;
function spokenClaim(s: ClaimSentence): KindFinding | null {
  if (!s.speakerGroup) return null;
  const m = WE_ATTACKED.exec(s.lower);
  if (!m) return null;
  return { subjects: [s.speakerGroup], claimant: null, trigger: s.text.slice(m.index, m.index + m[0].length), figures: [] };
}

/**
 * A group (or its fighters) as the subject of an attack verb: "Islamic State militants ambushed a
 * patrol", "Al-Shabaab gunmen storm Mogadishu hotel", "ISKP, which has attacked Taliban targets".
 */
const ATTACK_AFTER_GROUP = /^(?:['’]s)?\s*(?:(?:militants|fighters|gunmen|insurgents|men|suicide bombers?|bombers?|cells?|operatives)\s+)?(?:,\s*which\s+)?(?:(?:has|have|had|then|also|reportedly|allegedly)\s+)?(?:attacked|attacks|attack|ambushed|ambushes|ambush|stormed|storms|storm|bombed|raided|raids|struck|strikes|killed|kills|kidnapped|abducted|blasted|fired|seized|overran|beheaded|executed)\b/;
function groupAttacks(s: ClaimSentence): KindFinding | null {
  for (const it of s.items) {
    if (it.anaphor && !/^its$/i.test(s.text.slice(it.start, it.end))) continue;
    const m = ATTACK_AFTER_GROUP.exec(s.lower.slice(it.end));
    if (!m) continue;
    // "its fighters attacked" needs the fighters; "ISKP attacked" is the group itself.
    if (it.anaphor && !/fighters|militants|men/.test(m[0])) continue;
    if (/\b(?:not|never)\s+$/.test(s.lower.slice(Math.max(0, it.start - 12), it.start))) continue;
    return { subjects: [it.groupId], claimant: null, trigger: s.text.slice(it.start, it.end + m[0].length), figures: [] };
  }
  return null;
}

export function findResponsibility(s: ClaimSentence): KindFinding | null {
  if (!s.maybe.responsibility || NEGATED.test(s.lower)) return null;
  const a = ACTIVE.exec(s.lower);
  const p = PASSIVE.exec(s.lower);
  let found: KindFinding | null = null;
  if (p && (!a || p.index < a.index)) found = passive(s, p) ?? (a ? active(s, a) : null);
  else if (a) found = active(s, a) ?? (p ? passive(s, p) : null);
  found ??= speakingGroup(s);
  found ??= groupAttacks(s);
  found ??= spokenClaim(s);
  // A claimed attack's toll is a casualties claim of its own, not part of this one.
  return found;
}
