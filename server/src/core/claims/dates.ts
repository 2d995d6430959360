/**
 * The event date a claim sentence gives, as written: "3 March 2021", "last Tuesday", "Monday",
 * "December". Only dates introduced by "on", "in", "last" or "overnight" count; "since 2020",
 * "until 31 August" and founding years describe other times.
 */
import * as chrono from 'chrono-node';
import { firstFullDate, monthNumber } from '../text/datelines';
import { GatedPattern } from '../text/gatedPattern';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "Friday's bombing": the event's own day, preferred over when it was reported. */
const EVENT_DAY = new RegExp(`\\b(${WEEKDAY})['’]s (?:[\\w-]+ ){0,2}?(?:attacks?|bombings?|blasts?|assault|ambush|raid|explosions?|shooting|massacre|killings?)\\b`);
const DATE = new RegExp(
  [
    `\\b[Ii]n (?:the )?((?:early |late )?(?:spring|summer|autumn|fall|winter)(?: of \\d{4})?)\\b`,
    `\\b(?:[Oo]n|[Ii]n) (?:the night of )?(\\d{1,2} ${MONTH}(?: \\d{4})?|${MONTH} \\d{1,2}(?:, \\d{4})?)\\b`,
    `\\b((?:[Ll]ast|[Tt]his) (?:${WEEKDAY}|week|month|weekend|year))\\b`,
    `\\b[Oo]n (${WEEKDAY}(?: (?:morning|afternoon|evening|night))?)\\b`,
    `\\b[Ii]n ((?:early |late |mid-)?${MONTH}(?: \\d{4})?)\\b`,
    `\\b(?:the|[Ii]ts|[Tt]heir) (${MONTH} \\d{4}) (?:attacks?|bombings?|assault|massacre|raid|siege|killings?)\\b`,
    `\\b(overnight|yesterday|today|this morning|last night)\\b`,
    `\\b(${WEEKDAY}'s)\\b`,
    // A bare year last: "announced a ceasefire in 2022" (founding years are background, skipped below).
    `\\b[Ii]n (\\d{4})\\b(?!-)`,
    // "since January, when 16 soldiers were killed": the when-clause happened then.
    `\\b[Ss]ince ((?:early |late |mid-)?${MONTH}(?: \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?|${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{4})(?=, when\\b)`,
    // "in its July report", "the 2024 assessment": an estimate dated by the report that gives it.
    `\\b(?:its|their|the|a|an) (?:latest |last |most recent |new )?(${MONTH}(?: \\d{4})?|\\d{4}) (?:report|assessment|estimate|update|survey|review|briefing|study|census)\\b`,
  ].join('|'),
  'g',
);

/** DATE tried only where its first words are ("in", "on", "last", a weekday …: text/gatedPattern.ts). */
export const DATE_MATCHES = new GatedPattern(DATE);

/** A date in a list item's tag ("**Kunduz (29 July):**", "Bannu (last Thursday):"), which dates the item's events. */
const TAG_DATE = new RegExp(`\\b(\\d{1,2} ${MONTH}(?: \\d{4})?|${MONTH} \\d{1,2}(?:, \\d{4})?|(?:[Ll]ast |[Tt]his )?${WEEKDAY}|[Yy]esterday|[Ll]ast (?:week|weekend|month))\\b`);
/** The date a list item's tag gives, as written, or null. */
export function tagDate(tag: string): string | null {
  return TAG_DATE.exec(tag)?.[1] ?? null;
}

/** "which split from Boko Haram", "who was founded": a relative clause telling a group's history. */
const BACKGROUND_RELATIVE = /\b(?:which|who)\s+(?:had\s+|has\s+)?(?:split|broke away|emerged|was founded|was formed|was set up|rejoined|merged|pledged allegiance|was designated|was banned|was proscribed|was listed|was created|was established|broke off)\b[^,;.]{0,60}$/i;

/**
 * `before`: dates at or after this offset belong to the attribution ("…, officials said on
 * Monday") and are not the event's.
 */
