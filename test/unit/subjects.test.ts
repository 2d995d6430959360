/**
 * What attributed sentences are about (subjects.ts), data-driven: each case lists, for every
 * statement in order, the sentence's opening words and the groups it is about. The cases are the
 * families of subject errors found on the development set, written again in our own words.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { extractClaims } from '../../server/src/core/claims/extract';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const matcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);

/** An interview of one exchange (and a closing one, so the turns read as an interview). */
const interview = (question: string, answer: string) => `In conversation with Jane Doe\n\nDW: ${question}\n\nJane Doe: ${answer}\n\nDW: Thank you.\n\nJane Doe: Thanks.`;
const THANKS: [string, string[]] = ['Thanks.', []];

/** [name, text, [the statement's first words, its subjects] for every statement in order] */
const cases: [string, string, [string, string[]][]][] = [
  [
    'a spoken "they" after people named since the last group means those people, along a chain of pronouns',
    'The TTP has attacked posts in Bannu before. A guard said the attackers stayed until midnight.\n\n"They took everything they could carry. When they left, the soldiers came back," he said.',
    [
      ['A guard said', []],
      ['"They took', []],
      ['When they left', []],
    ],
  ],
  [
    'the wounded, the dead, young men and governments are people a "they" or "them" can mean',
    'ISKP claimed the bombing. "Most of the wounded have burns. We sent six of them to Kabul," a doctor said. "Young men tell me they join for money," an elder said. "Governments publish their own figures," an analyst said.',
    [
      ['"Most of the wounded', []],
      ['We sent six', []],
      ['"Young men', []],
      ['"Governments', []],
    ],
  ],
  [
    'the speaker\'s own people ("our soldiers") are not what their "they" means; a head count does not block the group either',
    'The TTP attacked the base at dawn. "Our soldiers held the gate. The numbers they put on their radio are lies," the colonel said. "In Bannu they have a few hundred men at most. But they are ruthless," he added.',
    [
      ['"Our soldiers', []],
      ['The numbers', ['ttp']],
      ['"In Bannu', ['ttp']],
      ['But they', ['ttp']],
    ],
  ],
  [
    'a sentence opening on "The group …" is no thing: an "It" after it is the group',
    'ISKP attacked a shrine in Kabul. "The group wants fear without headlines," an analyst said. "It avoids large attacks in the north because it knows the north turned against it," she said.',
    [
      ['"The group', ['iskp']],
      ['"It avoids', ['iskp']],
    ],
  ],
  [
    'a group\'s fighters as a clause\'s subject ("TTP fighters stormed …", "… when ISKP members attacked") make it the group the passage is about',
    'TTP fighters stormed a police post in Bannu on Monday. A spokesman for the group said its men had taken the post. Two guards were hurt when ISKP members attacked a shrine in Bajaur. "The group wants fear," an officer said.',
    [
      ['A spokesman for the group', ['ttp']],
      ['"The group wants', ['iskp']],
    ],
  ],
  [
    'a group\'s fighters as an object ("accused TTP fighters of …") leave the passage\'s group alone',
    'ISKP attacked a shrine in Kabul. The governor accused TTP fighters of the looting. "The group wants fear," an officer said.',
    [
      ['The governor accused', ['ttp']],
      ['"The group wants', ['iskp']],
    ],
  ],
  [
    'a group named by a description as the sentence\'s subject ("The Khorasan people want …") is what the next "their" means',
    'ISKP and the TTP both recruit in Bajaur. The TTP taxes the bazaar, an officer said. "The Khorasan people want the bazaar afraid. Their war is with everyone," he added.',
    [
      ['The TTP taxes', ['ttp']],
      ['"The Khorasan people', ['iskp']],
      ['Their war', ['iskp']],
    ],
  ],
  [
    '"the two" with an adverb before its verb ("the two often use …") are the two groups just named',
    'The TTP attacked a post in Tank. "ISKP recruits in the camps, and the banned TTP taxes the bazaar," an officer said. "But the two often use the same couriers," he added.',
    [
      ['"ISKP recruits', ['iskp', 'ttp']],
      ['"But the two', ['iskp', 'ttp']],
    ],
  ],
  [
    'people of the speaker\'s own kind ("Shopkeepers … said a shopkeeper") are not what the speaker\'s "they" means; others\' are',
    'The TTP sent letters to the bazaar in Mingora. Shopkeepers were not persuaded by its promises. "They write letters at night and collect in the morning," said a shopkeeper from the main bazaar. ' +
      'Shopkeepers kept their shutters down. "They were afraid to open," a police officer said.',
    [
      ['"They write', ['ttp']],
      ['"They were afraid', []],
    ],
  ],
  [
    'a group\'s name before its office ("the Taliban\'s intelligence directorate") describes a person, and is not what the passage is about',
    'Mawlawi Karim, the deputy head of the Taliban\'s intelligence directorate in Kunar, spoke to reporters about ISKP on Monday. "The group recruits in the camps," he said.',
    [
      ['"The group recruits', ['iskp']],
    ],
  ],
  [
    'ISKP\'s members by its own region\'s name ("the Khurasan men") are ISKP where the document names it; "the Afghan fighters" are not',
    'ISKP and the TTP both operate in Bajaur. "The Khurasan men want fear, not taxes," a police officer said. "The Afghan fighters at the border post ran away," he added.',
    [
      ['"The Khurasan men', ['iskp']],
      ['"The Afghan fighters', []],
    ],
  ],
  [
    'an elliptical answer ("Neither, …", "Weaker than …") is about the groups its question named; a bare "Yes." is not',
    interview('Who recruits more in the camps, the TTP or ISKP?', 'Neither, to be honest. The families keep their sons at home now.'),
    [
      ['Neither', ['ttp', 'iskp']],
      ['The families', []],
      THANKS,
    ],
  ],
  [
    'an answer opening on a comparative set against what others say reads the question\'s group, and its "it" goes on with it',
    interview('Is ISKP as strong as it was in 2019?', 'Weaker than most officials claim. It lost Nangarhar and most of its commanders.'),
    [
      ['Weaker than', ['iskp']],
      ['It lost', ['iskp']],
      THANKS,
    ],
  ],
  [
    'a bare "Yes." names nothing of the question',
    interview('Is the TTP still recruiting in Bajaur?', 'Yes. Schools closed early this year.'),
    [
      ['Yes.', []],
      ['Schools closed', []],
      THANKS,
    ],
  ],
  [
    '"I would not say they …" is the speaker saying it, not "officials said they"',
    interview('Is ISKP finished?', 'No. But I would not say they are weak either.'),
    [
      ['No.', []],
      ['But I would not', ['iskp']],
      THANKS,
    ],
  ],
  [
    'a spoken "it": the group, also before a group it acts on; not an event, an expletive or the thing the sentence before opened on',
    interview('How strong is ISKP?', 'It is weaker than in 2019. It attacks the Taliban and it recruits in the north. It means the Taliban are worried. A roadblock needs ten men. It does not need training. It is clear that the north matters.'),
    [
      ['It is weaker', ['iskp']],
      ['It attacks', ['afghan-taliban', 'iskp']],
      ['It means', ['afghan-taliban']],
      ['A roadblock', []],
      ['It does not need', []],
      ['It is clear', []],
      THANKS,
    ],
  ],
  [
    'an object is not its own clause\'s subject: "the Taliban underestimate the group" and "the Taliban hunt them" are ISKP',
    interview('Is ISKP still a threat?', 'Yes. The Taliban underestimate the group. The Taliban hunt them, but they are still there.'),
    [
      ['Yes.', []],
      ['The Taliban underestimate', ['afghan-taliban', 'iskp']],
      ['The Taliban hunt', ['afghan-taliban', 'iskp']],
      THANKS,
    ],
  ],
  [
    '"the group" names the group before it in apposition or as the subject of reported words, not the passage\'s',
    'ISKP was weakened last year. On the TTP, the monitors wrote that the group had 6,000 fighters. The TTP has grown, and the report says the group controls the border.',
    [
      ['On the TTP', ['ttp']],
      ['The TTP has grown', ['ttp']],
    ],
  ],
  [
    'a group only compared or denied does not become the passage\'s group',
    interview('And ISKP?', 'It is not as large as the TTP. In Bajaur they have a few hundred men. Not the Taliban, ISKP is the problem there, and they recruit in the camps.'),
    [
      ['It is not as large', ['ttp', 'iskp']],
      ['In Bajaur', ['iskp']],
      ['Not the Taliban', ['afghan-taliban', 'iskp']],
      THANKS,
    ],
  ],
  [
    'a question of several sentences is about what its first sentence named',
    interview('What about the Pakistani Taliban? There are reports that thousands of them crossed the border.', 'They were already in Afghanistan before August.'),
    [['They were already', ['ttp']], THANKS],
  ],
  [
    'a sentence that refers to the passage\'s group by a pronoun, or names the story\'s group while a new one is only in reported words, keeps the topic',
    'The TTP ended its truce in November. Officials said that the Afghan Taliban had asked TTP leaders to lie low. He said the group had rearmed.',
    [
      ['Officials said', ['afghan-taliban', 'ttp']],
      ['He said the group', ['ttp']],
    ],
  ],
  [
    '"the two groups" and "both groups" are the last two groups named (or the one named and the passage\'s); not in a speaker phrase',
    'The TTP and Jamaat-ul-Ahrar split in 2014. "In practice the two groups share fighters," an analyst said. ISKP recruits in Bajaur. Officials said members of the TTP move between the two groups. "They are patient," said a researcher who has met members of both groups.',
    [
      ['"In practice', ['ttp', 'jua']],
      ['Officials said', ['ttp', 'iskp']],
      ['"They are patient', ['ttp']],
    ],
  ],
  [
    'a group\'s cell ("the cell\'s leader", "these cells") is the group; a body named "… Cell" is not',
    'Police said they had broken up an ISKP cell in Peshawar. The officer said the cell\'s leader was killed. "We know these cells," he said. The Security Cell said the raid was over, the Cell said in a statement.',
    [
      ['Police said', ['iskp']],
      ['The officer said', ['iskp']],
      ['"We know', ['iskp']],
      ['The Security Cell', []],
    ],
  ],
  [
    'a possessive in the opening phrase belongs to the name after the comma',
    'The Taliban sealed the area. In a statement published by its Amaq news agency, ISKP said one of its fighters had carried out the attack.',
    [['In a statement', ['iskp']]],
  ],
  [
    'in a group spokesman\'s words "they" and "their" are another group, the last one named before, never his own ("we"); a partitive "them" counts his own men',
    'ISKP attacked a checkpoint in Takhar. Zabihullah Mujahid, a spokesman for the Taliban, told reporters the checkpoint held. "They are criminals hiding in the mountains," Mujahid said. "We have broken their networks. Our guards stopped them, and two of them were martyred."',
    [
      ['Zabihullah Mujahid', ['afghan-taliban']],
      ['"They are', ['iskp']],
      ['"We have broken', ['iskp', 'afghan-taliban']],
      ['Our guards', ['afghan-taliban']],
    ],
  ],
  [
    'a group only contrasted ("not by the TTP but by …") is not the topic; the group it is contrasted with is',
    'The attack was claimed on Saturday not by the TTP but by Jamaat-ul-Ahrar, the faction that broke away from it. In a message to journalists, its spokesman said the faction\'s fighters had carried out the raid.',
    [['In a message', ['jua']]],
  ],
  [
    'a former commander no longer speaks for his group: his "they" is that group',
    'A former commander of the TTP who surrendered last month says the group is growing. "They are not short of men. They are short of money," he told Dawn.',
    [
      ['A former commander', ['ttp']],
      ['"They are not', ['ttp']],
      ['They are short', ['ttp']],
    ],
  ],
  [
    'a spokesman named without his group ("its spokesman", "spokesman Ali Dhere") speaks for the group named just before: his "we" is that group',
    'Responsibility was claimed by JuA. In a voice message, its spokesman said the raid was revenge. "We do not hide behind other names," he said. The TTP was blamed for a second attack. In an audio message on a channel used by the group, spokesman Ali Dhere said: "Our fighters will return."',
    [
      ['In a voice message', ['jua']],
      ['"We do not hide', ['jua']],
      ['In an audio message', ['ttp']],
    ],
  ],
  [
    'after a state body, "its spokesman" is the body\'s own, and a possessive after a state body\'s speaker phrase is the body\'s',
    'The army said ISKP fighters attacked a post in Jalalabad overnight. In a statement, its spokesman said: "We lost two men." The AU mission said its troops were not involved.',
    [
      ['The army said', ['iskp']],
      ['In a statement', []],
      ['The AU mission', []],
    ],
  ],
  [
    'two groups named as one subject ("LeT and JeM") are what the next "they" and "their" mean; "each other", "both sides", "they were both" read the pair just named',
    'Officials named two groups. "LeT and JeM have divided the valley. They are patient. Their leaders meet in Pakistan," an officer said. "The TTP accuses ISKP of killing its commanders, and ISKP accuses the TTP of betrayal. I think they were both right. They watch each other," the analyst said.',
    [
      ['"LeT and JeM', ['let', 'jem']],
      ['They are patient', ['let', 'jem']],
      ['Their leaders', ['let', 'jem']],
      ['"The TTP accuses', ['ttp', 'iskp']],
      ['I think they', ['ttp', 'iskp']],
      ['They watch', ['ttp', 'iskp']],
    ],
  ],
  [
    'two groups in one sentence that are not one subject leave a plain "they" to the topic; a third group named ends the pair',
    'ISKP attacked a Taliban post. "ISKP wants the Afghan Taliban to overreact. They are patient," an analyst said. "JeM is different. LeT and JeM compete. The TTP is bigger. They are an army," she said.',
    [
      ['"ISKP wants', ['iskp', 'afghan-taliban']],
      ['They are patient', ['iskp']],
      ['"JeM is different', ['jem']],
      ['LeT and JeM', ['let', 'jem']],
      ['The TTP is bigger', ['ttp']],
      ['They are an army', ['ttp']],
    ],
  ],
  [
    'the Taliban\'s government by its standing ("the interim government in Kabul") is the Afghan Taliban; a bare "interim government" only where the document names them',
    'The TTP attacked a post in Bannu. Officials said the evidence had been shared with the interim government in Kabul. "The interim government in Baidoa is new," an analyst said.',
    [
      ['Officials said', ['afghan-taliban']],
      ['"The interim government in Baidoa', []],
    ],
  ],
  [
    '"khawarij" the document does not define is the group its user fights: the Taliban\'s ISKP, otherwise the one of the TTP, ISKP and al-Shabaab the document names most',
    'The TTP attacked a post in Bannu, and the TTP said it had lost two men. ISKP was not involved. "Twelve khawarij were killed," the army said. Zabihullah Mujahid, a spokesman for the Afghan Taliban, said "the khawarij" had killed civilians in Kunduz.',
    [
      ['The TTP attacked', ['ttp']],
      ['"Twelve khawarij', ['ttp']],
      ['Zabihullah Mujahid', ['afghan-taliban', 'iskp']],
    ],
  ],
  [
    '"the former" and "the latter" are the earlier and the later of the last two groups named; "the former commander" is no such reference',
    'The TTP and ISKP recruit in the same districts. "The former pays a monthly salary, and the latter promises paradise," a researcher said. "The former commander of the unit has left," an official said.',
    [
      ['"The former pays', ['ttp', 'iskp']],
      ['"The former commander', []],
    ],
  ],
  [
    'a question whose subject is a pronoun ("Can it …?") stays on the group its first sentence asked about, not the object it names',
    interview('What about ISKP? Can it take recruits from the TTP?', 'It can, in a few districts.'),
    [['It can', ['iskp']], THANKS],
  ],
  [
    'a subject "they" continuing the last sentence\'s subject "they" is the same group, whatever people that sentence named as objects',
    'ISKP attacked a shrine in Kabul. "They are patient with recruits and hard on informers. Now they recruit in the universities," an analyst said.',
    [
      ['"They are patient', ['iskp']],
      ['Now they recruit', ['iskp']],
    ],
  ],
  [
    'a group named as the subject of a later clause is what the next sentence\'s subject "they" means',
    'ISKP claimed the attack. "In Kunduz they still have cells, but the Taliban police are not trained for this. They know how to fight a war, not how to run a city," a former officer said.',
    [
      ['"In Kunduz', ['afghan-taliban', 'iskp']],
      ['They know', ['afghan-taliban']],
    ],
  ],
  [
    'an object "them" in the clause of a subject "they" is the other group, not the same one; a "them" inside a relative clause is not',
    'Pakistan asked the Taliban to act against the TTP. "They will never arrest them," a diplomat said. ISKP bombed a mosque. "They have no village that would hide them," an official said.',
    [
      ['"They will never', ['afghan-taliban', 'ttp']],
      ['"They have no village', ['iskp']],
    ],
  ],
  [
    'a description read as a later clause\'s subject ("…, but that the movement had survived") is what the same speaker\'s next "It" means',
    'Mariam Noori, a researcher in Kabul, said the Taliban had taken the bases of ISKP in Nangarhar, but that the movement had simply moved its men. "It recruits in the towns now," she said.',
    [
      ['Mariam Noori', ['afghan-taliban', 'iskp']],
      ['"It recruits', ['iskp']],
    ],
  ],
  [
    'people in a comparison\'s standard ("than officials in Peshawar admit") are no antecedent, and the standard may run to three words',
    interview('How strong is the TTP in Bajaur?', 'Stronger than officials in Peshawar admit. They recruit in every village now.'),
    [
      ['Stronger than', ['ttp']],
      ['They recruit', ['ttp']],
      THANKS,
    ],
  ],
  [
    'a pair stays in reach across one sentence of the same speaker that names no group, and "they are (not) rivals / allies" speaks of both',
    'Jaish-e-Mohammed and Lashkar-e-Taiba have split the valley, an officer said. "They are not allies. Nobody trusts anybody here. They watch each other," he said.',
    [
      ['Jaish-e-Mohammed', ['jem', 'let']],
      ['"They are not allies', ['jem', 'let']],
      ['Nobody trusts', []],
      ['They watch', ['jem', 'let']],
    ],
  ],
  [
    'a "they" with a predicate of sharing or difference speaks of the two groups the last sentences were about',
    'Jamaat-ul-Ahrar claimed the blast, a police officer said. "The TTP denied it on Sunday. They broke apart in 2014, but they still share safe houses and couriers," he said. "They do not train their men the same way."',
    [
      ['Jamaat-ul-Ahrar claimed', ['jua']],
      ['"The TTP denied', ['ttp']],
      ['They broke apart', ['ttp', 'jua']],
      ['"They do not train', ['ttp', 'jua']],
    ],
  ],
  [
    'distributive words ("one group … the other", a bare "Both" as subject, "which group was which") read the pair, not people named since',
    'LeT and JeM fought over the orchards for years, a police officer said. "Whenever one group recruits in a village, the other punishes it. Both tax the apple trade," he said. Two policemen were hurt in the last clash. "Both need surgery," a doctor said.',
    [
      ['LeT and JeM', ['let', 'jem']],
      ['"Whenever one group', ['let', 'jem']],
      ['Both tax', ['let', 'jem']],
      ['"Both need', []],
    ],
  ],
  [
    'a past-tense "they" for fighters named without their group is the night\'s people, and so is the head count in its sentence; "their fighters" and "Tajik fighters" are no such people',
    'ISKP claimed the raid on Monday. A guard said fighters on motorbikes had surrounded the post. "They were everywhere, perhaps 200 men," he said. An analyst said ISKP recruits in the north. "Tajik fighters are in Badakhshan, and they train there in the open," she said.',
    [
      ['A guard said', []],
      ['"They were everywhere', []],
      ['An analyst said', ['iskp']],
      ['"Tajik fighters', ['iskp']],
    ],
  ],
  [
    '"the faction" is the group the text last called a faction ("Jamaat-ul-Ahrar, the faction that …"), not the passage\'s group',
    'The TTP attacked a police post in Bannu on Monday, officials said. An officer said Jamaat-ul-Ahrar, the faction that broke away in 2025, had supplied the bomb. "The TTP says it knows nothing. The faction buys the explosives through Kunar," he said.',
    [
      ['The TTP attacked', ['ttp']],
      ['An officer said', ['jua']],
      ['"The TTP says', ['ttp']],
      ['The faction buys', ['jua']],
    ],
  ],
  [
    'a faction or its men by a name word: the last word of a group\'s name ("the Ahrar faction"), or a person the text ties to a group beside the name ("the TTP faction of Qari Shakeel"); a place is neither',
    'Police blamed the TTP faction of Qari Shakeel for the bombing of a market in Tank. "The Shakeel men came from Paktika," an officer said. A second officer said the Ahrar faction had supplied the explosives. He said Jamaat-ul-Ahrar denied it on Telegram. "The Tank people are tired of all of them," a shopkeeper said.',
    [
      ['Police blamed', ['ttp']],
      ['"The Shakeel men', ['ttp']],
      ['A second officer', ['jua']],
      ['He said', ['jua']],
      ['"The Tank people', []],
    ],
  ],
  [
    'an "Its" opening the sentence after one whose subject is a state body is that body\'s, not the passage\'s group; after a group it is the group\'s',
    'ISKP attacked a checkpoint in Kunar on Monday, officials said. The Afghan army, in a statement on Tuesday, gave a lower toll. Its spokesman, Colonel Ahmad Rahimi, said two soldiers were wounded. ISKP said in a post that the raid was a warning. Its spokesman said the group would strike again.',
    [
      ['ISKP attacked', ['iskp']],
      ['The Afghan army', []],
      ['Its spokesman, Colonel', []],
      ['ISKP said', ['iskp']],
      ['Its spokesman said', ['iskp']],
    ],
  ],
  [
    'a partitive "them" after a count of people who are no group ("30 wounded people") is those people; after a group\'s fighters it is the group',
    'ISKP claimed the bombing in Jalalabad on Friday. A nurse said the hospital had received 30 wounded people by midnight. "Many of them are children," she said. ISKP has about 2,000 fighters in the east, a UN report said. "Many of them are Tajiks," an official said.',
    [
      ['A nurse said', []],
      ['"Many of them are children', []],
      ['ISKP has about', ['iskp']],
      ['"Many of them are Tajiks', ['iskp']],
    ],
  ],
  [
    'a comparative restricted to a place, with a hedge, is an elliptical reply about the question\'s group',
    interview('Is the TTP stronger than it was in 2021?', 'Stronger in the south, probably. They recruit in every village there.'),
    [
      ['Stronger in the south', ['ttp']],
      ['They recruit', ['ttp']],
      THANKS,
    ],
  ],
];

