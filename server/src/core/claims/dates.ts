/**
 * The event date a claim sentence gives, as written: "3 March 2021", "last Tuesday", "Monday",
 * "December". Only dates introduced by "on", "in", "last" or "overnight" count; "since 2020",
 * "until 31 August" and founding years describe other times.
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "Friday's bombing": the event's own day, preferred over when it was reported. */
const EVENT_DAY = new RegExp(`\\b(${WEEKDAY})['’]s (?:[\\w-]+ ){0,2}?(?:attacks?|bombings?|blasts?|assault|ambush|raid|explosions?|shooting|massacre|killings?)\\b`);
const DATE = new RegExp(
  [
    `\\b[Ii]n (?:the )?((?:early |late )?(?:spring|summer|autumn|fall|winter)(?: of \\d{4})?)\\b`,
    `\\b(?:[Oo]n|[Ii]n) (?:the night of )?(\\d{1,2} ${MONTH}(?: \\d{4})?|${MONTH} \\d{1,2}(?:, \\d{4})?)\\b`,
    `\\b((?:[Ll]ast|[Tt]his) (?:${WEEKDAY}|week|month|weekend))\\b`,
    `\\b[Oo]n (${WEEKDAY}(?: (?:morning|afternoon|evening|night))?)\\b`,
    `\\b[Ii]n ((?:early |late |mid-)?${MONTH}(?: \\d{4})?)\\b`,
    `\\b(?:the|[Ii]ts|[Tt]heir) (${MONTH} \\d{4}) (?:attacks?|bombings?|assault|massacre|raid|siege|killings?)\\b`,
    `\\b(overnight|yesterday|today|this morning|last night)\\b`,
    `\\b(${WEEKDAY}'s)\\b`,
  ].join('|'),
  'g',
);

/**
 * `before`: dates at or after this offset belong to the attribution ("…, officials said on
 * Monday") and are not the event's.
 */
export function findDate(sentence: string, before = sentence.length): string | null {
  // The earliest date in the claim part wins; "Friday's bombing" counts as a date.
  const day = EVENT_DAY.exec(sentence);
  DATE.lastIndex = 0;
  for (let m = DATE.exec(sentence); m && m.index < before; m = DATE.exec(sentence)) {
    if (day && day.index < m.index) return day[1];
    // A date in a "since …" clause dates something else ("since the group ended a ceasefire in November").
    const clause = sentence.slice(Math.max(0, sentence.lastIndexOf(',', m.index) + 1), m.index);
    if (/\bsince\b/i.test(clause)) continue;
    const found = m.slice(1).find((g) => g !== undefined) ?? null;
    if (found) return found.replace(/['’]s$/, '');
  }
  return day && day.index < before ? day[1] : null;
}