export function findDate(sentence: string, before = sentence.length, skip?: { start: number; end: number }): string | null {
  // The event's own day wins ("the toll rose on Wednesday after Monday's bombing" is Monday's);
  // else the earliest date in the claim part.
  const day = EVENT_DAY.exec(sentence);
  if (day && day.index < before && !(skip && day.index >= skip.start && day.index < skip.end)) return day[1];
  for (let m = DATE_MATCHES.exec(sentence); m && m.index < before; m = DATE_MATCHES.exec(sentence, m.index + m[0].length)) {
    // A date inside the speaker's description ("a commander who surrendered last month") is not the event's.
    if (skip && m.index >= skip.start && m.index < skip.end) continue;
    if (m[9] !== undefined && /\b(?:founded|formed|established|created|born|emerged|joined|since|until|from)\s*$/i.test(sentence.slice(Math.max(0, m.index - 25), m.index))) continue;
    const lead = sentence.slice(Math.max(0, m.index - 90), m.index);
    // A relative clause of background ("ISWAP, which split from Boko Haram in 2016, is estimated to have …") dates the group, not the claim.
    if (BACKGROUND_RELATIVE.test(lead)) continue;
    // A date in a "since …" clause dates something else ("since the group ended a ceasefire in November").
    const clause = sentence.slice(Math.max(0, sentence.lastIndexOf(',', m.index) + 1), m.index);
    if (/\bsince\b/i.test(clause)) continue;
    const found = m.slice(1).find((g) => g !== undefined) ?? null;
    if (found) return found.replace(/['’]s$/, '');
  }
  return day && day.index < before ? day[1] : null;
}

/**
 * A measurement seam (bench/nlp-libraries.mjs): how many dates reached chrono-node, and a switch to
 * resolve without it. The analysis never turns it off.
 */
export const dateResolution = { chrono: true, chronoCalls: 0 };

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

/**
 * The written event date resolved against the document's date (ISO): an ISO day when the text
 * fixes one ("3 March 2021", "Monday", "last Tuesday", "yesterday"), a month ("in December" →
 * the most recent December, "June 2022") or a year ("in the spring", "so far this year", "last
 * year"); null when neither the text
 * nor the document's date fixes it. A bare weekday is the most recent one on or before the
 * document's date; "last <weekday>" the one before that when the document's date is that weekday.
 * chrono-node parses what the simple forms do not cover; it runs only on a date the sentence has.
 */
export function resolveDate(written: string | null, documentDate: string | null): string | null {
  if (!written) return null;
  const w = written.toLowerCase().replace(/['’]s$/, '').trim();
  const explicitYear = /\b(1[89]\d\d|20\d\d)\b/.exec(w);
  if (!documentDate && !explicitYear) return null;
  const ref = documentDate ?? `${explicitYear![1]}-01-01`;
  const refDay = new Date(`${ref}T12:00:00Z`).getUTCDay();
  const weekday = /^(?:(last|this) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/.exec(w);
  if (weekday && documentDate) {
    let back = (refDay - WEEKDAYS.indexOf(weekday[2]) + 7) % 7;
    if (weekday[1] === 'last' && back === 0) back = 7;
    return addDays(documentDate, -back);
  }
  if (documentDate && /^(?:today|this morning|overnight|tonight|this evening)$/.test(w)) return documentDate;
  if (documentDate && /^(?:yesterday|last night)$/.test(w)) return addDays(documentDate, -1);
  if (/^(?:1[89]|20)\d\d$/.test(w)) return w;
  if (documentDate && w === 'this year') return documentDate.slice(0, 4);
  if (documentDate && w === 'last year') return String(Number(documentDate.slice(0, 4)) - 1);
  if (documentDate && /^(?:this|last) (?:week|weekend|month)$/.test(w)) {
    if (w === 'this month') return documentDate.slice(0, 7);
    if (w === 'last month') return addDays(`${documentDate.slice(0, 7)}-01`, -1).slice(0, 7);
    return w.startsWith('this') ? documentDate : addDays(documentDate, -7);
  }
  if (/\b(?:spring|summer|autumn|fall|winter)\b/.test(w)) return explicitYear ? explicitYear[1] : ref.slice(0, 4);
  // A written day: "3 March 2021" as it is; "3 March" in the most recent such day on or before the document's.
  const full = firstFullDate(written);
  if (full) return full;
  const dayMonth = /^(?:the night of )?(?:(\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|december)|(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2}))$/.exec(w);
  if (dayMonth && documentDate) {
    const day = Number(dayMonth[1] ?? dayMonth[4]);
    const month = monthNumber(dayMonth[2] ?? dayMonth[3]);
    const candidate = `${ref.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return candidate <= documentDate ? candidate : `${Number(ref.slice(0, 4)) - 1}${candidate.slice(4)}`;
  }
  const monthOnly = /^(?:early |late |mid-)?(january|february|march|april|may|june|july|august|september|october|november|december)(?: (\d{4}))?$/.exec(w);
  if (monthOnly) {
    const month = monthNumber(monthOnly[1]);
    const refYear = Number(ref.slice(0, 4));
    const year = monthOnly[2] ? Number(monthOnly[2]) : month > Number(ref.slice(5, 7)) ? refYear - 1 : refYear;
    return `${year}-${String(month).padStart(2, '0')}`;
  }
  dateResolution.chronoCalls++;
  if (!dateResolution.chrono) return null;
  const parsed = chrono.parse(written, new Date(`${ref}T12:00:00Z`), { forwardDate: false })[0];
  if (!parsed) return null;
  const start = parsed.start;
  const day = isoDay(start.date());
  if (start.isCertain('day')) return day;
  if (start.isCertain('month')) return day.slice(0, 7);
  if (start.isCertain('year')) return day.slice(0, 4);
  // Relative forms chrono fixes from the reference ("last week") are as good as the document's date.
  return documentDate ? day : null;
}
