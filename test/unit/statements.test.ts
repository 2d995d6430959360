/**
 * Who said what, data-driven: each case marks every attributed sentence with [[…|form]] (exact
 * UTF-16 ranges via the markup helper) and lists, in order, the resolved speaker, the speaker as
 * written and the groups the statement is about. Unmarked sentences must not be statements.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { extractClaims } from '../../server/src/core/claims/extract';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { personKey } from '../../server/src/core/people/identity';
import { findPeople } from '../../server/src/core/people/people';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { buildDocument } from '../../server/src/core/text/document';
import { parseMarkup } from '../support/markup';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const matcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);

/** [name, marked text, [speaker name, speaker as written, statement subjects] per marked sentence] */
const cases: [string, string, [string, string, string[]][]][] = [
  [
    'quote of several sentences, speaker after the quote',
    '[["We will not forgive.|quote]] [[We will not forget," President Biden said.|quote]]',
    [['Biden', 'President Biden', []], ['Biden', 'President Biden', []]],
  ],
  [
    'quote continued into the next paragraph (no closing mark), attributed where it ends',
    'Police arrested four men in Kabul.\n\n[["The cell was planning attacks on mosques.|quote]] [[We found explosives.|quote]]\n\n[["They are trained abroad," said Khalid Zadran, the police spokesman.|quote]]',
    [['Khalid Zadran', 'Khalid Zadran', []], ['Khalid Zadran', 'Khalid Zadran', []], ['Khalid Zadran', 'Khalid Zadran', []]],
  ],
  [
    'speaker after the quote and the verb, with an abbreviated title: its period does not end the name',
    '[[“Each succession was called the end,” said Dr. Farzana Qazilbash, who teaches in Peshawar.|quote]] [[“The TTP came back,” said Gen. Asim Tareen.|quote]]',
    [['Farzana Qazilbash', 'Dr. Farzana Qazilbash', []], ['Asim Tareen', 'Gen. Asim Tareen', ['ttp']]],
  ],
  [
    'attribution before the quote, with a colon',
    '[[Foreign Minister Jane Doe told Reuters: "The TTP is regrouping in Kunar."|quote]]',
    [['Jane Doe', 'Foreign Minister Jane Doe', ['ttp']]],
  ],
  [
    'speaker in the neighbouring sentence: "That was how … put it"',
    '\t[[The Taliban have promised security, but they cannot protect a hotel.|quote]]\n\nThat was how one Kabul-based diplomat put it to reporters.',
    [['one Kabul-based diplomat', 'one Kabul-based diplomat', ['afghan-taliban']]],
  ],
  [
    'a quote paragraph right after a quoted speaker keeps that speaker',
    '[["We buried our brothers yesterday," a community elder said.|quote]]\n\n[["Nobody listens to us."|quote]]',
    [['a community elder', 'a community elder', []], ['a community elder', 'a community elder', []]],
  ],
  [
    'reported speech: said that, according to, warned, believes, called on',
    '[[Officials said that the TTP had regrouped.|reported]] [[According to a UN report, ISKP has 2,000 fighters.|reported]] [[Analysts warned the Taliban would split.|reported]] [[Security officials believe LeT works with ISKP.|reported]] [[The minister called on the TTP to disarm.|reported]]',
    [
      ['Officials', 'Officials', ['ttp']],
      ['a UN report', 'a UN report', ['iskp']],
      ['Analysts', 'Analysts', ['afghan-taliban']],
      ['Security officials', 'Security officials', ['let', 'iskp']],
      ['The minister', 'The minister', ['ttp']],
    ],
  ],
  [
    'coreference: "he", "the former commander" and a name given later are one speaker',
    '[[A former commander of the TTP says the group has 5,500 fighters.|reported]]\n\n[["They are short of money," he told Dawn.|quote]]\n\n[[The former commander said the group had regrouped.|reported]]\n\n[[The commander, who used the name Abu Yasir, said he joined the TTP in 2009.|reported]]',
    [
      ['Abu Yasir', 'A former commander of the TTP', ['ttp']],
      ['Abu Yasir', 'he', ['ttp']],
      ['Abu Yasir', 'The former commander', ['ttp']],
      ['Abu Yasir', 'The commander', ['ttp']],
    ],
  ],
  [
    'coreference: "Mr Rahman" and "she" after the full name',
    '[[Saad Rahman, a former adviser, said the TTP was recruiting.|reported]] [[Mr Rahman said the group paid well.|reported]]\n\n[[Aisha Khan, a researcher, told reporters the money came from extortion.|reported]] [[She said the TTP taxed traders.|reported]]',
    [
      ['Saad Rahman', 'Saad Rahman', ['ttp']],
      ['Saad Rahman', 'Mr Rahman', ['ttp']],
      ['Aisha Khan', 'Aisha Khan', []],
      ['Aisha Khan', 'She', ['ttp']],
    ],
  ],
  [
    'interview answers: every sentence is the interviewee\'s; "they" is the group the question asks about; questions are not statements',
    'In conversation with Jane Doe\n\nDW: How strong is the TTP today?\n\nJane Doe: [[Stronger than ever.|answer]] [[They have rebuilt their networks.|answer]]\n\nDW: Who pays?\n\nJD: [[Traders, under threat.|answer]]',
    [['Jane Doe', 'Jane Doe', []], ['Jane Doe', 'Jane Doe', ['ttp']], ['Jane Doe', 'JD', []]],
  ],
  [
    'interview labelled by initials only: the names come from the standfirst',
    'Transcript: an interview with the spokesman\n\nSaad Rahman recently sat down with Jane Doe for an interview about the TTP.\n\nJD: Is the TTP regrouping?\n\nSR: [[Yes, in Kunar.|answer]]\n\nJD: Why?\n\nSR: [[Money.|answer]]',
    [['Saad Rahman', 'SR', []], ['Saad Rahman', 'SR', []]],
  ],
  [
    'a group\'s spokesman: "we" and "our" are the group',
    'Transcript: TTP spokesman\'s press conference\n\nSPOKESMAN: [[Our fighters did not attack the school.|answer]]\n\nREPORTER: Who did?\n\nSPOKESMAN: [[We do not know.|answer]]',
    [['the TTP spokesman', 'SPOKESMAN', ['ttp']], ['the TTP spokesman', 'SPOKESMAN', ['ttp']]],
  ],
  [
    'an office alone later ("the IGP said") is the person the text gave that office; "he" after it too',
    'Inspector General of Police (IGP) Kashmir, Vinod Kumar Raina, visited the site. Raina met the families. [["Two of them were foreigners," the IGP said.|quote]] [[He said the search would go on.|reported]]',
    [['Vinod Kumar Raina', 'the IGP', []], ['Vinod Kumar Raina', 'He', []]],
  ],
  [
    'an office acronym alone ("the DPO", "the IGP") is the person introduced with the office spelt out; "the senator" the one titled Senator',
    '[[Talking to reporters, the district police officer, Kashif Aftab Abbasi, said the case was closed.|reported]] [["The shooters were traced," the DPO said.|quote]] Inspector General of Police Zulfiqar Hameed Marwat visited the site. [["The system works," the IGP said.|quote]] Senator Rahim Dad Kakakhel attended. [["Seven were killed," the senator said.|quote]]',
    [['Kashif Aftab Abbasi', 'the district police officer, Kashif Aftab Abbasi', []], ['Kashif Aftab Abbasi', 'the DPO', []], ['Zulfiqar Hameed Marwat', 'the IGP', []], ['Rahim Dad Kakakhel', 'the senator', []]],
  ],
  [
    '"he said" after a speaker\'s sentence that names another person goes on with the speaker',
    '[[Deputy prosecutor Zia Khattak said the state would appeal against the acquittal of Qari Sher Zaman.|reported]] [["The evidence against him is the same," he said.|quote]]',
    [['Zia Khattak', 'Deputy prosecutor Zia Khattak', []], ['Zia Khattak', 'he', []]],
  ],
  [
    'a speaker after a quote may carry an apposition before the verb',
    '[["The bomber walked into the line.|quote]] [[Most of the dead are boys," Maj. Abdikadir Mohamed Hassan, a police officer at the scene, told Reuters by telephone.|quote]]',
    [['Abdikadir Mohamed Hassan', 'Maj. Abdikadir Mohamed Hassan', []], ['Abdikadir Mohamed Hassan', 'Maj. Abdikadir Mohamed Hassan', []]],
  ],
  [
    'a person named in a possessive or after "of" describes the speaker; the speaker is the apposed name',
    'Police named the dead man as Aslam Pervez Mir. [[Mir’s brother, Tariq Pervez Mir, said the family had not seen him for a year.|reported]] [[A neighbour of Mir, a tailor named Rafiq Ganai, said he was quiet.|reported]]',
    [['Tariq Pervez Mir', 'Mir’s brother, Tariq Pervez Mir', []], ['Rafiq Ganai', 'A neighbour of Mir', []]],
  ],
  [
    'speaker phrases keep abbreviated titles and ranks with their period',
    '[[Six soldiers were wounded, according to Dr. Nasreen Akhtar Bhatti, the hospital director.|reported]] [[The convoy was hit twice, said Brig. Gen. Yahya Rasool Saadi, the army spokesman.|reported]] [[According to Prof. Hensley, the cell had ten members.|reported]]',
    [
      ['Nasreen Akhtar Bhatti', 'Dr. Nasreen Akhtar Bhatti', []],
      ['Yahya Rasool Saadi', 'Brig. Gen. Yahya Rasool Saadi', []],
      ['Hensley', 'Prof. Hensley', []],
    ],
  ],
  [
    'two appositions, one a relative clause, between the speaker and the cue',
    '[[The Yobe State Governor, Mai Mala Buni, who visited the camp on Monday, said more troops would come.|reported]] [[A trader near the gate, who gave only his first name, Usman, said the blast broke every window.|reported]]',
    [
      ['Mai Mala Buni', 'The Yobe State Governor, Mai Mala Buni', []],
      ['Usman', 'A trader near the gate, who gave only his first name, Usman', []],
    ],
  ],
  [
    'whose estimate: "In her estimate", "In his view"',
    'Sadia Noor Awan studies the TTP at a Lahore institute. [[In her estimate, the TTP has 6,000 fighters.|reported]]',
    [['Sadia Noor Awan', 'her', ['ttp']]],
  ],
  [
    'an office acronym with its place names the person the text names with both, even just after; "the researcher" is the expert introduced as a research fellow',
    '[[According to SSP Swat, the men came from Dir to Swat.|reported]] [[Senior Superintendent of Police (SSP) Swat Shafiullah Gandapur said two were arrested.|reported]] Hina Rauf Kazmi, a senior research fellow at a Lahore institute, studies the valley. [["The network is old," the researcher said.|quote]]',
    [
      ['Shafiullah Gandapur', 'SSP Swat', []],
      ['Shafiullah Gandapur', 'Senior Superintendent of Police (SSP) Swat Shafiullah Gandapur', []],
      ['Hina Rauf Kazmi', 'the researcher', []],
    ],
  ],
  [
    'an interview printed without labels (bold questions, answers under them) is the interviewee\'s, named at the top',
    'Four questions on the TTP\n\nOur analyst Sadia Noor Awan answered questions from the editors.\n\n**How strong is the TTP?**\n\n[[It has rebuilt its networks.|answer]] [[The numbers are rising.|answer]]\n\n**Who pays?**\n\n[[Traders, under threat.|answer]]',
    [['Sadia Noor Awan', 'Sadia Noor Awan', ['ttp']], ['Sadia Noor Awan', 'Sadia Noor Awan', []], ['Sadia Noor Awan', 'Sadia Noor Awan', []]],
  ],
  [
    'putting a figure somewhere is giving an account: "X put the toll higher", "X, a monitor, put the number at", "X now puts its strength at"',
    '[[Police said six were killed.|reported]] [[Residents put the toll higher.|reported]] [[The Kabul Monitor, a war monitor, put the number of soldiers killed at four.|reported]] [[The UN Monitoring Team now puts the strength of the TTP at 6,000 fighters.|reported]]',
    [['Police', 'Police', []], ['Residents', 'Residents', []], ['The Kabul Monitor', 'The Kabul Monitor', []], ['The UN Monitoring Team', 'The UN Monitoring Team', ['ttp']]],
  ],
  [
    'adverbs between speaker and cue ("have long warned", "also declared that"), a place tag before the speaker, numbers in a name, doing and calling on',
    '[[Somali officials have long warned against writing the group off.|reported]] [[In a statement on its channel, the TTP also declared that markets were off limits.|reported]]\n\n[[Srinagar: Jammu and Kashmir Police on Sunday said the attack was planned by the LeT.|reported]] [[Separately, Densus 88 said it had arrested 33 people.|reported]] [[The governor of the region, Adamou Saïdou Gambo, visited the town and called on residents to stay calm.|reported]]',
    [
      ['Somali officials', 'Somali officials', []],
      ['the TTP', 'the TTP', ['ttp']],
      ['Jammu and Kashmir Police', 'Jammu and Kashmir Police', ['let']],
      ['Densus 88', 'Densus 88', []],
      ['Adamou Saïdou Gambo', 'The governor of the region, Adamou Saïdou Gambo', []],
    ],
  ],
  [
    'a denial beside another reporting verb is still a statement; a denial alone is a responsibility claim',
    '[[Officials blamed the TTP, although a spokesman for the group denied involvement.|reported]] The TTP denied any role in the blast.',
    [['Officials', 'Officials', ['ttp']]],
  ],
  [
    'a long source after "according to": a report by a body with a long name',
    '[[The branch has 4,000 fighters, according to a new report by the United Nations Analytical Support and Sanctions Monitoring Team.|reported]]',
    [['a new report by the United Nations Analytical Support and Sanctions Monitoring Team', 'a new report by the United Nations Analytical Support and Sanctions Monitoring Team', []]],
  ],
  [
    'a digest item\'s tag does not hide the group opening the sentence ("**Khyber:** The TTP announced …, calling on …")',
    '- **[[Khyber:** The TTP announced the start of its offensive in a statement, calling on its fighters to target the army.|reported]]',
    [['The TTP', 'The TTP', ['ttp']]],
  ],
  [
    'a digest paragraph (not a list item) opening on a bold place and day: the tag is no speaker and hides no source ("**Chitral (28 November):** The TTP said …")',
    'Weekly brief\n\n**[[Chitral (28 November):** The TTP said in a statement that its fighters had fired rockets at a border post.|reported]]\n\n**Kunduz (Sunday):** A bomb hit a checkpoint. [[A Taliban spokesman said two guards were killed.|reported]]\n\n**[[Kurram (2 Dec.):** Local elders told reporters the road had been closed for a week.|reported]]',
    [['The TTP', 'The TTP', ['ttp']], ['A Taliban spokesman', 'A Taliban spokesman', ['afghan-taliban']], ['Local elders', 'Local elders', []]],
  ],
  [
    'a digest paragraph whose bold tag holds a comma ("**Léré, Timbuktu region (26 November):**"): the tag is no speaker; a name with "wal-" is one speaker phrase',
    'Weekly brief\n\n**[[Sebba, Yagha province (16 November):** Jamaat Nusrat al-Islam wal-Muslimin said its fighters had overrun a gendarmerie post.|reported]]\n\n**[[Tessit, Gao region (18 November):** The army said it had repelled an attack.|reported]]',
    [['Jamaat Nusrat al-Islam wal-Muslimin', 'Jamaat Nusrat al-Islam wal-Muslimin', []], ['The army', 'The army', []]],
  ],
  [
    'a trailing office with its acronym in parentheses',
    '[[Around 60 foreign militants of the LeT are active, Inspector General of Police (IGP) Kashmir Rajesh Kumar Bhat said on Thursday.|reported]]',
    [['Rajesh Kumar Bhat', 'Inspector General of Police (IGP) Kashmir Rajesh Kumar Bhat', ['let']]],
  ],
  [
    'a speaker in a relative clause: "which aid agencies say", "where officials said", "that local sources say"; not "they", whom nothing resolves',
    '[[The TTP announced a blockade of the town, which aid agencies say left thousands without food.|reported]] [[The ISKP claimed an attack in Abyan, where officials said six soldiers were killed.|reported]] The TTP holds areas near the border, which they say belong to the tribes.',
    [['aid agencies', 'aid agencies', ['ttp']], ['officials', 'officials', ['iskp']]],
  ],
  [
    '"it" in a relative clause is the main clause\'s subject; "It added that" is the document or group that just spoke',
    '[[The group also published photographs of weapons it said were taken from the base.|reported]] The army issued a communiqué on Sunday. [[The communiqué said the attackers fled.|reported]] [[It added that a search was continuing.|reported]] [[Earlier this month, the TTP announced a new unit, which it said would guard the border.|reported]]',
    [['The group', 'The group', []], ['The communiqué', 'The communiqué', []], ['The communiqué', 'It', []], ['the TTP', 'the TTP', ['ttp']]],
  ],
  [
    'the antecedent of ", who said": the noun phrase after the last preposition',
    '[[That is in line with the estimate of UN monitors, who said last year that the TTP had grown.|reported]]',
    [['UN monitors', 'UN monitors', ['ttp']]],
  ],
  [
    'the antecedent of ", who said" is at most six words right before its comma; a ", who said" with no word before its comma is passed over for the next',
    '[[A long report on the region cites the estimate published by the Analytical Support and Sanctions Monitoring Team, who said the TTP had grown.|reported]] [[The annex (page 12), who said nothing, lists the estimates of the Team, which has since said the TTP was recruiting.|reported]]',
    [['Analytical Support and Sanctions Monitoring Team', 'Analytical Support and Sanctions Monitoring Team', ['ttp']], ['Analytical Support and Sanctions Monitoring Team', 'the Team', ['ttp']]],
  ],
  [
    'speaker nouns and documents ending in a letter beyond ASCII ("communiqué"); "the communiqué" is whoever issued it, named a long opener before',
    '[[In a communiqué read on state television on Thursday night, the army said the attackers had fled.|reported]] [[The communiqué acknowledged the deaths of eight soldiers.|reported]]',
    [['the army', 'the army', []], ['the army', 'The communiqué', []]],
  ],
  [
    'a record\'s answers are the person its header names ("Name: …"), not the first person the header mentions',
    'State versus Imran Rashid Lone and others\n\nName: Arjun Dev Rana\nAge: 44 years\n\nQ. Did the TTP run the channel?\nA. [[It is correct that the TTP ran it.|answer]]\n\nQ. Who paid?\nA. [[The same handlers.|answer]]',
    [['Arjun Dev Rana', 'Arjun Dev Rana', ['ttp']], ['Arjun Dev Rana', 'Arjun Dev Rana', []]],
  ],
  [
    'a long description with a relative clause, then the name in apposition, then the cue: the name speaks',
    '[[A former officer of the Afghan intelligence service who now lives in Europe, Sayed Jawad Hashimi, estimated that the ISKP has 600 fighters.|reported]]',
    [['Sayed Jawad Hashimi', 'Sayed Jawad Hashimi', ['iskp']]],
  ],
  [
    'a state or country as the speaker, counted or described ("A Gulf state told", "Two other countries reported")',
    '[[A Gulf state told the panel that the TTP had about 5,000 men in Kunar.|reported]] [[Two other countries reported that TTP cadres were moving north.|reported]]',
    [['A Gulf state', 'A Gulf state', ['ttp']], ['Two other countries', 'Two other countries', ['ttp']]],
  ],
  [
    'a group whose name opens with a lowercase article ("al-Qaeda") giving a figure ("put … at"), a group putting its own losses at a number, after its statement\'s participle phrase; "which X insists on calling" reports nothing',
    'The ambush happened near Mukalla. [[In a post on Telegram, al-Qaeda put the number of soldiers it had killed at 14.|reported]] [[Hours later, the group put its own losses at two.|reported]] [[In another message, posted on Saturday night, the group put its dead at three.|reported]] The TTP, which the army insists on calling a foreign proxy, did not comment. In its claims, published through Amaq, the group routinely gives figures that no one can check.',
    [['al-Qaeda', 'al-Qaeda', ['al-qaeda']], ['al-Qaeda', 'the group', ['al-qaeda']], ['al-Qaeda', 'the group', ['al-qaeda']]],
  ],
  [
    'a figure "put at" after a possessive ("the outfit\'s strength", "JeM\'s fighters"), by a pronoun, a report or a name with an Arabic article',
    'Inspector Ravi Sood briefed reporters. [[He put the outfit\'s strength in Kupwara at about 40.|reported]] [[The panel\'s latest report put JeM\'s fighters at between 300 and 400.|reported]] [[In a later message, Harakat al-Ansar put the number of dead at six.|reported]] The army put its men at risk. Yemen\'s al-Qaeda on Friday confirmed the death of its military chief.',
    [['Ravi Sood', 'He', []], ["The panel's latest report", "The panel's latest report", ['jem']], ['Harakat al-Ansar', 'Harakat al-Ansar', []]],
  ],
  [
    'judging verbs of monitors and officials: "assess … at", "attributed X to Y", "suspect"; the noun "suspect" is no cue',
    '[[Two Member States assess the TTP\'s strength at 6,000.|reported]] [[District officials attributed the market blast to the JeM.|reported]] [[Several diplomats suspect the TTP of running the camps.|reported]] The main suspect in the case was arrested in Kohat.',
    [['Two Member States', 'Two Member States', ['ttp']], ['District officials', 'District officials', ['jem']], ['Several diplomats', 'Several diplomats', ['ttp']]],
  ],
  [
    'reported speech after "submitted that" and "averred"',
    '[[Senator Hira Baloch submitted that the TTP had regrouped in Tirah.|reported]] [[The defence ministry averred that the JeM camps were empty.|reported]]',
    [['Hira Baloch', 'Senator Hira Baloch', ['ttp']], ['The defence ministry', 'The defence ministry', ['jem']]],
  ],
  [
    'a footnote reference after a sentence ends it: the next sentence reports on its own',
    '[[Two Member States assessed that the TTP had grown in Kunar.[12]|reported]] [[They also stated that the group had moved its training camps.²|reported]]',
    [['Two Member States', 'Two Member States', ['ttp']], ['Two Member States', 'They', ['ttp']]],
  ],
  [
    'a roundup\'s list items open on their source and a colon; a place or topic tag, or a link title, is no source',
    '• Police: [[the bombers belonged to a TTP cell from Kohat.|reported]]\n• [[Hina Baloch (on X): “The TTP is testing the new government.|quote]] [[It will not stop at Bannu.”|quote]]\n• [[District Health Officer Sana Mir, a surgeon at the Civil Hospital: nine of the wounded were policemen.|reported]]\n• Karachi: Two men were arrested near the port on Sunday.\n• Analysis: Why the TTP is back in Swat',
    [['Police', 'Police', ['ttp']], ['Hina Baloch', 'Hina Baloch', ['ttp']], ['Hina Baloch', 'Hina Baloch', []], ['Sana Mir', 'Sana Mir', []]],
  ],
  [
    'indented paragraphs under a paragraph announcing them ("the statement … reproduced below") are the statement\'s, and the statement is its issuer\'s',
    'The Pakistani Taliban have claimed the Bannu ambush in a statement released on Sunday through their Umar Media outlet. We translated the statement from Pashto, and the main passages are reproduced below.\n\n    [[Our mujahideen attacked the convoy of the apostate army at dawn.|quote]] [[The soldiers fled and left their weapons.|quote]]\n\n    [[We warn the traders of Bannu to keep away from the checkposts.|quote]]\n\nThe police did not comment on the claim.',
    [['Pakistani Taliban', 'the statement', ['ttp']], ['Pakistani Taliban', 'the statement', []], ['Pakistani Taliban', 'Pakistani Taliban', ['ttp']]],
  ],
  [
    'telling a body that: "informed the Team that", and the passive with its agent "was informed / told by X, …, that"',
    '[[Two provincial officials informed the monitoring team that the TTP had moved its camps to Kunar.|reported]] [[The team was told by a former commander of the group, interviewed in Kabul last month, that the TTP now pays its fighters in dollars.|reported]] He made an informed guess about the numbers.',
    [['Two provincial officials', 'Two provincial officials', ['ttp']], ['a former commander', 'a former commander', ['ttp']]],
  ],
  [
    'a group claiming and saying, after an article and modifiers ("The outlawed TTP claimed …, saying …") and after a digest\'s bold place and date closed by a full stop',
    '[[The outlawed Tehreek-i-Taliban Pakistan claimed the raid on the Tank post in a message to reporters, saying its men had taken the post for an hour.|reported]]\n\n- **[[Kunar, 3 May.** ISKP claimed a bombing at a Taliban checkpoint through Amaq, saying a “martyrdom-seeker” had driven a car into the gate.|reported]]\n- **Kabul, 4 May.** A bomb damaged a bus depot; no group claimed it.',
    [['Tehreek-i-Taliban Pakistan', 'Tehreek-i-Taliban Pakistan', ['ttp']], ['ISKP', 'ISKP', ['iskp', 'afghan-taliban']]],
  ],
  [
    'a document put out with its content in a participle: "issued a statement denying …", "released a video warning that …"; a denial alone stays a claim',
    '[[Jamaat-ul-Ahrar, which had claimed the Kohat bombing, released a second video on Tuesday naming the bomber and warning that more attacks would follow.|reported]] [[The TTP issued a statement denying any role in the attack.|reported]] The TTP denied any role in the attack.',
    [['Jamaat-ul-Ahrar', 'Jamaat-ul-Ahrar', ['jua']], ['The TTP', 'The TTP', ['ttp']]],
  ],
  [
    'a capitalised speaker with a relative clause that holds a negation: "A driver who did not want his name used said …"',
    '[[A driver who did not want his name used said the TTP had stopped buses on the Indus Highway.|reported]] [[Two elders who would not give their names told reporters that the group collected money in Tank.|reported]]',
    [['A driver', 'A driver', ['ttp']], ['Two elders', 'Two elders', ['ttp']]],
  ],
  [
    'giving no figure reports nothing; giving one does',
    'Provincial officials gave no toll for the Kurram ambush. [[Doctors at the district hospital gave a higher toll than the police.|reported]] The TTP statement gave no number of dead.',
    [['Doctors at the district hospital', 'Doctors at the district hospital', []]],
  ],
  [
    'a page\'s summary under a "Summary" or "Key points" heading summarises and attributes nothing; the entries below it do',
    'Key points\nOfficials say the TTP attacked the Bannu post at night.\n\n11:20 — Police give toll\n\n[[The district police officer said two constables had been killed by the TTP.|reported]]\n\nAt a glance\n\n- Residents say the TTP set up checkpoints in Tank.\n- The army says six attackers died.',
    [['The district police officer', 'The district police officer', ['ttp']]],
  ],
  [
    'not statements: narration, a quote with no speaker, a negated cue, a question',
    'The TTP attacked a post in Bannu. "Attacks on civilians are a grave violation." The group has not confirmed the figure. Is the TTP still recruiting?',
    [],
  ],
];

