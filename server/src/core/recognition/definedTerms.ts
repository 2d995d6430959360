/**
 * Labels a document defines for a group: "Khawarij is the label the state has used since last year
 * for fighters of the banned Tehreek-e-Taliban Pakistan", "… of the Khawarij," a term the government
 * uses for al-Shabaab", "the Khawarij [a reference to the rival Islamic State Sahel Province]".
 * States and rival groups call a group by an epithet that means a different group in another country
 * (the same "khawarij" is the TTP in Pakistan, ISKP in Afghanistan, al-Shabaab in Somalia), so no
 * gazetteer can list it; the document that explains it says which. A capitalised word defined so
 * names that group wherever the document uses it, in any case ("twelve khawarij were killed"), as a
 * whole word outside recognised names; not where the document defines it for two groups.
 */
import type { Mention } from './groupMatcher';
import { insideMention, mergeMentions } from './shortNames';
import { firstStartingAt } from '../text/positions';

/** "term", "label", "name", "epithet" … after "X is a / the", "X, a": the definition's noun. */
const TERM = /\b(?:term|label|name|epithet|word|pejorative)\b/g;
/** Before the noun: the word defined, a closing quote or comma, "is"/"was", an article, two words at most. */
const DEFINED_BEFORE = /(\p{Lu}[\p{L}'’-]{3,})["”’']?,?["”’']?\s+(?:is\s+|was\s+|has\s+become\s+)?(?:also\s+|simply\s+|now\s+)?(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** After the noun, up to the group: "the state has used since last year for fighters of the banned ". */
const FOR_GROUP = /^(?:\s+(?:that|which))?(?:\s+[\p{L}\p{N}'’-]+){0,8}?\s+(?:for|to describe|to refer to|to denote|applied to)(?:\s+[\p{L}-]+){0,4}?\s+$/u;
/** "X [a reference to Y]", "X (a reference to Y)": an editor's gloss right after the word, up to the group. */
const GLOSS = /(\p{Lu}[\p{L}'’-]{3,})["”’']?\s*[[(](?:a |an |the )?(?:reference|referring) to (?:the )?(?:[\p{L}-]+\s+){0,3}?$/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** The mentions with every use of the document's defined labels added, in document order. */
export function withDefinedTerms(text: string, mentions: readonly Mention[]): Mention[] {
  if (mentions.length === 0) return mentions as Mention[];
  let defined: Map<string, string | null> | undefined;
  const define = (word: string, groupId: string) => {
    defined ??= new Map();
    const key = word.toLowerCase();
    const before = defined.get(key);
    defined.set(key, before === undefined || before === groupId ? groupId : null);
  };
  TERM.lastIndex = 0;
  for (let t = TERM.exec(text); t; t = TERM.exec(text)) {
    const before = DEFINED_BEFORE.exec(text.slice(Math.max(0, t.index - 60), t.index));
    if (!before) continue;
    const after = t.index + t[0].length;
    const next = firstMentionFrom(mentions, after);
    if (!next || next.start - after > 140 || !FOR_GROUP.test(text.slice(after, next.start))) continue;
    define(before[1], next.groupId);
  }
  // "the Khawarij [a reference to the rival Islamic State Sahel Province]": the gloss names the group.
  if (text.includes('reference to') || text.includes('referring to')) {
    for (const m of mentions) {
      const gloss = GLOSS.exec(text.slice(Math.max(0, m.start - 80), m.start));
      if (gloss) define(gloss[1], m.groupId);
    }
  }
  if (!defined) return mentions as Mention[];
  const lower = text.toLowerCase();
  const added: Mention[] = [];
  for (const [word, groupId] of defined as Map<string, string | null>) {
    if (groupId === null) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if ((at > 0 && WORD_CHAR.test(text[at - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
      if (firstMentionFrom(mentions, at)?.start === at || insideMention(mentions, at)) continue;
      added.push({ groupId, start: at, end, alias: text.slice(at, end) });
    }
  }
  return added.length === 0 ? (mentions as Mention[]) : mergeMentions(mentions, added);
}

/** The first mention that starts at or after `at` (mentions are in document order). */
function firstMentionFrom(mentions: readonly Mention[], at: number): Mention | undefined {
  return mentions[firstStartingAt(mentions, at)];
}

