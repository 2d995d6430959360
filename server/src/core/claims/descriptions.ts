/**
 * Groups named by a description instead of a name (docs/claims.md, "What a statement is about"):
 *
 * - the Taliban's government by its seat, after August 2021, in a document that names the Afghan
 *   Taliban: "the Emirate", "the government in Kabul", "the Kabul government", "Kabul's rulers /
 *   ministers", "Kabul" as the subject of a verb ("Unless Kabul acts", "Kabul denies");
 * - an Islamic State province by its region: "the Khorasan branch", "the Khorasan leadership",
 *   "the Sahel province", "the West Africa province", and after the Islamic State's possessive (or
 *   "its" after the Islamic State) "the Islamic State's Afghan / Sahel / Nigerian branch"; its
 *   members by the region that is its own name ("the Khorasan people", "the Khorasan fighters");
 * - a group's parent by its standing: "the parent organisation / movement / group", "the mother
 *   organisation", "the central organisation / leadership", "the core group" — the gazetteer parent
 *   of the group the passage is about.
 *
 * - a separatist group by its cause: "the separatists", "the separatist fighters", "the Baloch
 *   fighters / insurgents / rebels / groups", "Kurdish militants", "the Tamil rebels" — the
 *   separatist group of that people the document names, or for "the separatists" the one separatist
 *   group it names.
 *
 * Each family is gated by a substring test before its pattern runs, so most sentences cost four
 * `includes` calls.
 */