for (const [name, text, expected] of cases) {
  test(`subjects: ${name}`, () => {
    const claims = extractClaims(text, matcher.findMentions(text));
    const statements = claims.filter((c, i) => c.speaker && !claims.slice(0, i).some((o) => o.speaker && o.start === c.start));
    assert.deepEqual(
      statements.map((c, i) => [text.slice(c.start, c.start + (expected[i]?.[0].length ?? 20)), c.statementSubjects ?? c.subjects]),
      expected,
    );
  });
}

/** The fixture gazetteer's parents (the parent rule reads them). */
const parentOf = (id: string): string | null => (fixture.groups as { id: string; parent?: string | null }[]).find((g) => g.id === id)?.parent ?? null;

/** Groups named by a description, and how a quote's words and a pair are read (descriptions.ts, subjects.ts). */
const describedCases: [string, string, [string, string[]][]][] = [
  [
    'the Taliban\'s government by its seat after August 2021 ("Unless Kabul acts", "Kabul\'s ministers", "the Emirate"); "in Kabul" is a place',
    'March 3, 2024\n\nThe TTP attacked a post in Bannu on Monday, and officials blamed the Afghan Taliban. "Unless Kabul acts, nothing will change," a police officer said. "Kabul\'s ministers promise a lot," he said. "People in Kabul talk about the Emirate as one thing," he added. "Shopkeepers in Kabul are afraid," a trader said.',
    [
      ['The TTP attacked a', ['ttp', 'afghan-taliban']],
      ['"Unless Kabul acts', ['afghan-taliban']],
      ['"Kabul\'s ministers', ['afghan-taliban']],
      ['"People in Kabul', ['afghan-taliban']],
      ['"Shopkeepers in Kabul', []],
    ],
  ],
  [
    'before August 2021 the government in Kabul is the Republic\'s, not the Taliban\'s',
    'March 3, 2019\n\nThe Afghan Taliban attacked a post in Ghazni. "The government in Kabul has failed the villages," an elder said.',
    [['"The government in Kabul', []]],
  ],
  [
    'an Islamic State province by its region ("the Khorasan branch", "the Islamic State\'s Afghan branch" without its owner), where the document names it; "the Afghan province of Kunar" is a place',
    'ISKP claimed the attack. "The Khorasan branch has grown," an analyst said. "The Islamic State\'s Afghan branch recruits in the east," she said. "Fighters moved to the Afghan province of Kunar," she said.',
    [
      ['"The Khorasan branch', ['iskp']],
      ['"The Islamic State\'s Afghan branch', ['iskp']],
      ['"Fighters moved', []],
    ],
  ],
  [
    'a parent by its standing ("the parent organisation") is the gazetteer parent of the passage\'s group, where the document names it',
    'ISKP, which pledged allegiance to the Islamic State in 2015, claimed the bombing in Jalalabad. "The branch always comes back. The parent organisation sends money," an analyst said.',
    [
      ['"The branch', ['iskp']],
      ['The parent organisation', ['isis']],
    ],
  ],
  [
    'a quote said of a group ("she said of the TTP") is about that group, and so is the quote after it',
    'The TTP and ISKP both operate in Bajaur. "They did not want this fight," an analyst said of the TTP. "It was brought to them," the analyst added.',
    [
      ['"They did not', ['ttp']],
      ['"It was brought', ['ttp']],
    ],
  ],
  [
    '"between them" in an answer is the pair its question named',
    interview('Is the TTP working with ISKP?', 'There is contact between them, but little trust.'),
    [['There is contact', ['ttp', 'iskp']], THANKS],
  ],
  [
    'a label right before a name ("the proscribed organisation LeT") is that name, not the passage\'s group',
    'JeM claimed the attack in Rajouri. Officials said the proscribed organisation LeT had trained the attackers.',
    [['Officials said', ['let']]],
  ],
  [
    '"the two organisations" are the two groups the last sentences were about, not groups listed in passing',
    'The TTP was rebuilt from older factions, among them JuA and a Swat group. ISKP, which split from the TTP in 2015, answers to a different command. "The two organisations used to share safe houses," an analyst said.',
    [['"The two organisations', ['ttp', 'iskp']]],
  ],
];

