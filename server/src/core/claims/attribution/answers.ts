/**
 * Who answers in an interview. Named labels are resolved by the document model ("JD:" is Jane
 * Doe); a role label ("SPOKESMAN:") takes the description the headline gives ("Islamic Emirate
 * spokesman's press conference" → "the Islamic Emirate spokesman"). Answers labelled "A:" belong
 * to the interviewee named outside the turns: in the headline or standfirst ("In conversation
 * with Jane Doe", "Jane Doe explains…"), described there ("The official spoke on condition of
 * anonymity" → "the official"), or in a closing line that reports the interview ("…, who gave his
 * name as Qari Hamid, said in an interview …") — that last one is resolved by the caller, once
 * speakers are known.
 */
import type { Mention } from '../../recognition/groupMatcher';
import type { DocumentPeople } from '../../people/people';
import type { DocumentModel } from '../../text/document';

const FORM_NAME = /(?:^|\n)[ \t]*(?:Name(?: of (?:the )?(?:witness|deponent|interviewee))?|Witness|Deponent|Interviewee)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,4})[ \t]*(?=\n|$)/u;
const INTRODUCING = /\b(?:in conversation with|interview(?:ed)? with|talks? to|spoke to|speaking to|Q&A with|questions? (?:to|for))\s+$/i;
/** The outlet's own people, who ask: "In November our correspondent Kamran Shahid was put in contact with …", "this reporter". */
const OWN_STAFF = /\b(?:our|this|the (?:paper|magazine|site|programme|station)['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:correspondent|reporter|editor|writer|interviewer|contributor|journalist|producer|presenter|stringer)\s*,?\s*$/iu;
const DESCRIBED = /^(?:The|An?|Our) ((?:[\p{L}-]+ ){0,3}?(?:official|commander|spokes(?:man|woman|person)|analyst|diplomat|officer|minister|leader|source|researcher|expert|fighter|member|militant|cleric|interviewee|guest))\b[^.]{0,60}?\b(?:spoke|speaks|talked|agreed to (?:speak|talk)|asked not to be named|was interviewed|answered|requested anonymity)/u;

/** The speaker a role label stands for: "SPOKESMAN" → "the Islamic Emirate spokesman" when the headline says whose. */
export function roleSpeaker(doc: DocumentModel, role: string): string {
  const lower = role.toLowerCase();
  return describedInHeadline(doc, lower) ?? `the ${lower}`;
}

/**
 * The interviewee of answers labelled "A:", named outside the turns, or null when the document
 * does not say (a closing line may still name them: see statements.ts).
 */
export function anonymousInterviewee(doc: DocumentModel, people: DocumentPeople): string | null {
  const interview = doc.interview;
  if (!interview || !interview.anonymousAnswers) return null;
  // The headline, standfirst and byline, and the paragraphs before the first turn.
  const firstTurn = doc.blocks.findIndex((b) => b.role === 'turn');
  const top = doc.blocks.filter((b, i) => b.role === 'headline' || b.role === 'standfirst' || b.role === 'byline' || (b.role === 'body' && i < firstTurn));
  // A record's header naming who answers: "Name: Rakesh Kumar Sharma", "Witness: …", "Deponent: …".
  for (const block of top) {
    const field = FORM_NAME.exec(doc.text.slice(block.contentStart, block.end));
    if (field) return field[1];
  }
  // A person named at the top, introduced as the one interviewed or as the subject of the headline.
  for (const block of top) {
    for (const p of people.mentions) {
      if (p.start < block.contentStart || p.end > block.end) continue;
      const before = doc.text.slice(block.contentStart, p.start);
      if (block.role === 'byline' && !INTRODUCING.test(before)) continue;
      // The outlet's correspondent who put the questions is not who answers them.
      if (OWN_STAFF.test(before.slice(-80))) continue;
      return people.entities[p.entity].name;
    }
  }
  for (const block of top) {
    for (const sentence of doc.text.slice(block.contentStart, block.end).split(/(?<=[.!?])\s+/)) {
      const m = DESCRIBED.exec(sentence.trim());
      if (m) return `the ${m[1].toLowerCase()}`;
    }
  }
  return null;
}

function describedInHeadline(doc: DocumentModel, role: string): string | null {
  for (const block of doc.blocks) {
    if (block.role !== 'headline' && block.role !== 'standfirst' && block.role !== 'byline') continue;
    const text = doc.text.slice(block.contentStart, block.end);
    const m = new RegExp(String.raw`((?:\p{Lu}[\p{L}-]*\s+){1,4})${role}(?:['’]s)?\b`, 'u').exec(text);
    if (m) return `the ${m[1].trim()} ${role}`;
  }
  return null;
}

/** A group's role after its name, as a headline or standfirst introduces the one interviewed: "a Jaish al-Adl field commander", "the TTP's spokesman". */
const GROUP_ROLE_AFTER = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:commander|spokes(?:man|woman|person)|emir|leader|chief|fighter|militant|member)\b/u;

/**
 * The group the interviewee of "A:" answers speaks for, when the top of the piece introduces them as
 * its member with an article ("“We are not a few bandits”: a Jaish al-Adl field commander speaks",
 * "An ISWAP commander answers our questions"): then "we" in the answers is that group. Null when the
 * top names no such role, or roles for two groups.
 */
export function intervieweeGroup(doc: DocumentModel, mentions: readonly Mention[]): string | null {
  const interview = doc.interview;
  if (!interview || !interview.anonymousAnswers) return null;
  const firstTurn = doc.blocks.findIndex((b) => b.role === 'turn');
  const found = new Set<string>();
  doc.blocks.forEach((b, i) => {
    if (!(b.role === 'headline' || b.role === 'standfirst' || (b.role === 'body' && i < firstTurn))) return;
    for (const m of mentions) {
      if (m.start < b.contentStart || m.end > b.end) continue;
      if (!/\b(?:an?|one)\s+$/i.test(doc.text.slice(Math.max(b.contentStart, m.start - 6), m.start))) continue;
      if (GROUP_ROLE_AFTER.test(doc.text.slice(m.end, Math.min(b.end, m.end + 40)))) found.add(m.groupId);
    }
  });
  return found.size === 1 ? [...found][0] : null;
}
