/**
 * Short names a document makes of a group's full name: "Tehreek-e-Taliban Pakistan" then "the
 * Tehreek", "Lashkar-e-Taiba" then "Lashkar", "Jaish-e-Mohammed" then "Jaish", "Hizbul Mujahideen"
 * then "Hizb", "the Islamic Emirate of Afghanistan" then "the Emirate". Reporting names the group in
 * full once and then by the head word of the name; the gazetteer cannot list those heads (a bare
 * "Lashkar" is also Lashkar-e-Jhangvi, Lashkar Gah, a word for an army), but inside one document that
 * names one such group they are unambiguous.
 *
 * The head of a recognised name is its first word (after "Islamic") when a transliteration connector
 * or "of" joins it to the rest ("Lashkar-e-…", "Jamaat-ul-…", "Emirate of …"), the word before a
 * fused "ul" ("Hizbul Mujahideen" → "Hizb"), or the one word after "Islamic" ("Islamic Emirate"); never a generic word of organisations ("State",
 * "Army", "Front", "Movement" …). A head names the group wherever the document writes it alone, as a
 * whole word in the same capitals, not joined to another name ("Lashkar Gah", "Lashkar-e-Jhangvi")
 * and not inside a recognised name. Not defined when the document uses the head for two groups (two
 * spellings of one word are one head: "Lashkar-e-Jhangvi" and "Lashker-e-Toiba"), also
 * begins another name with it that is no recognised group ("Tehreek-e-Insaf"), or writes it in lower
 * case (then it is a common word there).
 */
import type { Mention } from './groupMatcher';
import { firstEndingAfter } from '../text/positions';

/** The head of a name as written: optional "Islamic", a capitalised word, then a connector or a fused "ul". */
const HEAD = /^(?:Islamic[\s\u00A0]+)?(\p{Lu}\p{Ll}{3,}?)(?:ul(?=[\s\u00A0]\p{Lu})|(?=[-\s\u00A0](?:e|i|ul|ud|al|ut|us|ush|ash|of)[-\s\u00A0]))/u;
/** "Islamic Emirate": after "Islamic", the one word of a two-word name is its head. */
const ISLAMIC_ONE_WORD = /^Islamic[\s\u00A0]+(\p{Lu}\p{Ll}{3,})$/u;
/** Words of organisations and of Islamic State names that name no one group. */
const GENERIC = new Set([
  'State', 'Army', 'Front', 'Movement', 'Party', 'Group', 'Province', 'Council', 'Soldiers', 'Brigade', 'Brigades',
  'Organisation', 'Organization', 'Union', 'Supporters', 'Helpers', 'Partisans', 'Sons', 'People', 'Base', 'Community',
]);
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** After a head: a hyphen, or a connector word, joins it to another name. */
const JOINED = /^(?:-|[\s\u00A0](?:e|i|ul|ud|al|ut|us|ush|ash|of)[-\s\u00A0])/;
/** After a head: a capitalised word makes it part of another name ("Lashkar Gah"). */
const BEFORE_NAME = /^[\s\u00A0]+\p{Lu}/u;

/** The mentions with every use of the document's short names added, in document order. */
export function withShortNames(text: string, mentions: readonly Mention[]): Mention[] {
  // Heads by their consonants, so that two spellings of one word ("Lashkar", "Lashker") are one head.
  let defined: Map<string, { groupId: string | null; heads: Set<string> }> | undefined;
  for (const m of mentions) {
    const surface = text.slice(m.start, Math.min(m.end, m.start + 40));
    const found = HEAD.exec(surface) ?? ISLAMIC_ONE_WORD.exec(surface);
    if (!found || GENERIC.has(found[1])) continue;
    defined ??= new Map();
    const key = found[1].toLowerCase().replace(/(?!^)[aeiouy]/g, '');
    const before = defined.get(key);
    if (before === undefined) defined.set(key, { groupId: m.groupId, heads: new Set([found[1]]) });
    else {
      if (before.groupId !== m.groupId) before.groupId = null;
      before.heads.add(found[1]);
    }
  }
  if (!defined) return mentions as Mention[];
  const added: Mention[] = [];
  for (const { groupId, heads } of defined.values()) {
    if (groupId === null) continue;
    for (const head of heads) addUses(text, mentions, head, groupId, added);
  }
  return added.length === 0 ? (mentions as Mention[]) : mergeMentions(mentions, added);
}

/** The uses of one head alone, unless the document also writes it in lower case or begins an unknown name with it. */
function addUses(text: string, mentions: readonly Mention[], head: string, groupId: string, added: Mention[]): void {
  if (hasLowerCaseUse(text, head.toLowerCase())) return;
  const uses: Mention[] = [];
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
    const end = at + head.length;
    if ((at > 0 && WORD_CHAR.test(text[at - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
    if (insideMention(mentions, at)) continue;
    const after = text.slice(end, end + 6);
    // The head beginning a name the gazetteer does not know ("Tehreek-e-Insaf"): not this group's alone.
    if (JOINED.test(after)) return;
    if (BEFORE_NAME.test(after)) continue;
    uses.push({ groupId, start: at, end, alias: head });
  }
  for (const u of uses) added.push(u);
}

function hasLowerCaseUse(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if ((at === 0 || !WORD_CHAR.test(text[at - 1])) && (end >= text.length || !WORD_CHAR.test(text[end]))) return true;
  }
  return false;
}

/** Whether a recognised mention covers the offset (mentions are in document order). */
export function insideMention(mentions: readonly Mention[], at: number): boolean {
  const i = firstEndingAfter(mentions, at);
  return i < mentions.length && mentions[i].start <= at;
}

/** Recognised mentions and added ones in document order; an added one overlapping another stays out. */
export function mergeMentions(mentions: readonly Mention[], added: Mention[]): Mention[] {
  added.sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  let j = 0;
  for (const m of mentions) {
    while (j < added.length && added[j].start < m.start) {
      if (added[j].end <= m.start && (out.length === 0 || out[out.length - 1].end <= added[j].start)) out.push(added[j]);
      j++;
    }
    out.push(m);
  }
  for (; j < added.length; j++) if (out.length === 0 || out[out.length - 1].end <= added[j].start) out.push(added[j]);
  return out;
}