/** The Afghan Taliban's government by its seat ("kabul" or "emirate" must be in the sentence). */
const KABUL_GOVERNMENT = /\bthe emirate\b|\bthe (?:taliban |new )?(?:government|authorities|administration|regime|rulers|leadership) in kabul\b|\bkabul (?:government|authorities|administration|regime|rulers)\b|\bkabul['’]s (?:[a-z-]+ )?(?:rulers|ministers|government|authorities|administration|regime|leaders|leadership)\b|(?:^|[^\w\s]\s*|\b(?:unless|until|if|when|but|and|because|while|after|before|that|whether)\s+)kabul (?:(?:has|have|had|will|would|must|should|can|could|cannot|does|did|may|might)\s+(?:not\s+|never\s+)?)?(?:acts?|acted|says?|said|denies|denied|insists?|insisted|refuses?|refused|wants?|wanted|rejects?|rejected|promised|promises?|decides?|decided|responds?|responded|moves?|moved)\b/g;

/** The day the Taliban took Kabul: before it, "the government in Kabul" is the Republic's. */
const TALIBAN_IN_KABUL = '2021-08-15';

/** Region words of an Islamic State province, and the province. */
const PROVINCE_OF_REGION: Record<string, string> = {
  khorasan: 'iskp',
  khurasan: 'iskp',
  afghan: 'iskp',
  afghanistan: 'iskp',
  sahel: 'islamic-state-in-the-greater-sahara',
  sahelian: 'islamic-state-in-the-greater-sahara',
  'greater sahara': 'islamic-state-in-the-greater-sahara',
  'west africa': 'islamic-state-west-africa-province',
  'west african': 'islamic-state-west-africa-province',
  nigerian: 'islamic-state-west-africa-province',
  'lake chad': 'islamic-state-west-africa-province',
  mozambique: 'islamic-state-of-iraq-and-syria-mozambique',
  mozambican: 'islamic-state-of-iraq-and-syria-mozambique',
  'central africa': 'islamic-state-of-iraq-and-syria-democratic-republic-of-the-c',
  'central african': 'islamic-state-of-iraq-and-syria-democratic-republic-of-the-c',
  congolese: 'islamic-state-of-iraq-and-syria-democratic-republic-of-the-c',
  philippine: 'isis-philippines',
  'east asia': 'isis-philippines',
  sinai: 'isis-sinai-province',
};
/**
 * "<the|its|the Islamic State's> <region> <branch|province|…>". Group 1: what comes before the
 * region ("the ", "its ", "islamic state's "); 2: the region; 3: the noun.
 */
const REGION_BRANCH = /\b(the |its |(?:islamic state|isis|isil|is|daesh)['’]s )?(khorasan|khurasan|afghan|afghanistan|sahel|sahelian|greater sahara|west african?|nigerian|lake chad|mozambique|mozambican|central african?|congolese|philippine|east asia|sinai) (branch|province|wilayat?|wing|chapter|affiliate|franchise|leadership|cells?|network)\b(?! of\b)/g;
/** Nouns that are the Islamic State's words for a branch whatever the region ("the Sahel province"). */
const PROVINCE_NOUN = /^(?:province|wilayat?)$/;
/** Regions whose name is the Islamic State's own: any branch noun after them is the province. */
const OWN_REGION = /^(?:khorasan|khurasan)$/;

/** A parent by its standing: "the parent organisation", "the mother group", "the central leadership". */
const PARENT_DESCRIPTION = /\b(?:the|its|their) (?:parent|mother|central|core) (?:organi[sz]ation|movement|group|outfit|network|body|leadership|command)\b|\bthe core (?:of the )?group\b/;

export interface DescribedGroup {
  /** Offset in the sentence's lower-case text. */
  at: number;
  end: number;
  groupId: string;
}

/**
 * The Afghan Taliban's government named by its seat in `lower` (one sentence, lower case), when the
 * document names the Afghan Taliban and is not dated before the Taliban took Kabul.
 */
export function kabulGovernment(lower: string, documentDate: string | null, namesAfghanTaliban: () => boolean): DescribedGroup | null {
  if (!lower.includes('kabul') && !lower.includes('emirate')) return null;
  if (documentDate !== null && documentDate < TALIBAN_IN_KABUL) return null;
  KABUL_GOVERNMENT.lastIndex = 0;
  const m = KABUL_GOVERNMENT.exec(lower);
  if (!m || !namesAfghanTaliban()) return null;
  // A leading boundary character before "kabul" is not part of the phrase.
  const at = m.index + m[0].search(/kabul|the|emirate/);
  return { at, end: m.index + m[0].length, groupId: 'afghan-taliban' };
}

/**
 * The province's people by the region that is the Islamic State's own name for it: "the Khorasan
 * people", "the Khorasan men / fighters / commanders" — how officials and rivals speak of ISKP's
 * members. Only the own-name regions: "the Afghan fighters", "the Sahel men" are anybody's.
 */
const OWN_REGION_PEOPLE = /\bthe (khorasan|khurasan) (?:people|men|fighters|militants|commanders|cadres|ranks|lot|guys|boys)\b/g;

/**
 * Islamic State provinces named by their region in `lower`. `isCentreAt(rel)` tells whether the
 * group named last before `rel` in the sentence is the Islamic State's centre (for "its Sahel branch").
 */
export function regionBranches(lower: string, isCentreAt: (rel: number) => boolean): DescribedGroup[] {
  const out: DescribedGroup[] = [];
  if (lower.includes('khorasan') || lower.includes('khurasan')) {
    OWN_REGION_PEOPLE.lastIndex = 0;
    for (let m = OWN_REGION_PEOPLE.exec(lower); m; m = OWN_REGION_PEOPLE.exec(lower)) out.push({ at: m.index, end: m.index + m[0].length, groupId: PROVINCE_OF_REGION[m[1]] });
  }
  if (!/branch|province|wilaya|wing|chapter|affiliate|franchise|leadership|cell|network/.test(lower)) return out;
  REGION_BRANCH.lastIndex = 0;
  for (let m = REGION_BRANCH.exec(lower); m; m = REGION_BRANCH.exec(lower)) {
    const [, before = '', region, noun] = m;
    const province = PROVINCE_OF_REGION[region];
    const ownWords = OWN_REGION.test(region);
    const possessive = before !== '' && before !== 'the ' && before !== 'its ';
    const its = before === 'its ' && isCentreAt(m.index);
    // "the Afghan province of Kunar" is a place ((?! of) above); "the Afghan branch" needs the
    // Islamic State beside it, as a possessive or as what "its" stands for.
    const province_ = PROVINCE_NOUN.test(noun) && region !== 'afghan' && region !== 'afghanistan' && region !== 'nigerian' && region !== 'congolese' && region !== 'philippine' && region !== 'mozambican';
    if (ownWords || province_ || possessive || its) out.push({ at: m.index + before.length, end: m.index + m[0].length, groupId: province });
  }
  return out;
}

/** Offset of a parent named by its standing in `lower`, or -1. */
export function parentDescription(lower: string): number {
  if (!lower.includes('parent') && !lower.includes('mother') && !lower.includes('central') && !lower.includes('core')) return -1;
  const m = PARENT_DESCRIPTION.exec(lower);
  return m ? m.index : -1;
}

/**
 * Separatist groups by the people they fight for. Reporting keeps referring to a separatist group by
 * its cause and its people ("the separatists always inflate their numbers", "the Baloch fighters
 * withdrew", "the Baloch groups fight for a nation"), as it does not for jihadist groups.
 */
const SEPARATISTS_OF_PEOPLE: Record<string, readonly string[]> = {
  baloch: ['bla', 'jaysh-al-adl'],
  baluch: ['bla', 'jaysh-al-adl'],
  kurdish: ['kurdistan-workers-party'],
  tamil: ['liberation-tigers-of-tamil-eelam'],
};
const SEPARATIST_GROUPS: readonly string[] = ['bla', 'jaysh-al-adl', 'kurdistan-workers-party', 'liberation-tigers-of-tamil-eelam', 'hizbul-mujahideen'];
/**
 * "the separatists", "separatist fighters", "the Baloch insurgents", "Baloch militant groups". Group 1:
 * the people, when named. Not "separatist" as an adjective of anything else ("separatist violence",
 * "a separatist group called …" is a label, checked by the caller).
 */
const SEPARATIST_DESCRIPTION = /\b(?:(baloch|baluch|kurdish|tamil) (?:separatists?|nationalists|fighters|insurgents|militants|rebels|guerrillas|sarmachars|(?:(?:separatist|militant|armed|insurgent|nationalist) )?(?:groups?|outfits?|organi[sz]ations?|movement|insurgency))|separatists|(?:the|a|this) separatist (?:fighters|militants|insurgents|rebels|guerrillas|group|outfit|organi[sz]ation|movement))\b/g;

/**
 * Separatist groups named by their cause in `lower`: each phrase with the group it means, of the
 * groups `names` says the document names (the people's group; for a bare "the separatists", the one
 * separatist group named, or `topic` when it is one). None when the document names no such group.
 */
export function separatistDescriptions(lower: string, names: (groupId: string) => boolean, topic: string | null): DescribedGroup[] {
  if (!lower.includes('separatist') && !lower.includes('baloch') && !lower.includes('baluch') && !lower.includes('kurdish') && !lower.includes('tamil')) return [];
  const out: DescribedGroup[] = [];
  SEPARATIST_DESCRIPTION.lastIndex = 0;
  for (let m = SEPARATIST_DESCRIPTION.exec(lower); m; m = SEPARATIST_DESCRIPTION.exec(lower)) {
    const candidates = m[1] ? SEPARATISTS_OF_PEOPLE[m[1]] : SEPARATIST_GROUPS;
    const named = candidates.filter(names);
    const groupId = topic && named.includes(topic) ? topic : named.length === 1 ? named[0] : null;
    if (groupId) out.push({ at: m.index, end: m.index + m[0].length, groupId });
  }
  return out;
}
