/**
 * What a sentence is about: the groups it names, and the group it refers to without naming —
 * "the group", "the movement", "its fighters", "these people", and in a speaker's own words
 * "they"/"them" — resolved to the group the passage is about (its *topic*), and "we"/"our" in the
 * words of a group's spokesman or commander to that group. The topic is the group a sentence is
 * about, in subject position: the first group it names that is not a speaker's affiliation ("a
 * Taliban spokesman dismissed the group" keeps the topic); in an interview, the group a question
 * asks about. Sentences must be visited in order.
 */
import type { Mention } from '../recognition/groupMatcher';
import type { DocumentModel } from '../text/document';
import type { Statement } from './attribution/statements';
import type { EpithetMention } from './epithets';

/** A definite description or possessive that stands for a group. */
/**
 * "The militants", "the terrorists", "the attackers" name the fighters of one incident, not the
 * organisation: they are not group anaphors ("The terrorists opened heavy fire").
 */
const GROUP_ANAPHOR = /\b(?:the (?:group|movement|outfit|organi[sz]ation|militant group|faction|network|separatist group|sectarian group|branch|front)|these (?:people|groups)|such people|its|their)\b/g;
/** Pronouns that stand for the topic only in a speaker's own words (a quote or an answer). */
const SPOKEN_PRONOUN = /\b(?:they|them|these people|those people)\b/g;
const FIRST_PERSON_PLURAL = /\b(?:we|our|us|ours)\b/;
/** A group name that qualifies a person or office: "Taliban spokesman", "TTP commanders". */
const AFFILIATION_AFTER = /^['’]?s?\s+(?:police\s+)?(?:spokes(?:man|woman|person|people)|officials?|commanders?|leaders?|members?|fighters?|representatives?|sources?|chief|emir|media|government|administration|delegation|authorities)\b/i;

/** A count of a force: "5,000 fighters", "a few hundred men", "2,000 members". */
const HEAD_COUNT = /\b(?:\d[\d,]*|hundreds?|thousands?|dozens?)\s+(?:(?:[\w-]+|["“”'‘’])\s+){0,2}?(?:fighters|members|men|militants|cadres|recruits|armed men|combatants)\b/;
/** Plural nouns for people who are not a group: attackers, soldiers, villagers, young men (not "police" in "police chief"). */
const PEOPLE_NOUN = /\b(?:attackers|gunmen|assailants|terrorists|militants|insurgents|jihadists|bombers|boys|youths|villagers|residents|locals|soldiers|troops|policemen|police|officers|families|children|parents|women|students|passengers|workers|recruits|elders|traders|shopkeepers|journalists|prisoners|detainees|hostages|civilians|refugees|migrants|tajiks|uzbeks)\b(?!\s+(?:chief|spokes\w+|inspector|superintendent|chiefs)\b)/g;

/** A group named as what another group belongs to: "Islamic State-linked JAD", "al-Qaeda's branch in Yemen". */
const PARENT_AFTER = /^(?:['’]s?\s+|\s*-\s*)(?:linked|affiliated|aligned|allied|inspired|backed|loyal|branch|affiliate|wing|franchise|offshoot|chapter|ally)\b/i;
/** "an affiliate of al-Qaeda", "loyal to the Islamic State", "pledged allegiance to ISIS". */
const PARENT_BEFORE = /\b(?:(?:affiliate|branch|wing|franchise|offshoot|ally|arm|province|chapter|splinter(?: group)?|part|member|offspring) of|(?:linked|tied|allied|aligned|loyal|allegiance|close|connected|affiliated) (?:to|with)|inspired by|(?:split|broke away|splintered) from)\s+(?:the\s+)?$/i;

/** True when mention `m` names the group another one belongs to, not what the sentence is about. */
export function namesParent(doc: DocumentModel, m: Mention): boolean {
  return PARENT_AFTER.test(doc.text.slice(m.end, m.end + 20)) || PARENT_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start));
}

export class SubjectTracker {
  private next = 0;
  private topic: string | null = null;
  /** Paragraph where the topic was last set. */
  private topicParagraph = -1;
  /** The first topic of the document: what an interview or a story is about. */
  private mainTopic: string | null = null;
  private questionTopic: string | null = null;
  /** Within one answer: the group it has got to (it starts at the question's). */
  private turnTopic: string | null = null;
  private turnIndex = -1;
  /** The group the last visited sentence's passage was about (what its "they" would mean). */
  passageTopic: string | null = null;
  /** The group a spoken "they"/"it" of the last visited sentence was read as; null when none was. */
  pronounGroup: string | null = null;

  constructor(
    private readonly doc: DocumentModel,
    private readonly mentions: readonly Mention[],
  ) {}

  /**
   * True when, between the start of the previous sentence and `at`, the last thing named is a plural
   * noun for people rather than a group ("the attackers" … "they"). A noun right after a group name
   * ("ISKP fighters", "TTP men") or followed by "of <group>" is the group's.
   */
  private peopleSince(index: number, at: number): boolean {
    const { doc, mentions } = this;
    const from = doc.sentences[Math.max(0, index - 1)].start;
    const window = doc.lower.slice(from, at);
    let lastPeople = -1;
    PEOPLE_NOUN.lastIndex = 0;
    for (let m = PEOPLE_NOUN.exec(window); m; m = PEOPLE_NOUN.exec(window)) lastPeople = from + m.index;
    if (lastPeople < 0) return false;
    // Mentions from the previous sentence to `at`: the last one decides.
    let k = this.next;
    while (k < mentions.length && mentions[k].start < at) k++;
    const last = k > 0 ? mentions[k - 1] : undefined;
    if (last && last.end > from && (last.start > lastPeople || lastPeople - last.end <= 12)) return false;
    return true;
  }

  /** Subjects of sentence `index` (visit every sentence, in order, or the topic goes stale). */
  subjectsOf(index: number, statement: Statement | undefined, exclude?: { start: number; end: number }): string[] {
    const { doc } = this;
    const s = doc.sentences[index];
    while (this.next < this.mentions.length && this.mentions[this.next].start < s.start) this.next++;
    const inside: Mention[] = [];
    for (let k = this.next; k < this.mentions.length && this.mentions[k].start < s.end; k++) inside.push(this.mentions[k]);
    const lower = doc.lower.slice(s.start, s.end);
    const subjects: string[] = [];
    const add = (id: string | null) => {
      if (id && !subjects.includes(id)) subjects.push(id);
    };
    const turn = doc.sentenceTurn[index];
    const question = turn >= 0 && doc.interview!.turns[turn].question;
    if (turn >= 0 && turn !== this.turnIndex) {
      this.turnIndex = turn;
      this.turnTopic = question ? null : this.questionTopic;
    }
    const spoken = statement && (statement.form === 'quote' || statement.form === 'answer');
    // An answer is about what its question asked; "the group" far from any named group is the story's.
    const recent = this.topicParagraph >= s.paragraph - 1 ? this.topic : null;
    const topicHere = statement?.form === 'answer' ? (this.turnTopic ?? this.questionTopic ?? this.mainTopic) : (recent ?? this.mainTopic);
    this.passageTopic = topicHere;
    this.pronounGroup = null;
    for (const m of inside) {
      if (exclude && m.end > exclude.start && m.start < exclude.end) continue;
      add(m.groupId);
      // "a faction of the Pakistani Taliban": the sentence is about the faction and names the TTP.
      add((m as EpithetMention).epithetOf ?? null);
    }
    // Anaphors: a definite description anywhere; "its"/"their" only before any group named in the sentence.
    GROUP_ANAPHOR.lastIndex = 0;
    for (let a = GROUP_ANAPHOR.exec(lower); a; a = GROUP_ANAPHOR.exec(lower)) {
      const at = s.start + a.index;
      if (inside.some((m) => m.start <= at && at < m.end)) continue;
      const possessive = a[0] === 'its' || a[0] === 'their';
      if (possessive && inside.some((m) => m.end <= at)) continue;
      if (possessive && !spoken && !statement) continue;
      // "persuade parents to bring their children home", "the troops held their ground": "their"
      // after people named since the last group is theirs.
      if (a[0] === 'their' && this.peopleSince(index, at)) continue;
      add(topicHere);
    }
    if (spoken) {
      SPOKEN_PRONOUN.lastIndex = 0;
      for (let p = SPOKEN_PRONOUN.exec(lower); p; p = SPOKEN_PRONOUN.exec(lower)) {
        // "…, officials said they …": the speaker, not a group.
        if (/\b(?:said|say|says|told|added|believe|believes)\s+$/.test(lower.slice(0, p.index))) continue;
        const at = s.start + p.index;
        // "The attackers … They took everything": people named since the last group are what "they" means.
        if (p[0] !== 'these people' && p[0] !== 'those people' && this.peopleSince(index, at)) continue;
        const meant = inside.length && inside[inside.length - 1].start < at ? inside[inside.length - 1].groupId : topicHere;
        add(meant);
        if (p[0] === 'they' || p[0] === 'them') this.pronounGroup = meant;
        break;
      }
      // "It works in small cells", "but it was never …": a group spoken of as "it" is the topic.
      if (!inside.length && /^\W*(?:(?:but|and|so|because|yet)\s+)?it\s+(?!is\b|was\b|seems\b|'s\b|’s\b)/.test(lower)) {
        add(topicHere);
        this.pronounGroup = topicHere;
      }
      if (statement?.speakerGroup && FIRST_PERSON_PLURAL.test(lower.replace(/\blet us\b/g, ''))) add(statement.speakerGroup);
      // "The figure I trust is between 5,000 and 6,000 fighters": a head count naming no group counts the topic's.
      if (!subjects.length && HEAD_COUNT.test(lower) && /\d|hundred|thousand|dozen/.test(lower)) add(topicHere);
    }
    // The topic moves to the first group this sentence is about (a speaker's affiliation is not).
    // A sentence whose subject is "the group"/"it" stays on the same topic ("The group has no link to ISKP").
    const anaphoricSubject = /^\W*(?:the (?:group|movement|outfit|organi[sz]ation|faction|network|militants)|it|its|they)\b/.test(lower);
    const about = anaphoricSubject ? undefined : inside.find((m) => !AFFILIATION_AFTER.test(doc.text.slice(m.end, m.end + 30)) && !namesParent(doc, m));
    if (question) this.questionTopic = about ? about.groupId : this.mainTopic ?? this.topic;
    else if (about && statement?.form === 'answer') this.turnTopic = about.groupId;
    else if (about) {
      this.topic = about.groupId;
      this.topicParagraph = s.paragraph;
    } else if (anaphoricSubject && this.topic) this.topicParagraph = s.paragraph;
    if (about && this.mainTopic === null) this.mainTopic = about.groupId;
    return subjects;
  }
}
