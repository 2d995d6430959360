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
import type { DocumentPeople } from '../../people/people';
import type { DocumentModel } from '../../text/document';

const FORM_NAME = /(?:^|\n)[ \t]*(?:Name(?: of (?:the )?(?:witness|deponent|interviewee))?|Witness|Deponent|Interviewee)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,4})[ \t]*(?=\n|$)/u;
const INTRODUCING = /\b(?:in conversation with|interview(?:ed)? with|talks? to|spoke to|speaking to|Q&A with|questions? (?:to|for))\s+$/i;
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
