/**
 * Acronyms a document defines for a group it names: "Jamaah Ansharut Daulah (JAD)", "the Islamic
 * State in the Greater Sahara (ISGS)". Reporting defines a short form once and then uses it alone;
 * when the gazetteer does not list that form, every later "JAD" would otherwise be a stranger. An
 * acronym in brackets right after a recognised name stands for that name's group wherever it
 * occurs in the same document, as a whole word in the same capitals, and nowhere else.
 *
 * Not defined: a bracket the gazetteer already recognises (the matcher found a mention there), a
 * form without two capitals ("(Pakistan)", "(2019)"), and a form the document defines for two
 * different groups (ambiguous there).
 */
import type { Mention } from './groupMatcher';
import { mergeMentions } from './shortNames';

/** "(JAD)", "( ISGS )", "(AQIS)", "(TTP-JA)", "(IS-K)", "(JeM)": a capital, then capitals, digits, small letters and hyphens; at least two capitals. */
const BRACKETED = /^\s?\(\s?([A-Z][A-Za-z0-9-]{1,9}?)\s?\)/;
const TWO_CAPITALS = /[A-Z][^A-Z]*[A-Z]/;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** The mentions with every use of the document's defined acronyms added, in document order. */
export function withDefinedAcronyms(text: string, mentions: readonly Mention[]): Mention[] {
  const defined = new Map<string, string | null>();
  let next = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (text.charCodeAt(m.end) !== 0x28 && text.charCodeAt(m.end + 1) !== 0x28) continue; // "("
    const found = BRACKETED.exec(text.slice(m.end, m.end + 16));
    if (!found || !TWO_CAPITALS.test(found[1])) continue;
    // Already recognised inside the bracket: the gazetteer knows the form.
    const at = m.end + found[0].indexOf(found[1]);
    while (next < mentions.length && mentions[next].end <= at) next++;
    if (next < mentions.length && mentions[next].start <= at) continue;
    const before = defined.get(found[1]);
    defined.set(found[1], before === undefined || before === m.groupId ? m.groupId : null);
  }
  if (defined.size === 0) return mentions as Mention[];
  const added: Mention[] = [];
  for (const [acronym, groupId] of defined) {
    if (groupId === null) continue;
    for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
      const end = at + acronym.length;
      if ((at > 0 && WORD_CHAR.test(text[at - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
      added.push({ groupId, start: at, end, alias: acronym });
    }
  }
  return added.length === 0 ? (mentions as Mention[]) : mergeMentions(mentions, added);
}