for (const [name, text, expected] of describedCases) {
  test(`subjects: ${name}`, () => {
    const claims = extractClaims(text, matcher.findMentions(text), undefined, parentOf);
    const statements = claims.filter((c, i) => c.speaker && !claims.slice(0, i).some((o) => o.speaker && o.start === c.start));
    assert.deepEqual(
      statements.map((c, i) => [text.slice(c.start, c.start + (expected[i]?.[0].length ?? 20)), c.statementSubjects ?? c.subjects]),
      expected,
    );
  });
}

test('speakers: an office held for the group the phrase names is not another group\'s spokesman named earlier', () => {
  const text = 'The TTP said its fighters attacked a convoy. The group\'s spokesman, Mohammad Khurasani, said the convoy had been watched. "Our fighters will keep fighting," he said. The Afghan Taliban\'s chief spokesman said Afghan soil is not used against anyone.';
  const claims = extractClaims(text, matcher.findMentions(text), undefined, parentOf);
  const statements = claims.filter((c, i) => c.speaker && !claims.slice(0, i).some((o) => o.speaker && o.start === c.start));
  assert.deepEqual(
    statements.map((c) => [c.speaker!.name, c.statementSubjects ?? c.subjects]),
    [
      ['The TTP', ['ttp']],
      ['Mohammad Khurasani', ['ttp']],
      ['Mohammad Khurasani', ['ttp']],
      ["The Afghan Taliban's chief spokesman", ['afghan-taliban']],
    ],
  );
});

