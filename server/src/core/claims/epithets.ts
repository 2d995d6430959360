/**
 * Epithets: a parent organisation's name used to describe one of its affiliates. Reporting names a
 * group once and then calls it by its allegiance — "JNIM … the al-Qaeda affiliate", "Al-Shabaab, the
 * al-Qaeda-linked group that …", "a faction of the Pakistani Taliban claimed the attack" (about
 * Jamaat-ul-Ahrar) — so the parent's name, in these phrases, stands for the affiliate the document
 * is about, not for the parent. Only an affiliate the document names by its own name can be meant,
 * and only when it names exactly one affiliate of that parent; otherwise the mention is left alone.
 *
 * Families (P the parent's name):
 * - "the P affiliate / branch / franchise / faction / offshoot / wing", "the P-linked / -affiliated /
 *   -aligned / -allied group", "P's affiliate / branch" ("the al-Qaeda affiliate now negotiates …",
 *   "the Islamic State's regional branch", "Al-Qaida's branch in Yemen", "Al-Qaida branch in Yemen
 *   claims …"), also opening a headline or a line, which drops the article ("Al-Qaeda affiliate
 *   says it overran …"); a bare "the P group" or "the P network" stays P (it is as often the parent
 *   itself);
 * - "a faction / splinter group / breakaway faction / wing / branch / affiliate of P" ("a faction of
 *   the Pakistani Taliban claimed the attack").
 *
 * "an affiliate of al-Qaeda" after the affiliate's own name ("JNIM, an affiliate of al-Qaeda,")
 * keeps P: the affiliate is named right there and P is what it belongs to (subjects.ts namesParent).
 * Mentions are copied, never changed in place; a statement still names the parent (its subjects
 * keep both), while claims and the topic of "the group" read the affiliate.
 */
import type { Mention } from '../recognition/groupMatcher';
import type { DocumentModel } from '../text/document';

/** A mention read as an affiliate; `epithetOf` is the parent it names (a sentence still names it). */
export interface EpithetMention extends Mention {
  epithetOf?: string;
}

/** The parent of a group in the gazetteer, or null. */
export type ParentOf = (groupId: string) => string | null | undefined;

/** Nouns for an affiliate, and (after "-linked" and the like) for any group. */
const PART = String.raw`(?:affiliate|branch|franchise|faction|offshoot|wing|ally)`;
const NOUN = String.raw`(?:${PART}|group|outfit|movement|organi[sz]ation|network)`;
/** After P: "P affiliate", "P-linked group", "P's affiliate" — with "the"/"its" before P (checked separately). */
const AFTER = new RegExp(String.raw`^(?:['’]s\s+(?:[\w-]+\s+)?${PART}|(?:-|\s+)(?:linked|affiliated|aligned|allied|backed)\s+(?:[\w-]+\s+)?${NOUN}|\s+(?:[\w-]+\s+)?${PART})\b`);
/** After P, with or without "the": "P's branch", "P's Yemeni affiliate", "P branch in Yemen". */
const REGIONAL_PART = new RegExp(String.raw`^(?:['’]s\s+(?:[\w-]+\s+)?${PART}|\s+${PART}\s+in\s+[A-Za-z])\b`);
/** Before P: "the" (for AFTER), or "a faction of (the)". */
const THE_BEFORE = /(?:^|[^\p{L}])(?:the|its)\s+$/iu;
/** P opening a line (a headline or a list item drops "the"). */
const LINE_START_BEFORE = /(?:^|\n)[ \t]*(?:[-*•]\s+)?$/;
const PART_OF_BEFORE = /\b(?:an?|one|the)\s+(?:(?:breakaway|splinter|local|regional|powerful|hardline|small)\s+)?(?:faction|splinter\s+group|splinter|wing|branch|affiliate|offshoot|franchise|chapter)\s+of\s+(?:the\s+)?(?:banned\s+|outlawed\s+|proscribed\s+)?$/i;

/** Affiliates of each parent that the document names by their own names. */
function namedChildren(mentions: readonly Mention[], parentOf: ParentOf): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions) {
    const parent = parentOf(m.groupId);
    if (!parent) continue;
    let set = out.get(parent);
    if (!set) out.set(parent, (set = new Set()));
    set.add(m.groupId);
  }
  return out;
}

/** True when the mention is written as an epithet of an affiliate (see the families above). */
export function isEpithet(doc: DocumentModel, m: Mention): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
  if (PART_OF_BEFORE.test(before)) return true;
  const after = doc.lower.slice(m.end, m.end + 40);
  // "Al-Qaida's branch in Yemen", "Al-Qaida branch in Yemen claims …": the affiliate by its region.
  if (REGIONAL_PART.test(after)) return true;
  // "Al-Qaeda affiliate says it overran …": a headline or a line that opens on P drops the article.
  return (THE_BEFORE.test(before) || LINE_START_BEFORE.test(before)) && AFTER.test(after);
}

/** The mentions with parent names used as epithets read as the one affiliate the document names. */
export function withEpithets(doc: DocumentModel, mentions: readonly Mention[], parentOf?: ParentOf): readonly Mention[] {
  if (!parentOf) return mentions;
  const children = namedChildren(mentions, parentOf);
  if (!children.size) return mentions;
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const kids = children.get(m.groupId);
    if (!kids || kids.size !== 1 || !isEpithet(doc, m)) continue;
    out ??= mentions.slice();
    out[i] = { ...m, groupId: [...kids][0], epithetOf: m.groupId } as EpithetMention;
  }
  return out ?? mentions;
}

/**
 * A name of several capitalised words written all in lower case is a phrase, not the name: the
 * Islamic State's "soldiers of the caliphate" in a quoted claim is not the Tunisian group whose
 * English name is "Soldiers of the Caliphate". Names written with a lower-case particle ("al-Shabaab")
 * or of one or two words are kept.
 */
export function withoutLowerCasePhrases(doc: DocumentModel, mentions: readonly Mention[]): readonly Mention[] {
  const phrase = (m: Mention) => {
    const capitals = m.alias.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
    return capitals >= 2 && m.alias.split(/\s+/).length >= 3 && !/\p{Lu}/u.test(doc.text.slice(m.start, m.end));
  };
  return mentions.some(phrase) ? mentions.filter((m) => !phrase(m)) : mentions;
}
