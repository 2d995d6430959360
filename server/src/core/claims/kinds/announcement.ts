/**
 * Announcements by a group: declared, announced, unveiled, vowed, proclaimed, named a new …,
 * appointed, launched a campaign (or a magazine, a channel, a unit), called, ended or extended a
 * ceasefire, called it off, "named X as (the) head of …", "named X, a long-time commander of …, as his
 * successor", "named X to replace him", "identified the new leader as X", "confirmed the death of its
 * leader", "named a successor", a renaming ("rebranded itself as", "changed its name"), a merger ("merged
 * to form"), and a truce in the group's own words ("said its fighters would halt operations"). An announcement inside a
 * relative clause ("the TTP, which announced a ceasefire in June 2022, …") is the group's too: the
 * group the clause hangs on made it.
 */
import { ClaimSentence, GroupItem, KindFinding, clauseAt, groupsAfter, groupsBefore, outsideAttribution } from '../sentence';
import { asserted } from './lexicon';

const NEW = String.raw`(?:a |an |its |their )?new`;
/** What a group forms: a unit, wing, branch… (not "new problems"). */
const BODY = String.raw`(?:units?|wings?|branch(?:es)?|battalions?|brigades?|groups?|factions?|fronts?|provinces?|councils?|shura|cells?|divisions?|committees?|forces?|media (?:arm|wing|outlet)|outlets?|chapters?|katibas?|katibat|commands?|alliances?|coalitions?|organi[sz]ations?|movements?|squads?)`;
/** Whom a group chooses: an emir, a leader… */
/** Also the Islamic State's and the Taliban's titles: a province's wali, a deputy's naib. */
const LEADER = String.raw`(?:emir|amir|ameer|leaders?|chief|head|commanders?|spokes(?:man|person)|deputy|governors?|caliph|council|walis?|naib)`;
/**
 * What a group says it will do, in its own or its spokesman's words: "an al-Shabaab spokesman said the group
 * would close every road into Baidoa", "said JNIM would stop any truck …". The words between the verb and
 * "would" are checked to be the group or a stand-in for it (FUTURE_SUBJECT); "would be" and "would have" are
 * predictions, not undertakings.
 */
const FUTURE = String.raw`(?:said|says|warned|stated|added) (?:that )?((?:[\w'’-]+ ){1,4}?)(?:would|will) (?!be\b|have\b|not be\b|likely\b)(?:no longer |henceforth |now |soon |continue to |also )?[a-z]{3,}`;
const FUTURE_SUBJECT = /^(?:the (?:group|movement|organi[sz]ation|outfit|faction|militants|insurgents)|it|they|(?:its|their) (?:fighters|mujahideen|men|forces|members|cadres))\s*$/;
const FUTURE_VOICE = /\b(?:spokes(?:man|woman|person)|leader|commander|emir|ameer|amir|chief|deputy|statement|message|audio|video|post|communiqu[eé]|recording|speech|sermon|broadcast)\b/;
/**
 * A truce the group says it will not extend or renew: "said it would not extend the ceasefire beyond 9 December", in
 * its own words "We will not extend any truce while the operations continue" (a refusal is an announcement too).
 */