test('subjects: "al-Shabaab" in a story about Cabo Delgado is the Mozambique province, unless placed in Somalia', () => {
  const local = new GroupMatcher(
    parseGazetteer(
      {
        version: 1,
        groups: [
          { id: 'al-shabaab', name: 'al-Shabaab', aliases: ['Shabaab'] },
          { id: 'islamic-state-of-iraq-and-syria-mozambique', name: 'Islamic State Mozambique Province', aliases: ['ISIS-Mozambique'] },
        ],
      },
      'builtin',
    ).gazetteer,
  );
  const text = 'PEMBA, Mozambique — Fighters of ISIS-Mozambique attacked Macomia in Cabo Delgado on Monday. "Al-Shabaab came at night," a Mozambican officer said. "They have no link to the al-Shabaab in Somalia," an analyst said.';
  const claims = extractClaims(text, local.findMentions(text));
  const statements = claims.filter((c, i) => c.speaker && !claims.slice(0, i).some((o) => o.speaker && o.start === c.start));
  assert.deepEqual(
    statements.map((c) => c.statementSubjects ?? c.subjects),
    [['islamic-state-of-iraq-and-syria-mozambique'], ['al-shabaab', 'islamic-state-of-iraq-and-syria-mozambique']],
  );
});

/** Statements' subjects of `text` read with a gazetteer of `groups` alone. */
function subjectsWith(groups: { id: string; name: string; aliases: string[] }[], text: string): string[][] {
  const local = new GroupMatcher(parseGazetteer({ version: 1, groups }, 'builtin').gazetteer);
  const claims = extractClaims(text, local.findMentions(text));
  const statements = claims.filter((c, i) => c.speaker && !claims.slice(0, i).some((o) => o.speaker && o.start === c.start));
  return statements.map((c) => c.statementSubjects ?? c.subjects);
}