for (const [name, marked, expected] of cases) {
  test(`statements: ${name}`, () => {
    const { text, spans } = parseMarkup(marked);
    const claims = extractClaims(text, matcher.findMentions(text));
    // One statement per attributed sentence (a sentence with two typed claims is one statement).
    const statements = claims.filter((c, i) => c.speaker && !claims.slice(0, i).some((o) => o.speaker && o.start === c.start));
    assert.deepEqual(
      statements.map((c) => ({ form: c.form, text: text.slice(c.start, c.end) })),
      spans.map((s) => ({ form: s.id, text: s.text })),
    );
    assert.deepEqual(
      statements.map((c) => [c.speaker!.name, c.speaker!.text, c.statementSubjects ?? c.subjects]),
      expected,
    );
  });
}

test('people: names with titles, appositions and naming phrases; short forms join the full name', () => {
  const text = 'Foreign Minister Jane Doe spoke first. Sirajuddin Haqqani, the interior minister, left. The commander, who gave his name as Qari Hamid, agreed. Ms Doe said more. Haqqani said nothing.';
  const doc = buildDocument(text);
  const people = findPeople(doc, matcher.findMentions(text));
  assert.deepEqual(
    people.mentions.map((m) => [m.text, people.entities[m.entity].name]),
    [
      ['Foreign Minister Jane Doe', 'Jane Doe'],
      ['Sirajuddin Haqqani', 'Sirajuddin Haqqani'],
      ['Qari Hamid', 'Qari Hamid'],
      ['Ms Doe', 'Jane Doe'],
      ['Haqqani', 'Sirajuddin Haqqani'],
    ],
  );
  assert.equal(text.slice(people.mentions[0].start, people.mentions[0].end), 'Foreign Minister Jane Doe');
});

test('people: identity keys fold transliterations, titles and connectors', () => {
  assert.equal(personKey('Mohammad Khurasani'), personKey('Muhammad Khorasani'));
  assert.equal(personKey('TTP spokesman Mohammed Khurasani'.replace('TTP spokesman ', '')), personKey('Muhammad Khurasani'));
  assert.equal(personKey('President Biden'), 'biden');
  assert.equal(personKey('Ayman al-Zawahiri'), personKey('Ayman ul Zawahri'));
  assert.notEqual(personKey('Saad Rahman'), personKey('Saad Khan'));
});