const NO_TRUCE = String.raw`(?:(?:said|says|announced|declared|warned|stated) (?:that )?)?(?:we|it|they|the group|the movement) (?:would|will|shall) (?:not|no longer) (?:extend|renew|prolong) (?:the |its |their |our |any |a )?(?:[\w-]+ ){0,2}?(?:ceasefire|truce)`;
/** Before a nominal announcement: its group's possessive, an adjective at most ("the Islamic State’s announcement of"). */
const NOMINAL_OWNER = /^(?:['’]s?)?\s+(?:(?:formal|official|surprise|sudden|latest|first|unilateral|public|own)\s+)?$/;
const ANNOUNCEMENT = new RegExp(
  String.raw`\b(?:${NEW} (?:[\w-]+ )?${LEADER}\b[^,.;"“”]{0,50}? (?:was|were|has been|had been|is) (?:named|appointed|announced|chosen|unveiled|introduced|identified|proclaimed)|${NO_TRUCE}|${FUTURE}|(?:announcement|declaration|proclamation) of (?!responsibility\b)|announc(?:e|ed|es|ing)|declar(?:e|ed|es|ing)|unveil(?:ed|s|ing)?|vow(?:ed|s|ing)|proclaim(?:ed|s|ing)?|pledg(?:ed|es)|pledge of allegiance|threaten(?:ed|s)|name[sd]? ${NEW}|(?:appoint(?:ed|s)?|install(?:ed|s)?) ${NEW}|(?:named|naming|appointed|appointing|appoints|names|chose|chosen|selected|elected) [^,.;]{3,60}?(?:,[^.;]{3,90}?,)? as (?:(?:its|their|the group['’]s|the|his|her) )?(?:new )?(?:[\w'’-]+ )?["“‘']?(?:${LEADER}|successor)|(?:named|naming|appointed|appointing|chose|chosen|picked|selected|elected) [^,.;]{3,80}? to (?:replace|succeed) (?:him|her|the|its|his|their)|(?:named|appointed|picked|selected|chose) [^,.;]{3,60}? to (?:head|lead|command) (?:its|their|the group['’]s|the new) |(?:formed|forged|sealed|announced) (?:an|a new|a) (?:[\w-]+ )?alliance with|(?:was|were|has been|had been) (?:named|appointed|chosen|elected|selected) (?:as )?(?=(?:the )?[^,.;]{2,60}?['’]s (?:new )?(?:[\w-]+ )?${LEADER}\b)|identif(?:ied|ies|y) (?:the|its|their|a|(?:the )?[\w-]+['’]s) (?:new )?(?:${LEADER}|successor)(?: (?:of|for) (?:the )?[\w'’-]+(?: [\w'’-]+){0,2}?)? as|confirm(?:ed|s)? the (?:death|killing|martyrdom) of (?:its|their|the group['’]s) (?:[\w-]+ ){0,2}?${LEADER}|confirm(?:ed|s)? the appointment of|(?:was|were|has been|had been) (?:chosen|named|appointed|selected|elected|picked) to (?:lead|head|command) |(?:named|appointed|names|appoints) [^,.;]{3,60}? (?:its|their|the group['’]s) (?:new )?(?:[\w-]+ )?${LEADER}|(?:has|had|have) been (?:chosen|named|appointed|elected|selected) (?:as )?(?:(?:its|their|the group['’]s|the) )?new (?:[\w-]+ )?${LEADER}|(?:was|were|is|has been|had been) (?:named|appointed|chosen|elected|selected|announced) (?:as )?(?:the |its )?(?:new )?(?:[\w-]+ )?["“‘']?(?:${LEADER})["”’']? (?:of|for)\b|(?:was|were|has been|had been) (?:chosen|named|appointed|elected|selected) (?:as [^,.;]{1,30} )?by (?:the |its )?(?:[\w-]+ ){0,2}?(?:shura|council|leadership|leaders|commanders|majlis)(?: (?:council|shura))?(?: (?:of|for)(?= ))?|(?:was|were|has been|had been) (?:named|appointed|chosen|elected|selected|installed) (?:as )?(?:the |its |their )?(?:new )?["“‘']?(?:emir|amir|ameer|caliph|wali|naib)["”’']?(?! (?:of|for)\b)|(?:dissolved|disbanded) itself|sw(?:ore|orn|ears?|earing) (?:allegiance|loyalty|an oath of allegiance|bay['’]?ah)|agreed (?:to )?(?:a|an|the) (?:[\w-]+ ){0,2}?(?:ceasefire|truce)|(?:identified|named|announced|chose|appointed) (?:a|its|the|his|their) (?:successor|replacement)|(?:would|will) ["“‘']?(?:halt|suspend|cease|stop|observe|respect|abide by|refrain from) ["“‘']?(?:all |its |their |a |the )?(?:[\w-]+ ){0,2}?(?:operations|attacks|hostilities|fighting|ceasefire|truce|action|actions|activities)|(?:has |have |had )?decided to (?:halt|suspend|cease|stop|extend|end|observe) (?:all |its |their |a |the )?(?:[\w-]+ ){0,2}?(?:operations|attacks|hostilities|fighting|ceasefire|truce)|(?:said|says|say|announced|announces|announce|confirmed|declared) (?:that )?[^.;:"“”]{0,60}?\b(?:has|have|had) (?:now |formally |officially )?(?:rejoined|returned to|re-?united with|merged (?:into|with))|(?:formed|forms|set up|sets up|established|establishes|created|creates) ${NEW} (?:[\w-]+ )?${BODY}|(?:formation|creation|establishment) of (?:a |an |its |their )?(?:new )?(?:[\w-]+ )?${BODY}|(?:chose|chosen|selected|elected) ${NEW} (?:[\w-]+ )?${LEADER}|launch(?:ed|es) (?:what (?:it|they|the group) (?:called|calls|dubbed|termed|described as|named) )?(?:a |an |its |their |the )?["“‘']?(?:new|campaign|offensive|operation|(?:[\w-]+ ){0,2}?(?:magazine|newsletter|channel|radio station|radio|outlet|publication|website|campaign|offensive|${BODY}))|(?:called|calls|calling|ended|ends|ending|extended|extends|extending|scrapped|scraps|scrapping|abandoned|abandons|revoked|revokes|withdrew from|withdraws from|pulled out of|pulls out of) (?:a |an |its |their |the )?(?:[\w-]+ ){0,2}?(?:ceasefire|truce)|called off|issu(?:ed|es) (?:a |an |its |their )?(?:new |revised |fresh |(?:[\w-]+-point )?)(?:code of conduct|decree|edict|fatwa|directive|ultimatum|set of rules|guidelines|rules for)|rebrand(?:ed|s)\b|renam(?:ed|es) itself|renam(?:ed|es) (?:its|their) (?:[\w'’-]+ ){0,2}?(?:magazine|newsletter|channel|radio station|radio|outlet|publication|website|${BODY})|changed its name|merged (?:[^,.;]{1,30}? )?to form|joined forces (?:with|under|to form)|(?:said|says|announced|confirmed|declared)\s+(?:(?:on|in|last)\s+(?:\d{1,2}\s+|an?\s+)?[a-z]+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:merged|united)\s+(?:(?:its|their)\s+(?:[\w'’-]+\s+){1,5}?)?(?:with|into)|(?:ceasefire|truce)\s+(?:is|was|has\s+been|had\s+been)\s+(?:over|ended|at\s+an\s+end|called\s+off|suspended|extended)|(?:ceasefire|truce)\s+(?:will|would|shall)\s+(?:continue|remain\s+in\s+(?:force|place|effect)|be\s+extended)|order(?:ed|ing|s)\s+(?:all\s+)?(?:(?:its|their)\s+(?:[\w-]+\s+)?(?:fighters|mujahideen|militants|men|members|cadres|units)|(?:fighters|mujahideen|militants|cadres))\s+to\s+(?:resume|carry\s+out|stage|launch|step\s+up|halt|stop|cease|suspend)|(?:are|were|have\s+been|had\s+been)\s+ordered\s+to\s+(?:resume|halt|stop|cease|suspend)|decree(?:d|s)|impos(?:ed|es) (?:a |an |its |their )?(?:new )?(?:[\w-]+ ){0,2}?(?:ban|blockade|curfew|tax|levy|levies|jizya|embargo|toll)|extend(?:ed|s) (?:a |an |its |their |the group['’]s |the )?(?:[\w-]+ ){0,2}?(?:ban|blockade|curfew|embargo)\b|(?:extended|extends|renewed|renews) it\b|confirm(?:ed|s)? (?:that )?(?:its |their |the group['’]s |the [\w'’-]+(?: [\w'’-]+)?['’]s? )(?:[\w-]+ ){0,2}?${LEADER}(?:,[^,;]{1,60},)? (?:had been|has been|was|were) (?:killed|martyred|assassinated)|\b(?:confirmed|ended|extended))\b`,
  'g',
);
/** Present forms: a habit outside headlines, unless the group's own words or document speak ("We announce", "The statement also announces"). */
const PRESENT = /^(?:decrees|imposes|installs|issues|scraps|abandons|revokes|withdraws|pulls|announces?|declares?|unveils?|vows|proclaims?|pledges|threatens|names|appoints|forms|sets up|establishes|creates|launches|calls|ends|extends|rebrands|renames|confirms|identif(?:ies|y))\b/;
/** A subject standing for the group the passage is about: "it", "they", "we", "the statement", "its video". */
const STAND_IN = /(?:^|[\s,])(?:it|they|we|the (?:(?:same|latest|new|second|first|separate|final) )?(?:statement|video|message|communiqu[eé]|pamphlet|audio(?: message)?|post|leadership|surviving members|militants|fighters)|its (?:statement|video|message|leadership|leaders|members|fighters)|their (?:statement|video|leaders|members)|(?:an?|the|its|their) (?:[\w-]+ )?(?:statement|video|message|post|audio message|communiqu[eé]|editorial|article|notice|leaflet|letter|recording) (?:(?:posted|published|released|issued|carried|circulated|shared|read out) )?(?:on|in|from|by|through|via) [\w'’-]+(?: [\w'’-]+){0,2}?)(?:,[^,;]{1,70},)?\s+(?:(?:has|have|had|also|then|later|now|again|publicly|formally|officially|recently|swiftly|quickly|on \w+|in \w+)\s+){0,3}$/;
const OWN_VOICE = /(?:^|[\s,])(?:we|the (?:(?:same|latest|new|second|first|separate|final) )?(?:statement|video|message|communiqu[eé]|pamphlet|audio(?: message)?|post)|its (?:statement|video|message))(?:,[^,;]{1,70},)?\s+(?:(?:also|hereby|now|formally|officially)\s+){0,2}$/;

/** A group's own outlet by name as a clause's subject: "al-Naba", "its Amaq agency", "the group's Umar Media". */
const OUTLET_SUBJECT = /(?:^|[\s,])((?:(?:its|their|the\s+group['’]s)\s+)?(?:al-naba|naba|amaq|az-zallaqa|al-zallaqa|umar\s+media|al-kataib|shahada|al-hijrah|al-furqan|al-andalus|khilafah\s+news)(?:\s+(?:news\s+)?(?:agency|newsletter|weekly|media|foundation|channel))?)(?:\s*,[^,;]{1,70},)?\s+(?:(?:has|have|had|also|then|later|now|on\s+\w+)\s+){0,2}$/;

/** A speaker that is a document carrying the group's words: a pamphlet, a statement, a video … */
const MEDIUM_SPEAKER = /\b(?:pamphlets?|statements?|videos?|messages?|posts?|communiqu[eé]s?|audio|recordings?|leaflets?|letters?|posters?|newsletters?|magazines?|channels?|websites?|broadcasts?|night letters?)\b/i;

/** An opening phrase naming the medium: "In a video announcing …", "Through a statement declaring …". */
const OPENING_MEDIUM = /^(?:in|on|through|via)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|video|message|post|audio|communiqu[eé]|pamphlet|speech|recording|broadcast)\s+$/;

/** What a relative clause announces: a truce, a death, an appointment … named just before "which"/"that" and the group. */
const ANNOUNCED_BEFORE = /\b(?:ceasefire|truce|death|killing|martyrdom|appointment|election|merger|campaign|offensive|formation|creation|pledge|allegiance|blockade|ban)\b[^.;]{0,60}?,?\s*(?:which|that)\s+(?:the\s+(?:group|movement|faction|organi[sz]ation|outfit)|it|they|[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+(?:(?:later|then|had|has)\s+)?$/u;

/** Who pledges for a body, not for themselves: commanders, fighters, a faction … ("He pledged allegiance" is one man's). */
const PLEDGING_BODY = /\b(?:commanders|fighters|members|militants|factions|groups|cells|units|men|leaders|cadres|bands|jihadists|insurgents|clans|tribes|communities|elders|(?:a|one|another|the)\s+(?:[\w-]+\s+){0,2}?(?:faction|group|cell|unit|splinter|wing|network))\b/;

/** Only auxiliaries and adverbs between a subject and its verb. */
const SUBJECT_GAP = /^(?:['’]s)?\s+(?:(?:has|have|had|also|then|later|now|again|publicly|formally|officially|recently|on \w+|last \w+)\s+){0,3}$/;

export function findAnnouncement(s: ClaimSentence): KindFinding[] {
  // A sentence opening on a past year still announces ("In 2023, JNIM fighters announced a blockade of
  // Djibo"): only standing-fact phrasing ("was founded in") is background here.
  if (!s.maybe.announcement || s.backgroundPhrase) return [];
  const found: KindFinding[] = [];
  const seen = new Set<string>();
  let last: { subject: string | null; claimant: string | null; ownVoice: boolean; agent: boolean } | null = null;
  /** Where the last announcing verb ended (-1 before the first). */
  let lastEnd = -1;
  /** The last announcing phrase held its object ("renamed its women's magazine"), not a bare verb. */
  let lastWords = false;
  let lastConfirm = false;
  ANNOUNCEMENT.lastIndex = 0;
  for (let a = ANNOUNCEMENT.exec(s.lower); a; a = ANNOUNCEMENT.exec(s.lower)) {
    const head = s.lower.slice(0, a.index);
    // "… since the group ended a ceasefire in November" dates something else; it is not announced here.
    // A since-clause ends at a comma: "… since then, and has declared the highway a war zone" announces.
    if (/\bsince\s+(?:[^\s,;]+\s+){0,4}$/.test(head) && !/\b(?:has|have|had)\s+since\s+$/.test(head)) continue;
    // "has repeatedly announced ceasefires and broken them": a habit, not one announcement.
    if (/\b(?:repeatedly|regularly|routinely|often|frequently|sometimes|usually)\s+(?:\w+\s+)?$/.test(s.lower.slice(Math.max(0, a.index - 30), a.index))) continue;
    // "it has not announced a new emir": nothing was announced.
    if (/\b(?:not|never|no longer|yet to)\s+(?:\w+\s+)?$/.test(s.lower.slice(Math.max(0, a.index - 24), a.index))) continue;
    // "the death of the previous wali …, which the group confirmed", "a ceasefire …, which it ended after 10
    // days": a relative clause whose object is what was announced, and whose subject is the group.
    if (/^(?:confirmed|ended|extended|called\s+off)$/.test(a[0]) && !ANNOUNCED_BEFORE.test(head)) continue;
    // "announced the end of the ceasefire … and ordered its fighters to resume attacks": the order is part of
    // the announcement before it, an announcement of its own only when the sentence made none.
    if (/ordered\s+to|^order/.test(a[0]) && lastEnd >= 0) continue;
    // "The Islamic State’s announcement of a separate “Pakistan province”", "the group’s declaration of a blockade": a
    // nominal announcement is the group's only when the group is its possessive, right before it.
    const nominal = /^(?:announcement|declaration|proclamation) of/.test(a[0]);
    const owner = nominal ? [...groupsBefore(s, a.index)].reverse().find((it) => NOMINAL_OWNER.test(s.lower.slice(it.end, a!.index))) : undefined;
    if (nominal && !owner) continue;
    // "… declared an Eid truce, and the TTP extended it three times": "it" is the truce the sentence named before.
    if (/^(?:extended|extends|renewed|renews) it$/.test(a[0]) && !/\b(?:ceasefire|truce)\b/.test(head)) continue;
    // "announced its responsibility for the ambush": a claim of responsibility (responsibility.ts), not an announcement.
    if (/^(?:announc|declar|proclaim)/.test(a[0]) && /^\s+(?:its\s+|their\s+|full\s+)?responsibility\b/.test(s.lower.slice(a.index + a[0].length, a.index + a[0].length + 30))) continue;
    // "said the group would close every road": the group (or a stand-in for it) must be what "would" is said of,
    // and a group must speak (checked below: a group before the verb).
    const future = a[1] !== undefined ? a[1].trim() : null;
    if (future !== null && !FUTURE_SUBJECT.test(future) && !s.items.some((it) => !it.anaphor && it.end === a!.index + a![0].indexOf(a![1]) + a![1].trimEnd().length && /^(?:the\s+)?$/.test(s.lower.slice(a!.index + a![0].indexOf(a![1]), it.start)))) continue;
    // "the ceasefire will continue": a truce kept is announced only in the group's own words.
    if (/(?:will|would|shall)\s+(?:continue|remain|be\s+extended)/.test(a[0]) && !s.speakerGroup) continue;
    const [clauseStart] = clauseAt(s, a.index);
    const clauseHead = s.lower.slice(clauseStart, a.index);
    const coordinated: boolean = !!last && /^(?:and|or)\s+(?:(?:also|then|further)\s+)?$/.test(clauseHead);
    const ownVoice: boolean = OWN_VOICE.test(clauseHead) || !!s.speakerGroup || (coordinated && last!.ownVoice);
    if (!asserted(s, a.index, { present: PRESENT.test(a[0]) && !ownVoice })) continue;
    const before = groupsBefore(s, a.index);
    const outside = before.filter((it) => outsideAttribution(s, it));
    // "the TTP, which announced a ceasefire": the group the relative clause hangs on; else the nearest subject.
    const relative = /\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?$/.test(head);
    // "…, under Noor Wali Mehsud, who had been chosen as emir in June 2018": a person's appointment in a relative
    // clause is by the group the sentence is about, its first.
    const personAppointed = /\bwho\s+(?:had\s+|has\s+|have\s+)?$/.test(head) && /^(?:was|were|has been|had been) /.test(a[0]);
    // The group right before the verb is its subject ("… new leader, whose appointment the group announced").
    const adjacent = outside.length > 1 ? outside.find((it) => SUBJECT_GAP.test(s.lower.slice(it.end, a!.index))) : undefined;
    const chosen: GroupItem | undefined = owner ?? adjacent ?? (relative && !personAppointed ? outside[outside.length - 1] : (outside[0] ?? before[0]));
    // What a group will do is announced only by the group or its spokesman, named before the verb ("Officials said
    // the group would …" announces nothing).
    // Its spokesman, leader or medium speaks ("an al-Shabaab spokesman said the group would …", "in an audio message,
    // … said"): "The Taliban have said they will investigate" is a stance, not an announcement.
    if (future !== null && (!chosen || !FUTURE_VOICE.test(s.lower.slice(0, a.index)))) continue;
    let subject: string | null = chosen?.groupId ?? null;
    // The announcing group is the claimant, also inside someone else's words ("Residents say JNIM has declared
    // a ban"), and a stand-in for it ("the group", "it") is named as the text last named it.
    let claimant = chosen ? (chosen.anaphor ? s.nameOf(chosen) : s.text.slice(chosen.start, chosen.end)) : null;
    // Not a pledge, which the text reports of people as often as of groups ("hundreds of fighters who pledged
    // allegiance to ISWAP"), nor a speaker's "they", which is the speaker's account of them.
    // Nor an announcement told in passing, in a relative clause inside someone's words ("Islamabad says the
    // TTP, which announced a ceasefire in June 2022, …"), nor one a document carries ("…, according to a
    // pamphlet"): that speaker is the claimant.
    let agent = !!chosen && !relative && !MEDIUM_SPEAKER.test(s.attribution?.claimant ?? '') && !/allegiance|loyalty|bay['’]?ah|^pledg|^sw(?:ore|orn|ear)/.test(a[0]) && !/^(?:they|them)$/i.test(s.text.slice(chosen.start, chosen.end));
    // "Abu Saad was named the new leader of ISKP", "X has been chosen to lead the group": a passive appointment names its group after the verb.
    if (!subject && /^(?:was|were|is|has been|had been|have been) /.test(a[0])) {
      const [, clauseEnd] = clauseAt(s, a.index);
      const next = groupsAfter(s, a.index + a[0].length).find((it) => it.start <= clauseEnd && /^\s*(?:(?:of|for)\s+)?(?:the\s+)?$/.test(s.lower.slice(a!.index + a![0].length, it.start)) && /(?:of|for|lead|head|command)\s+(?:the\s+)?$/.test(s.lower.slice(a!.index, it.start)));
      if (next) (subject = next.groupId), (claimant = null), (agent = false);
    }
    // "Boko Haram's new commander … was named in a video", "A new emir for the Islamic State Sahel Province was
    // announced by the group": a new leader in the passive belongs to the group that owns him, right before, else the
    // group named in the phrase.
    if (/^(?:(?:a|an|its|their) )?new /.test(a[0])) {
      const owner = before.find((it) => !it.anaphor && /^['’]s?\s+$/.test(s.lower.slice(it.end, a!.index)));
      const inside = s.items.find((it) => !it.anaphor && it.start > a!.index && it.end <= a!.index + a![0].length);
      const group = owner ?? inside;
      if (!group && !/^(?:its|their) /.test(a[0])) continue;
      if (group) (subject = group.groupId), (claimant = null), (agent = false);
    }
    // "A ceasefire announced by the TTP in June collapsed": the agent of the participle announced it, and only a
    // group does ("a ceasefire declared by the army" is none).
    if (/^(?:announced|declared|proclaimed|unveiled)$/.test(a[0]) && /^\s+by\s/.test(s.lower.slice(a.index + a[0].length, a.index + a[0].length + 4))) {
      const end = a.index + a[0].length + 4;
      const by = groupsAfter(s, end).find((it) => !it.anaphor && /^\s*(?:the\s+)?$/.test(s.lower.slice(end, it.start)));
      if (!by) continue;
      (subject = by.groupId), (claimant = s.text.slice(by.start, by.end)), (agent = true);
    }
    // "Qari Hamid was named the TTP's new emir": the group whose leader the passive names.
    if (!subject && /^(?:was|were|has been|had been) /.test(a[0])) {
      const end = a.index + a[0].length;
      const owner = groupsAfter(s, end).find((it) => !it.anaphor && /^\s*(?:the\s+)?$/.test(s.lower.slice(end, it.start)) && /^['’]s\s/.test(s.lower.slice(it.end, it.end + 3)));
      if (owner) (subject = owner.groupId), (claimant = null), (agent = false);
    }
    // "In a video announcing the formation of a new wing, the TTP said …": the group after the opening phrase.
    if (!subject && OPENING_MEDIUM.test(head)) {
      const next = groupsAfter(s, a.index + a[0].length).find((it) => !it.anaphor && /^[^,;.:]*,\s*(?:the\s+)?$/.test(s.lower.slice(a!.index + a![0].length, it.start)));
      if (next) (subject = next.groupId), (claimant = s.text.slice(next.start, next.end));
    }
    // "Several bands have since announced their merger into the TTP": unnamed factions joining a group announce for it.
    if (!subject) {
      const end = a.index + a[0].length;
      const into = groupsAfter(s, end).find((it) => !it.anaphor && /^\s*(?:(?:its|their)\s+)?(?:merger|integration)\s+(?:into|with)\s+(?:the\s+)?$/.test(s.lower.slice(end, it.start)));
      if (into) (subject = into.groupId), (claimant = null), (agent = false);
    }
    // "Several commanders of a rival faction pledged allegiance to the TTP", "dozens of fighters swore
    // allegiance to ISWAP": people the gazetteer does not name pledging to a group announce for it.
    if (!subject && !before.length && /allegiance|loyalty|bay['’]?ah|^pledg/.test(a[0]) && PLEDGING_BODY.test(clauseHead)) {
      const to = pledgedTo(s, a.index + a[0].length);
      if (to) (subject = to), (claimant = null), (agent = false);
    }
    // "Al-Naba announced that the Islamic State's "Pakistan province" would …", "Amaq said …": a group's named outlet as
    // the subject speaks for the group the clause names after it, else as a stand-in does (below).
    const outlet = !subject ? OUTLET_SUBJECT.exec(clauseHead) : null;
    if (outlet) {
      const [, clauseEnd] = clauseAt(s, a.index);
      const named = groupsAfter(s, a.index + a[0].length).find((it) => !it.anaphor && it.start < clauseEnd);
      const group = named?.groupId ?? s.speakerGroup ?? s.statementGroup ?? s.nearGroup ?? (!s.namesGroup ? s.topicGroup : null);
      if (group) (subject = group), (claimant = s.text.slice(clauseStart + outlet.index + outlet[0].indexOf(outlet[1]), clauseStart + outlet.index + outlet[0].indexOf(outlet[1]) + outlet[1].length)), (agent = false);
    }
    // "In May it announced …", "We announce …", "The statement also announces …": the group the passage is about.
    // A sentence naming no group: the passage's group, however far back it was named ("Second, it named a new commander …").
    if (!subject && STAND_IN.test(clauseHead)) {
      subject = s.speakerGroup ?? s.statementGroup ?? s.nearGroup ?? (!s.namesGroup ? s.topicGroup : null);
      // "it", "the statement": the group it stands for, named as the text last named it (a first person names
      // nobody; a statement is the group's that issued it).
      if (subject && !/(?:^|[\s,])we\s/.test(clauseHead)) (claimant = s.groupName(subject)), (agent = !!claimant);
    }
    // "“We will not extend any truce …,” the spokesman said": the group's own first person, the group that speaks.
    if (!subject && /^(?:we|it|they) /.test(a[0])) subject = s.speakerGroup ?? s.statementGroup ?? s.nearGroup ?? (!s.namesGroup ? s.topicGroup : null);
    // "Noor Wali Mehsud was named emir in June 2018", in a sentence naming no group: the passage's group appointed him.
    if (!subject && /^(?:was|were|has been|had been) (?:named|appointed|chosen|elected|selected|installed) (?:as )?(?:the |its |their )?(?:new )?["“‘']?(?:emir|amir|ameer|caliph|wali|naib)/.test(a[0]) && !s.namesGroup) {
      subject = s.topicGroup ?? s.nearGroup;
      if (subject) (claimant = s.groupName(subject)), (agent = !!claimant);
    }
    // ""The ceasefire is over as of tonight," the statement said": a truce's state in a group's own words is its announcement.
    if (!subject && /^(?:ceasefire|truce)\s/.test(a[0])) subject = s.speakerGroup ?? s.statementGroup ?? null;
    // "… announces a new battalion, and declares the road closed": a coordinated verb shares the subject.
    if (!subject && coordinated) ({ subject, claimant, agent } = last!);
    else if (!chosen && !agent && !outlet) claimant = null;
    if (!subject) continue;
    last = { subject, claimant, ownVoice, agent };
    // One claim per group and clause: "… announces a new battalion, and declares the road closed" are
    // two, and so are two verbs joined by a comma ("TTP announces Eid truce, names new head"; not a
    // participle, "declared a new offensive, vowing to …").
    // So are two verbs joined by "and" when the first has its own object ("announced a three-day ceasefire
    // … and named a former Swat commander as …", "renamed its women's magazine and launched a new radio
    // programme"); not two verbs of one object ("announced and declared a truce").
    const between = lastEnd >= 0 ? s.lower.slice(lastEnd, a.index) : '';
    const joined = lastEnd >= 0 && (/^[^.;:,]*,\s+(?:(?:also|then|later)\s+)?$/.test(between) || (lastWords && /^\s+(?:[^\s.;:,][^.;:,]*\s)?and\s+(?:(?:also|then|later)\s+)?$/.test(between)) || (!lastConfirm && /^\s+[^\s.;:,][^.;:,]*\sand\s+(?:(?:also|then|later)\s+)?$/.test(between))) && !/^(?:formation|creation|establishment|pledge)|ing\b/.test(a[0].split(' ')[0]);
    lastEnd = a.index + a[0].length;
    lastConfirm = /^confirm/.test(a[0]);
    // "confirmed the death of its deputy leader … and named X to replace him" is one succession.
    lastWords = /\s/.test(a[0].trim()) && !/^confirm/.test(a[0]);
    const key = joined ? `${subject}@${a.index}` : `${subject}@${clauseStart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // "part of it pledged allegiance to the Islamic State": the group pledged to is a party of the pledge.
    const pledgee = /allegiance|loyalty|bay['’]?ah|^pledg/.test(a[0]) ? pledgedTo(s, a.index + a[0].length) : null;
    found.push({ subjects: pledgee && pledgee !== subject ? [subject, pledgee] : [subject], claimant, ...(agent && claimant ? { claimantIsAgent: true } : {}), trigger: s.text.slice(a.index, a.index + a[0].length), figures: [] });
  }
  return found;
}

/** "… allegiance to the Islamic State", "… to the leader of the Islamic State", "… to ISWAP": the group pledged to, named right after. */
const TO_GROUP = /^\s+(?:(?:of\s+)?allegiance\s+)?to\s+(?:the\s+)?(?:(?:new\s+)?(?:leader|emir|caliph|chief|head)\s+of\s+(?:the\s+)?)?$/;
function pledgedTo(s: ClaimSentence, end: number): string | null {
  const next = groupsAfter(s, end).find((it) => !it.anaphor);
  // "swearing allegiance to TTP chief Mufti Noor Wali Mehsud": the group only qualifies the person sworn to.
  if (!next || next.start - end > 60 || !TO_GROUP.test(s.lower.slice(end, next.start))) return null;
  return /^['’]?s?\s+(?:chief|leader|emir|ameer|commander|head|founder)\s+\p{Lu}/u.test(s.text.slice(next.end, next.end + 40)) ? null : next.groupId;
}