const TALIBANS = [
  { id: 'ttp', name: 'Tehrik-e-Taliban Pakistan', aliases: ['TTP', 'Pakistani Taliban'] },
  { id: 'afghan-taliban', name: 'Taliban', aliases: ['Afghan Taliban'] },
];

test('subjects: "the Taliban" in the words of people in Khyber Pakhtunkhwa is the TTP; narration, Kabul and a sentence naming the TTP keep the Afghan Taliban', () => {
  const text =
    'MINGORA, Swat — Traders in Swat and Peshawar say the TTP is back in Khyber Pakhtunkhwa, from Bajaur to Bannu. ' +
    '"The Taliban have people in every market," a jeweller in Swat said. ' +
    '"The Taliban promised in Kabul that their soil would not be used," an official said. ' +
    '"The TTP and the Taliban are brothers," a trader said. ' +
    'Officials said the Taliban had not replied.';
  assert.deepEqual(subjectsWith(TALIBANS, text), [['ttp'], ['ttp'], ['afghan-taliban'], ['ttp', 'afghan-taliban'], ['afghan-taliban']]);
});

test('subjects: "the Taliban" stays the Afghan Taliban in a story that is not about Khyber Pakhtunkhwa, or names no TTP', () => {
  const kabul = 'KABUL — The TTP was mentioned once. "The Taliban have people in every market," a trader in Kabul said. Peshawar was quiet.';
  assert.deepEqual(subjectsWith(TALIBANS, kabul), [['afghan-taliban']]);
  const noTtp = 'MINGORA, Swat — Traders in Swat, Peshawar, Bajaur and Bannu spoke. "The Taliban have people in every market," a jeweller said.';
  assert.deepEqual(subjectsWith(TALIBANS, noTtp), [['afghan-taliban']]);
});

test('subjects: a separatist group by its cause ("the separatists", "the Baloch fighters") is the separatist group the document names', () => {
  const groups = [
    { id: 'bla', name: 'Balochistan Liberation Army', aliases: ['BLA'] },
    { id: 'ttp', name: 'Tehrik-e-Taliban Pakistan', aliases: ['TTP', 'Pakistani Taliban'] },
  ];
  const text =
    'The BLA claimed the attack in Kech. ' +
    '"The separatists always inflate their numbers," a police officer said. ' +
    'He said the Baloch fighters had withdrawn to the hills. ' +
    '"The Pakistani Taliban fight for an emirate; the Baloch groups fight for a nation," an analyst said. ' +
    'A minister said separatist violence would not stop the road.';
  assert.deepEqual(subjectsWith(groups, text), [['bla'], ['bla'], ['ttp', 'bla'], []]);
  // No separatist group named: "the separatists" are nobody the gazetteer knows.
  assert.deepEqual(subjectsWith(groups, 'The TTP attacked a post. "The separatists were not involved," an officer said.'), [[]]);
});

