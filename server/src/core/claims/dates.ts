/**
 * The event date a claim sentence gives, as written: "3 March 2021", "last Tuesday", "Monday",
 * "December". Only dates introduced by "on", "in", "last" or "overnight" count; "since 2020",
 * "until 31 August" and founding years describe other times.
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DATE = new RegExp(
  [
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

export function findDate(sentence: string): string | null {
  DATE.lastIndex = 0;
  const m = DATE.exec(sentence);
  if (!m) return null;
  const found = m.slice(1).find((g) => g !== undefined) ?? null;
  return found ? found.replace(/'s$/, '') : null;
}
