/**
 * What a text says a person is, read around one mention: a title in the name as written
 * ("Interior Minister Ahmed Farah Gure"), a role just before it ("TTP spokesman Mohammad
 * Khurasani", "the researcher Lina Haidari") or an apposition just after it ("Sirajuddin Haqqani,
 * the Taliban's interior minister,"). Short phrases, as written; linear-time patterns anchored at
 * the mention, over at most a few dozen characters of text.
 */
import { withoutTitles } from './identity';

const ROLE_NOUN = String.raw`(?:spokes(?:man|woman|person)|leader|chief|commander|founder|co-founder|deputy|emir|amir|minister|analyst|researcher|expert|official|officer|director|head|governor|envoy|ambassador|president|secretary|correspondent|reporter|editor|cleric|scholar|ideologue|financier|facilitator|recruiter|negotiator|mediator|adviser|advisor|general|colonel|superintendent|inspector|commissioner|professor|lecturer|fellow|member)`;

/** A role phrase ending right before the name: up to three capitalised or lower-case words, then a role noun. */
const BEFORE = new RegExp(String.raw`(?:^|[\s("“‘])((?:[\p{L}'’-]+\s){0,3}${ROLE_NOUN})\s+$`, 'u');
/** ", the Taliban's interior minister," / ", a researcher at the Kabul Institute," right after the name. */
const AFTER = new RegExp(String.raw`^,\s+(?:the|a|an)\s+([^,.;:!?"“”()\n]{2,70}?)\s*(?:[,.;:)]|\s(?:said|says|told|added|wrote|who|which|believes|thinks|argues)\b)`, 'u');
const LEADING_WORDS = /^(?:the|a|an|said|says|told|and|but|of|by|with|to|for|as)\s+/i;
const ROLE_IN_PHRASE = new RegExp(ROLE_NOUN, 'iu');

function tidy(phrase: string): string {
  let p = phrase.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 4 && LEADING_WORDS.test(p); i++) p = p.replace(LEADING_WORDS, '');
  return p;
}

/**
 * Roles around the mention [start, end) of `text`, at most three, as written and without
 * duplicates. `written` is the mention's text (its title is a role too).
 */
export function rolesAround(text: string, start: number, end: number, written = text.slice(start, end)): string[] {
  const roles: string[] = [];
  const add = (role: string) => {
    const r = tidy(role);
    if (r.length >= 3 && r.length <= 70 && !roles.some((x) => x.toLowerCase() === r.toLowerCase())) roles.push(r);
  };
  const bare = withoutTitles(written);
  if (bare !== written && written.endsWith(bare)) add(written.slice(0, written.length - bare.length));
  const before = text.slice(Math.max(0, start - 60), start);
  const b = BEFORE.exec(before.split(/[.!?;\n]\s/).pop() ?? before);
  if (b) add(b[1]);
  const a = AFTER.exec(text.slice(end, end + 90));
  if (a && ROLE_IN_PHRASE.test(a[1])) add(a[1]);
  return roles.slice(0, 3);
}