test('subjects: "both sides" and "the two factions" with no pair in reach are the two groups the document is about', () => {
  const groups = [
    { id: 'iswap', name: 'Islamic State West Africa Province', aliases: ['ISWAP'] },
    { id: 'jas', name: 'Boko Haram', aliases: ['JAS'] },
    { id: 'jnim', name: 'JNIM', aliases: [] },
  ];
  const text =
    'ISWAP and JAS fight for the islands. ISWAP holds the shore. JAS holds the water. ISWAP taxes fishermen. JAS raids villages. JNIM is far away. ' +
    'Residents fled. The army deployed. Roads closed. ' +
    '"Both sides lost hundreds," a researcher said. "Stop treating the two factions as one enemy," she added. ' +
    'The market reopened on Monday. "The gunmen fired from the hills on both sides," a farmer said.';
  assert.deepEqual(subjectsWith(groups, text), [['iswap', 'jas'], ['iswap', 'jas'], []]);
});

const SAHEL = [
  { id: 'jnim', name: 'Jama’at Nusrat al-Islam wal-Muslimin', aliases: ['JNIM'] },
  { id: 'al-shabaab', name: 'al-Shabaab', aliases: ['Shabaab'] },
  { id: 'afghan-taliban', name: 'Taliban', aliases: [] },
];

test('subjects: a spoken "it" as a later clause\'s subject, or the main clause\'s after an opening phrase, is the passage\'s group; not a thing the sentence opened on, a copula or a speaker "it"', () => {
  const text =
    'JNIM ambushed a convoy near Mopti on Sunday. ' +
    '"After the rains, it moved north to the river," an analyst said. ' +
    '"The lorry did not stop, and it burned for an hour," a driver said. ' +
    '"There was a pause in May, and it ended quickly," the analyst said. ' +
    '"By the end of the year, it is likely to be worse," she added.';
  assert.deepEqual(subjectsWith(SAHEL, text), [['jnim'], [], [], []]);
});

test('subjects: a spoken "it" as the object of what members do to their group (run, speak for, stay with) is the passage\'s group; another verb\'s "it" is not', () => {
  const text =
    'JNIM has grown in central Mali. ' +
    '"Kouffa runs it like a family business," a researcher said. ' +
    '"Nobody speaks for it in the south any more," she said. ' +
    '"The men who stayed with it after 2020 are few," she said. ' +
    '"The council discussed the plan and approved it," she added.';
  assert.deepEqual(subjectsWith(SAHEL, text), [['jnim'], ['jnim'], ['jnim'], []]);
});

test('subjects: a group described by its nationality ("the Somali group") is the passage\'s group; "the rival group" and a name ("the Taliban movement") are not such a description', () => {
  assert.deepEqual(
    subjectsWith(SAHEL, 'Al-Shabaab raided a base near Afgooye. "The Somali group still taxes every lorry," a trader said. "The rival group is weaker," he said.'),
    [['al-shabaab'], []],
  );
  assert.deepEqual(subjectsWith(SAHEL, 'JNIM attacked a post. An analyst said the Taliban movement was watching Mali.'), [['afghan-taliban']]);
});

test('subjects: an answer that is a yes restricted to a place, or a bare comparative, is about the groups its question named; a yes restricted to something else is not', () => {
  assert.deepEqual(subjectsWith(SAHEL, interview('Is JNIM still growing in Mali?', 'In central Mali, yes. The roads are closed.')), [['jnim'], [], []]);
  assert.deepEqual(subjectsWith(SAHEL, interview('Is JNIM stronger than in 2020?', 'Far stronger.')), [['jnim'], []]);
  assert.deepEqual(subjectsWith(SAHEL, interview('Do soldiers desert to JNIM?', 'In some units, yes.')), [[], []]);
});

const BASINS = [
  { id: 'iswap', name: 'Islamic State West Africa Province', aliases: ['ISWAP'] },
  { id: 'al-shabaab', name: 'al-Shabaab', aliases: ['Shabaab'] },
  { id: 'ttp', name: 'Tehrik-e-Taliban Pakistan', aliases: ['TTP'] },
];

test('subjects: a statement that names no group is about the group its claim counts, blames or lets announce; a toll\'s statement is not about the group the attack is put on', () => {
  assert.deepEqual(
    subjectsWith(BASINS, 'The TTP has grown since 2022. Provincial officials say the number of fighters inside Bannu alone is now higher than 3,000. A doctor said nine people had been killed.'),
    [['ttp'], []],
  );
  assert.deepEqual(
    subjectsWith(BASINS, 'Al-Shabaab stormed a base near Jowhar on Sunday. Local elders had already blamed the militants for the killing of a cleric, a district official said.'),
    [['al-shabaab']],
  );
});

test('subjects: a possessive in a state body\'s reported words is the body\'s, also after a time, an adverb or a part ("said last week that its", "said separately that three of its")', () => {
  assert.deepEqual(
    subjectsWith(BASINS, "ISWAP attacked a base in Borno on Monday. The army said last week that its patrols had cleared the road. Niger's army said separately that three of its soldiers had died."),
    [[], []],
  );
});

test('subjects: a spoken "they" for an incident\'s fighters named in narration speaks of their group when it is in the present or the future; in the past it is the incident\'s people, and fighters named in the quote itself are the speaker\'s', () => {
  assert.deepEqual(
    subjectsWith(BASINS, 'Al-Shabaab raided a ferry post near Jowhar. Fishermen said the gunmen had burned two boats. “They sleep in the forest and cross the river after dark,” said a fisherman. “Nobody here will say their names.”'),
    [[], ['al-shabaab'], ['al-shabaab']],
  );
  assert.deepEqual(
    subjectsWith(BASINS, 'Al-Shabaab raided a ferry post near Jowhar. Fishermen said the gunmen had burned two boats. “They took the engines and left before dawn,” said a fisherman.'),
    [[], []],
  );
  assert.deepEqual(
    subjectsWith(BASINS, 'Al-Shabaab raided a ferry post near Jowhar. “The gunmen on the river are young, and they are well armed,” a police officer said.'),
    [[]],
  );
});

test('subjects: an "its" whose nearest owner before it is a state body, a country or a place is that owner\'s, not the passage\'s group', () => {
  assert.deepEqual(
    subjectsWith(BASINS, 'ISWAP overran a base near Monguno. The army, for its part, says the road to Baga is open. A ministry spokesman said the country would keep its battalion in the task force.'),
    [[], []],
  );
  assert.deepEqual(
    subjectsWith(BASINS, 'ISWAP overran a base near Monguno. The army said the group had moved its fighters to the islands.'),
    [['iswap']],
  );
});

test('subjects: a spoken "it" read as the group — a progressive ("It is not trying …"), the same speaker\'s next "It" before a modal, an "it" opening a subordinate clause before a later copula, an "it" after an opening phrase with no comma; not an elliptical "It is not."', () => {
  assert.deepEqual(
    subjectsWith(SAHEL, 'JNIM has closed the road to Kayes. “It is not trying to hold the towns,” an analyst said. “It learned that in Burkina Faso,” she said. “It will try the same thing on the Sikasso road.”'),
    [['jnim'], ['jnim'], ['jnim']],
  );
  assert.deepEqual(
    subjectsWith(SAHEL, 'JNIM has closed the road to Kayes. “When it closes a road, it is closed for weeks,” a driver said. “In the villages near Ségou it settles land disputes,” he said. “In the rainy season it is quiet,” he added.'),
    [['jnim'], ['jnim'], []],
  );
  assert.deepEqual(
    subjectsWith(BASINS, 'Al-Shabaab ambushed a convoy near Baidoa. Officials said the militants wanted to close the highway. “They want the road to be theirs,” the minister said. “It is not.”'),
    [[], ['al-shabaab'], []],
  );
});

test('subjects: after an answer that reads its question\'s group ("In central Mali, yes."), a copula "It is …" is that group', () => {
  assert.deepEqual(subjectsWith(SAHEL, interview('Is JNIM winning in the centre?', 'In central Mali, yes. It is richer and better rooted than its rivals.')), [['jnim'], ['jnim'], []]);
});

test('subjects: people who spoke in a sentence before ("Police said …") are its source, not what a new quote\'s "they" in the present means; in the past they still may be', () => {
  assert.deepEqual(
    subjectsWith(BASINS, 'The TTP denied any role in the Bannu bombing. Police said the denial was a lie. “They always deny it when children die,” a senior officer said.'),
    [[], ['ttp']],
  );
  assert.deepEqual(
    subjectsWith(BASINS, 'The TTP attacked a police post in Bannu. Residents said the firing went on for hours. “They were shooting until dawn,” a shopkeeper said.'),
    [[], []],
  );
});

test('subjects: a plural noun denied after a copula ("are not professional soldiers") is no antecedent for a "they"', () => {
  assert.deepEqual(
    subjectsWith(SAHEL, 'JNIM can call on part-time fighters in the Macina. “Those men are not professional soldiers, but they fight hard,” a researcher said.'),
    [['jnim']],
  );
});

test('subjects: an answer opening on "Yes," keeps its question\'s group for the pronouns after it, whatever group it names in passing; a cleft "It was the elders who …" is no group', () => {
  assert.deepEqual(
    subjectsWith(BASINS, interview('Has ISWAP become harsher with traders?', 'Yes, since the clashes with al-Shabaab recruiters on the coast. Now they search every boat.')),
    [['al-shabaab'], ['iswap'], []],
  );
  assert.deepEqual(
    subjectsWith(BASINS, 'Al-Shabaab bombed a checkpoint near Beledweyne. “The target was not the soldiers,” an analyst said. “It was the elders who signed up for the offensive.”'),
    [[], []],
  );
});

const STATES = [
  { id: 'afghan-taliban', name: 'Taliban', aliases: ['Afghan Taliban'] },
  { id: 'iskp', name: 'Islamic State Khorasan Province', aliases: ['ISKP'] },
];

test('subjects: a group named only as the owner of the state office that speaks ("the Taliban’s provincial health department said") is the state speaking; the group\'s own spokesman, and its offices as victims, keep it', () => {
  assert.deepEqual(
    subjectsWith(
      STATES,
      'A bomb hit a bus in Herat on Sunday. Four passengers were killed, the Taliban’s provincial health department said. ' +
        'The Taliban’s army spokesman said the road had reopened. ' +
        'A Taliban spokesman said the movement would find those responsible. ' +
        'Police said the bomb killed two clerks of the Taliban’s finance ministry.',
    ),
    [[], [], ['afghan-taliban'], ['afghan-taliban']],
  );
});

/** Statements' subjects with the gazetteer's parents known (epithets.ts reads "al-Qaeda's branch in …" as the branch). */
function subjectsWithParents(groups: { id: string; name: string; aliases: string[]; parent?: string }[], text: string): string[][] {
  const local = new GroupMatcher(parseGazetteer({ version: 1, groups }, 'builtin').gazetteer);
  const parents = new Map(groups.map((g) => [g.id, g.parent ?? null]));
  const claims = extractClaims(text, local.findMentions(text), undefined, (id) => parents.get(id) ?? null);
  const statements = claims.filter((c, i) => c.speaker && !claims.slice(0, i).some((o) => o.speaker && o.start === c.start));
  return statements.map((c) => [...(c.statementSubjects ?? c.subjects)].sort());
}

test('subjects: a parent\'s branch by a named region ("al-Qaeda’s affiliate in Mali") is the branch alone, as the Islamic State\'s regional branches are; "its affiliate in the region" and a faction keep the parent', () => {
  const groups = [
    { id: 'al-qaeda', name: 'al-Qaeda', aliases: [] },
    { id: 'jnim', name: 'Jama’at Nusrat al-Islam wal-Muslimin', aliases: ['JNIM'], parent: 'al-qaeda' },
  ];
  assert.deepEqual(
    subjectsWithParents(
      groups,
      'JNIM raided a gold mine near Kayes on Friday. ' +
        'A spokesman for al-Qaeda’s affiliate in Mali said on Saturday that the raid was a warning to the junta. ' +
        'A researcher said al-Qaeda’s affiliate in the region now taxes the miners.',
    ),
    [['jnim'], ['al-qaeda', 'jnim']],
  );
});

const PROVINCES = [
  { id: 'isis', name: 'Islamic State', aliases: ['Daesh'] },
  { id: 'islamic-state-in-the-greater-sahara', name: 'Islamic State Sahel Province', aliases: ['IS Sahel'] },
  { id: 'islamic-state-west-africa-province', name: 'Islamic State West Africa Province', aliases: ['ISWAP'] },
  { id: 'al-shabaab', name: 'al-Shabaab', aliases: [] },
];

test('subjects: a generic Islamic State name in a passage placed elsewhere by its own place words is not the document\'s province: the centre where the region has no province, the region\'s province where the document names it', () => {
  const digest =
    '**Ansongo (3 May):** Fighters of IS Sahel burned a market near Ansongo in the Gao region of Mali, local officials said.\n\n' +
    '**Tillabéri (4 May):** Officials in Niger said the Islamic State had killed four soldiers near Tillabéri.\n\n' +
    '**Bosaso (5 May):** Puntland officials said the Islamic State had lost two commanders in the hills south of Bosaso, in Somalia.\n\n' +
    '**Maiduguri (6 May):** ISWAP raided a camp in Borno. Nigerian officials said Daesh fighters had come from the islands of Lake Chad into Borno.';
  assert.deepEqual(subjectsWith(PROVINCES, digest), [
    ['islamic-state-in-the-greater-sahara'],
    ['islamic-state-in-the-greater-sahara'],
    ['isis'],
    ['islamic-state-west-africa-province'],
  ]);
});

test('subjects: a generic Islamic State name owning or holding the province named beside it ("relayed by the Islamic State’s media office", "the best armed of the Islamic State’s affiliates") is the centre; claims keep the province', () => {
  const text =
    'ISWAP fighters attacked a base near Dikwa in Borno, Nigeria, on Monday. ' +
    'ISWAP said in a message relayed by the Islamic State’s media office that its fighters had killed nine soldiers. ' +
    'A researcher in Maiduguri said ISWAP was the best armed of the Islamic State’s affiliates in Nigeria and Chad.';
  assert.deepEqual(subjectsWith(PROVINCES, text), [
    ['islamic-state-west-africa-province', 'isis'],
    ['islamic-state-west-africa-province', 'isis'],
  ]);
  const local = new GroupMatcher(parseGazetteer({ version: 1, groups: PROVINCES }, 'builtin').gazetteer);
  const toll = extractClaims(text, local.findMentions(text)).find((c) => c.kind === 'casualties');
  assert.deepEqual(toll?.subjects, ['islamic-state-west-africa-province']);
});

test('subjects: "the khawarij of ISKP" is the group named after the epithet, not the group the epithet stands for alone', () => {
  const groups = [
    { id: 'ttp', name: 'Tehrik-e-Taliban Pakistan', aliases: ['TTP'] },
    { id: 'iskp', name: 'Islamic State Khorasan Province', aliases: ['ISKP'] },
  ];
  assert.deepEqual(
    subjectsWith(groups, 'The TTP has attacked police in Bajaur before, and TTP fighters struck Khar last month. A police officer in Peshawar said the latest blast was the work of the khawarij of ISKP.'),
    [['iskp']],
  );
});

const SEPARATISTS = [
  { id: 'bla', name: 'Balochistan Liberation Army', aliases: ['BLA'] },
  { id: 'ttp', name: 'Tehrik-e-Taliban Pakistan', aliases: ['TTP'] },
];

test('subjects: a group\'s commander introduced by a description and then named ("one of its commanders, who goes by the name …") speaks for the group in his answers: his "we" is the group, an object "them" after it the other group named just before; people named in the clause ("the soldiers") keep theirs', () => {
  const text =
    'Desert Notes — Interviews\n\nThe BLA has attacked more convoys in Kharan this year than ever before. We met one of its senior commanders, who goes by the name Shay Mureed, near the Iranian border.\n\n' +
    'Desert Notes: Is the BLA now allied with the TTP?\n\n' +
    'Shay Mureed: We owe nothing to anyone. The TTP fight for a different flag. We will never take orders from them. If the soldiers keep coming, we will keep stopping them.\n\n' +
    'Desert Notes: Thank you.\n\nShay Mureed: Thank you.';
  assert.deepEqual(subjectsWith(SEPARATISTS, text), [['bla'], ['ttp'], ['ttp', 'bla'], ['bla'], []]);
});

test('subjects: a spokesman described before his name ("its spokesman, who uses the name …") speaks for the group in the quotes after it', () => {
  assert.deepEqual(
    subjectsWith(SEPARATISTS, 'The attack was claimed by the BLA. In a message to reporters, its spokesman, who uses the name Jeeyand Baloch, said the outfit had planned the raid for weeks. “Our men held the road until evening,” he said. “We lost one companion.”'),
    [['bla'], ['bla'], ['bla']],
  );
});

test('subjects: a plural noun that is the predicate of a group named as its subject ("Al-Shabaab are country boys") describes the group: a later "they" is the group, not new people', () => {
  assert.deepEqual(
    subjectsWith(BASINS, 'Al-Shabaab attacked a post near Jowhar. “Al-Shabaab are country boys with rifles,” an elder said. “They know every path in these forests,” he added.'),
    [['al-shabaab'], ['al-shabaab']],
  );
});

test('subjects: a group\'s people as the subject of reported words ("Fishermen said ISWAP commanders collect …") make it the passage\'s group again after another group was spoken of', () => {
  assert.deepEqual(
    subjectsWith(BASINS, 'ISWAP controls most islands on the lake. Al-Shabaab, a distant ally in name only, has never sent men there. Fishermen said ISWAP commanders on the islands collect a levy on every catch. A trader said the group had raised the levy in March.'),
    [['iswap'], ['iswap']],
  );
});

test('subjects: a group\'s statement that goes on as "It said …" after a speaker phrase that names or describes the group refers to it; a state body\'s "It said" does not', () => {
  assert.deepEqual(
    subjectsWith(BASINS, 'Al-Shabaab claimed an ambush on Monday. In a post on its radio station, the group said its fighters had attacked a convoy near Afgooye. It said the attack was revenge for a raid on Sunday.'),
    [['al-shabaab'], ['al-shabaab']],
  );
  assert.deepEqual(
    subjectsWith(BASINS, 'ISWAP claimed the raid on Monday. The army said in a communiqué that terrorists had attacked the camp. It said twelve assailants had been killed.'),
    [[], []],
  );
});

test('subjects: "at the front" and "the front line" are a place; "the enemy" is people, so "their" and "they" after it in an official\'s words are not the passage\'s group', () => {
  assert.deepEqual(
    subjectsWith(BASINS, 'ISWAP attacked the base at Monguno. “Half of us were at the front and the rest held the front line,” a soldier said. “The enemy came for their videos, and they left their dead behind,” the governor said.'),
    [[], []],
  );
});

test('subjects: a state named as its clause\'s subject ("Kenya will not pull its soldiers out") owns that clause\'s "its"', () => {
  assert.deepEqual(
    subjectsWith(BASINS, 'Al-Shabaab raided a base near Mandera. “Kenya will not pull its soldiers out of Gedo,” the minister said. “Al-Shabaab will not keep its fighters there for long,” he added.'),
    [[], ['al-shabaab']],
  );
});
