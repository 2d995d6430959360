/**
 * People of one document, data-driven: each case lists every person mention as written and the
 * name of the entity it belongs to. The families are those of real reporting: offices written
 * before a name, appositions, ages, aliases, turn labels, short forms by surname or given name.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { personKey, sameNameWord, shortenedGivenName } from '../../server/src/core/people/identity';
import { findPeople } from '../../server/src/core/people/people';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { buildDocument } from '../../server/src/core/text/document';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const matcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);

const cases: [string, string, [string, string][]][] = [
  [
    'an office before the name is not part of it; titles of address are',
    'District Police Officer Karim Ullah Jan told reporters the road was closed. Head Constable Faisal Noor Dar was wounded. Selection Grade Constable Tariq Hussain Mir, 29, died.',
    [
      ['Karim Ullah Jan', 'Karim Ullah Jan'],
      ['Head Constable Faisal Noor Dar', 'Faisal Noor Dar'],
      ['Tariq Hussain Mir', 'Tariq Hussain Mir'],
    ],
  ],
  [
    'an office with a place before the name ("Deputy Commissioner Kalat …")',
    'Gunmen stopped two buses near Kalat. Deputy Commissioner Kalat Nadir Shah Baig said the road was reopened in the evening.',
    [['Nadir Shah Baig', 'Nadir Shah Baig']],
  ],
  [
    'appositions: a description, then the name between commas; an age after the name',
    'His widow, Gul Bano, said he had worked there for years. The director of the Aman ambulance service, Yusuf Ali Farah, gave a higher toll. Sher Zaman, 61, lost two sons.',
    [
      ['Gul Bano', 'Gul Bano'],
      ['Yusuf Ali Farah', 'Yusuf Ali Farah'],
      ['Sher Zaman', 'Sher Zaman'],
    ],
  ],
  [
    'an alias is a form of the person it names',
    'Police named the dead militant as Bilal Ahmad Ganie alias Abu Huzaifa, a resident of Tral. Ganie had been active since 2021.',
    [
      ['Bilal Ahmad Ganie', 'Bilal Ahmad Ganie'],
      ['Abu Huzaifa', 'Bilal Ahmad Ganie'],
      ['Ganie', 'Bilal Ahmad Ganie'],
    ],
  ],
  [
    'short forms: the surname with its particle, and a distinctive given name',
    'The spokesman, Jeeyand Baloch, said the fighters withdrew. Jeeyand added that more attacks would follow. Abu Omar al-Tikriti, a tribal leader, disagreed. Al-Tikriti’s men hold the road.',
    [
      ['Jeeyand Baloch', 'Jeeyand Baloch'],
      ['Jeeyand', 'Jeeyand Baloch'],
      ['Abu Omar al-Tikriti', 'Abu Omar al-Tikriti'],
      ['Al-Tikriti', 'Abu Omar al-Tikriti'],
    ],
  ],
  [
    'a retired officer named after a long office; a nationality before a name',
    'Nobody else says so, said retired Director General of Police Rakesh Kumar Dutt. The most likely successor, the Jordanian Abu Khalid al-Rimawi, lives abroad.',
    [
      ['Rakesh Kumar Dutt', 'Rakesh Kumar Dutt'],
      ['Abu Khalid al-Rimawi', 'Abu Khalid al-Rimawi'],
    ],
  ],
  [
    'turn labels name their speakers: capitals, an office before the name, surnames later',
    'Press conference transcript\n\nMODERATOR: Welcome. Questions after the briefing.\n\nINSPECTOR GENERAL OF POLICE ASAD ALI KHATTAK: Thank you. The bomber came from Kunar.\n\nREPORTER: Who sent him?\n\nIGP KHATTAK: The TTP. We are sure of it.\n\nREPORTER: Thank you.',
    [
      ['ASAD ALI KHATTAK', 'Asad Ali Khattak'],
      ['IGP KHATTAK', 'Asad Ali Khattak'],
    ],
  ],
  [
    'an office acronym, then a place, then the name ("DPO Swabi …", "Officer (RPO) Mardan …")',
    'Regional Police Officer (RPO) Mardan Tariq Jamil Khattak visited the wounded in Mardan. DPO Swabi Nadeem Akhtar Bhatti said two suspects were held in Swabi.',
    [
      ['Tariq Jamil Khattak', 'Tariq Jamil Khattak'],
      ['Nadeem Akhtar Bhatti', 'Nadeem Akhtar Bhatti'],
    ],
  ],
  [
    'initials: in the sentence that speaks of initials, with an alias, and used again later; acronyms are not initials',
    'Police identified the suspects only by their initials: FA, 31, and TR alias Abu Zaid. A neighbour said FA had changed. The UN was not told.',
    [
      ['FA', 'FA'],
      ['TR', 'Abu Zaid'],
      ['Abu Zaid', 'Abu Zaid'],
      ['FA', 'FA'],
    ],
  ],
  [
    'a one-word name and its honorific; "Sheikh" with a given name joins the full name',
    'A commander known by the single name Ziaullah was wounded. Mawlawi Ziaullah later called reporters. Sheikh Omar bin Salim al-Harbi, a tribal elder, said the road was open. Sheikh Omar repeated it.',
    [
      ['Ziaullah', 'Mawlawi Ziaullah'],
      ['Mawlawi Ziaullah', 'Mawlawi Ziaullah'],
      ['Sheikh Omar bin Salim al-Harbi', 'Sheikh Omar bin Salim al-Harbi'],
      ['Sheikh Omar', 'Sheikh Omar bin Salim al-Harbi'],
    ],
  ],
  [
    'a given name transliterated two ways before the same surname is one person',
    'Obaidullah Jalali, the chief spokesman, spoke first. Ubaidullah Jalali, as his name is also spelt, took no questions.',
    [
      ['Obaidullah Jalali', 'Obaidullah Jalali'],
      ['Ubaidullah Jalali', 'Obaidullah Jalali'],
    ],
  ],
  [
    'a real name given after a nom de guerre is the same person',
    'The commander, Abu Hafs al-Ansari, whose real name was Khaled Saleh al-Hamdani, was killed.',
    [
      ['Abu Hafs al-Ansari', 'Abu Hafs al-Ansari'],
      ['Khaled Saleh al-Hamdani', 'Abu Hafs al-Ansari'],
    ],
  ],
  [
    'places and institutions are not people: a kind of place after the name, one word after "in", a plural possessive',
    'The cleric was shot near his home in the Sheikh Muhammadi area. A mosque in Hayatabad, which was closed, reopened. Peshawar Police said the Tigers\' statement was false.',
    [],
  ],
  [
    'bodies of states and organisations that speak are not people',
    'The European Union said the listing would stand. The African Union told reporters it had sent monitors. The World Bank and the Islamic Cooperation Organisation declined to comment.',
    [],
  ],
  [
    'writers in a byline (in capitals too) and a photograph credit',
    'Gunmen attack a market\n\nBy NOOR AHMAD SAFI and Leila Haddad\n\nThe market was closed on Sunday (Valley Photos/Imran Nabi Lone).',
    [
      ['NOOR AHMAD SAFI', 'NOOR AHMAD SAFI'],
      ['Leila Haddad', 'Leila Haddad'],
      ['Imran Nabi Lone', 'Imran Nabi Lone'],
    ],
  ],
  [
    'a place or a body, then an office, then the name: the name is what follows the office',
    'Shangla Mayor Rafiq Ahmad Swati told reporters the bazaar was shut. Jamiat Ulema-e-Islam Bajaur President Sardar Khan Tarkani said the party would protest.',
    [
      ['Rafiq Ahmad Swati', 'Rafiq Ahmad Swati'],
      ['Sardar Khan Tarkani', 'Sardar Khan Tarkani'],
    ],
  ],
  [
    'an office acronym with a place and its jurisdiction, then the name; the acronym before the surname later is a title; an office alone names nobody',
    'Police in Kohat said two men were held. Regional Police Officer (RPO) Kohat Range Abbas Majeed Marwat said both were Afghan. "We will present them in court," RPO Marwat said. According to DIG Kohat, the men had crossed at Torkham. The Kohat Inspector General did not comment.',
    [
      ['Abbas Majeed Marwat', 'Abbas Majeed Marwat'],
      ['RPO Marwat', 'Abbas Majeed Marwat'],
    ],
  ],
  [
    'ranks joined by a hyphen and an ordinal before a rank',
    'The army spokesman, Lt-Col Sani Kukasheka Usman, said 2nd Lt. Ibrahim Ndagi Musa was among the dead.',
    [
      ['Lt-Col Sani Kukasheka Usman', 'Sani Kukasheka Usman'],
      ['2nd Lt. Ibrahim Ndagi Musa', 'Ibrahim Ndagi Musa'],
    ],
  ],
  [
    'a name in apposition closing its sentence; the person of a passive verb; the person spoken to',
    'The claim was sent to journalists by the group\'s spokesman, Asad Mansoor Qasmi. Years earlier Qasmi had fled to Khost. After Farooq Ahmad Lone was arrested in 2019, the network broke up. The commander spoke to Mehwish Tariq Qureshi about the truce.',
    [
      ['Asad Mansoor Qasmi', 'Asad Mansoor Qasmi'],
      ['Qasmi', 'Asad Mansoor Qasmi'],
      ['Farooq Ahmad Lone', 'Farooq Ahmad Lone'],
      ['Mehwish Tariq Qureshi', 'Mehwish Tariq Qureshi'],
    ],
  ],
  [
    'a press conference: a participants list, then labels by rank and surname, by office acronym, and a questioner named with an outlet',
    'Press conference of the Inspector General\n\nPARTICIPANTS\nAdditional Inspector General Farhat Abbas Kazmi, Deputy Inspector General (Operations)\nMr Saleem Akhtar Gondal, Inspector General of Police (IGP) Punjab\n\nIGP: Good morning. The operation in Kacha ended yesterday.\n\nQUESTION (Rabia Anum Butt, Express News): How many were arrested?\n\nAIG KAZMI: Eleven men were arrested and four are still wanted.',
    [
      ['Farhat Abbas Kazmi', 'Farhat Abbas Kazmi'],
      ['Mr Saleem Akhtar Gondal', 'Saleem Akhtar Gondal'],
      ['IGP', 'Saleem Akhtar Gondal'],
      ['Rabia Anum Butt', 'Rabia Anum Butt'],
      ['AIG KAZMI', 'Farhat Abbas Kazmi'],
    ],
  ],
  [
    'a role without an article in apposition; "one of them, X,"; a rank after a place; a zone before the name',
    'Ibrahim Musa Gana, spokesman of the Borno police command, confirmed the attack. Residents fled. One of them, Hauwa Bulama Kyari, said the town was empty. Troops later reached the camp in Gubio, police said. Gubio Gov. Adamu Shettima Bukar visited. Inspector General of Police, Kashmir, Zone Ravinder Kumar Raina said the cell was broken.',
    [
      ['Ibrahim Musa Gana', 'Ibrahim Musa Gana'],
      ['Hauwa Bulama Kyari', 'Hauwa Bulama Kyari'],
      ['Gov. Adamu Shettima Bukar', 'Adamu Shettima Bukar'],
      ['Ravinder Kumar Raina', 'Ravinder Kumar Raina'],
    ],
  ],
  [
    'an outlet\'s turn label names nobody',
    'The Frontier Ledger (FL): Who leads the group now?\n\nZarghuna Wali Afridi (ZWA): A council of five men leads it.\n\nFL: Are they united?\n\nZWA: They are not.',
    [
      ['Zarghuna Wali Afridi', 'Zarghuna Wali Afridi'],
      ['ZWA', 'Zarghuna Wali Afridi'],
    ],
  ],
  [
    'photograph credits behind a label, the photographer before the agency; an outlet alone is nobody',
    'Police at the gate. (Police outside the compound after the raid. Photo: Frontier Post/Rashid Khan Yousafzai)\n\nTroops on patrol [File: Amina Diallo/Sahel Wire]\n\nThe market (Photo: Getty Images)',
    [
      ['Rashid Khan Yousafzai', 'Rashid Khan Yousafzai'],
      ['Amina Diallo', 'Amina Diallo'],
    ],
  ],
  [
    'a name given another ("better known as", "@"): one person; the name before the alias is a person\'s',
    'The dead man was Abdirashid Cumar Faarax, better known as Abdirashid Gaab, who ran the cell. The accused Imran Yousuf Bhat @ Abu Huzaifa was produced in court.',
    [
      ['Abdirashid Cumar Faarax', 'Abdirashid Cumar Faarax'],
      ['Abdirashid Gaab', 'Abdirashid Cumar Faarax'],
      ['Imran Yousuf Bhat', 'Imran Yousuf Bhat'],
      ['Abu Huzaifa', 'Imran Yousuf Bhat'],
    ],
  ],
  [
    'a name given another after a description in apposition ("X, the commander better known as Y", "X, a preacher widely known as Y"): one person',
    'The cell answered to Musa Kachalla Gremah, the Sambisa commander better known as Musa Dogo. Yusuf Abdi Farah, a preacher widely known as Sheikh Yusuf Qoryooley, was arrested.',
    [
      ['Musa Kachalla Gremah', 'Musa Kachalla Gremah'],
      ['Musa Dogo', 'Musa Kachalla Gremah'],
      ['Yusuf Abdi Farah', 'Yusuf Abdi Farah'],
      ['Sheikh Yusuf Qoryooley', 'Yusuf Abdi Farah'],
    ],
  ],
  [
    'numbers a court record gives the accused and witnesses stand for them; two people sharing a surname stay two',
    '1. Shakeel Ahmad Dar (A-1)\n   Father\'s name: Mohammad Yasin Dar\n2. Javid Iqbal Mir (A-2)\n\nThe accused A-1 met A-2 at Sopore. PW-6, Inspector Anil Kumar Raina, said A-1 paid him.',
    [
      ['Shakeel Ahmad Dar', 'Shakeel Ahmad Dar'],
      ['A-1', 'Shakeel Ahmad Dar'],
      ['Mohammad Yasin Dar', 'Mohammad Yasin Dar'],
      ['Javid Iqbal Mir', 'Javid Iqbal Mir'],
      ['A-2', 'Javid Iqbal Mir'],
      ['A-1', 'Shakeel Ahmad Dar'],
      ['A-2', 'Javid Iqbal Mir'],
      ['PW-6', 'Anil Kumar Raina'],
      ['Inspector Anil Kumar Raina', 'Anil Kumar Raina'],
      ['A-1', 'Shakeel Ahmad Dar'],
    ],
  ],
  [
    'fields of a record\'s header name people; a name in capitals after a title in capitals',
    'Name: Suresh Chander Gupta\nFather\'s name: Late Sh. Hem Raj Gupta\nPresiding Officer: Anjali Devi Kotwal\n\nCROSS-EXAMINATION BY SH. RAMESH KUMAR BALI, LD. COUNSEL FOR THE ACCUSED:',
    [
      ['Suresh Chander Gupta', 'Suresh Chander Gupta'],
      ['Sh. Hem Raj Gupta', 'Hem Raj Gupta'],
      ['Anjali Devi Kotwal', 'Anjali Devi Kotwal'],
      ['SH. RAMESH KUMAR BALI', 'RAMESH KUMAR BALI'],
    ],
  ],
  [
    'a full name the text marks once is a person wherever else it is written, in another spelling too',
    'Mohammad Khalid Orakzai, the group\'s spokesman, said the talks had failed. Officials describe Muhammad Khalid Orakzai as its main propagandist.\n\nSigned\nMohammad Khalid Orakzai',
    [
      ['Mohammad Khalid Orakzai', 'Mohammad Khalid Orakzai'],
      ['Muhammad Khalid Orakzai', 'Mohammad Khalid Orakzai'],
      ['Mohammad Khalid Orakzai', 'Mohammad Khalid Orakzai'],
    ],
  ],
  [
    'a name spelt two ways in one text (Somali spelling and its English-language one) is one person',
    'Police named the commander as Cabdullahi Cali Xasan. Officials, who spell the name Abdullahi Ali Hasan, said he had fled.',
    [
      ['Cabdullahi Cali Xasan', 'Cabdullahi Cali Xasan'],
      ['Abdullahi Ali Hasan', 'Cabdullahi Cali Xasan'],
    ],
  ],
  [
    'bylines after a date on one line, an author\'s name over the date, initials without periods',
    'LE COURRIER DU NORD\n\nRaid on Kolofata kills 9, army says\n\n12 March 2024 · By Fadimatou Oumarou in Maroua and Paul-Henri Mbida in Yaounde\n\nThe state keeps counting the dead. It should count the living.\n\nNasreen Gul Afridi\nMarch 12, 2024\n\nEvery week the press releases arrive. Deputy Inspector General V K Sharma told reporters the road was closed.',
    [
      ['Fadimatou Oumarou', 'Fadimatou Oumarou'],
      ['Paul-Henri Mbida', 'Paul-Henri Mbida'],
      ['Nasreen Gul Afridi', 'Nasreen Gul Afridi'],
      ['V K Sharma', 'V K Sharma'],
    ],
  ],
  [
    'a nom de guerre the person uses; a successor in apposition; one name before what only a person has or undergoes',
    'The leader, Nurullah Safi, who uses the nom de guerre Abu Dujana al-Kurdi, was not seen. His successor, Abdul Wahid Kunari, died a year later. After Baghlani died in 2022, Zarifi\'s men took the valley. Mosul was captured in 2014 and Nigeria\'s death toll rose.',
    [
      // One entity, named by its fullest form.
      ['Nurullah Safi', 'Abu Dujana al-Kurdi'],
      ['Abu Dujana al-Kurdi', 'Abu Dujana al-Kurdi'],
      ['Abdul Wahid Kunari', 'Abdul Wahid Kunari'],
      ['Baghlani', 'Baghlani'],
      ['Zarifi', 'Zarifi'],
    ],
  ],
  [
    'a run opening on a common given name is a person\'s name without other cues; not after "in", not before a kind of place',
    'The recruits came in waves, and Sajid Hussain Lone held the network together. The meeting was in Musa Qala. Traders gathered at the Ali Akbar market. Ahmad Shah Massoud Road was closed and the convoy went through Musa Khel.',
    [['Sajid Hussain Lone', 'Sajid Hussain Lone']],
  ],
  [
    'after a common first part the second word of a name is the one a person is called by; shared by two, it is nobody\'s',
    'Maulvi Abdul Hakeem Dawar runs the southern cell. Hakeem has the money. Muhammad Tahir Orakzai and Abdul Tahir Jan met in Khost. Tahir left first.',
    [
      ['Maulvi Abdul Hakeem Dawar', 'Maulvi Abdul Hakeem Dawar'],
      ['Hakeem', 'Maulvi Abdul Hakeem Dawar'],
      ['Muhammad Tahir Orakzai', 'Muhammad Tahir Orakzai'],
      ['Abdul Tahir Jan', 'Abdul Tahir Jan'],
    ],
  ],
  [
    'two people sharing a surname: another given name before it is someone else, and a rank picks the one the text gave it',
    'Maj. Abdikadir Mohamed Hassan said the bomber came on foot. Shukri Hassan, whose two sons were in the queue, said she found one alive. Maj. Hassan said the checkpoints were passed.',
    [
      ['Maj. Abdikadir Mohamed Hassan', 'Abdikadir Mohamed Hassan'],
      ['Shukri Hassan', 'Shukri Hassan'],
      ['Maj. Hassan', 'Abdikadir Mohamed Hassan'],
    ],
  ],
  [
    'a connector fused to the first part of a compound name is the same name ("Ziaur Rahman" and "Zia-ur-Rehman")',
    'Deputy prosecutor general Zia-ur-Rehman Khattak told the court the records were clear. Later, Ziaur Rahman Khattak, speaking outside the court, said the state would appeal.',
    [
      ['Zia-ur-Rehman Khattak', 'Zia-ur-Rehman Khattak'],
      ['Ziaur Rahman Khattak', 'Zia-ur-Rehman Khattak'],
    ],
  ],
  [
    'one-name people: "known only as", a name formed on "-ullah"; an outlet after "told" is nobody; a place qualifying a noun after "killing of" is no one',
    'The convicts were Abdul Karim Baig and Ikramullah. Police said a man known only as Tayyab paid them. Later a commander told Horn Wire that he had no part in the killing of Pishtakhara prayer leaders.',
    [
      ['Abdul Karim Baig', 'Abdul Karim Baig'],
      ['Ikramullah', 'Ikramullah'],
      ['Tayyab', 'Tayyab'],
    ],
  ],
  [
    'a title and one name is the person with that surname, not another whose given name it is; "Alhaji" and "Mallam" are honorifics',
    'Alhaji Mustapha Ari Modu leads the patrols. His deputy, Modu Goni Kachalla, was killed in December. Mallam Ibrahim Kachalla leads the prayers. Alhaji Modu said the boys are unpaid.',
    [
      ['Alhaji Mustapha Ari Modu', 'Alhaji Mustapha Ari Modu'],
      ['Modu Goni Kachalla', 'Modu Goni Kachalla'],
      ['Mallam Ibrahim Kachalla', 'Mallam Ibrahim Kachalla'],
      ['Alhaji Modu', 'Alhaji Mustapha Ari Modu'],
    ],
  ],
  [
    'one name several people carry: the surname\'s owner, not a middle name; a rank or office the text gave one of them',
    'Deputy governor Ahmed Nur Jama said the road was closed. A trader, Yusuf Jama Osman, said his shop had burned. Jama said the toll would rise. On Sunday Governor Jama visited the market.',
    [
      ['Ahmed Nur Jama', 'Ahmed Nur Jama'],
      ['Yusuf Jama Osman', 'Yusuf Jama Osman'],
      ['Jama', 'Ahmed Nur Jama'],
      ['Governor Jama', 'Ahmed Nur Jama'],
    ],
  ],
  [
    'a title and a surname spelt another way than the full name wrote it, while another man has it as a middle name',
    'The region, headed by governor Cali Maxamed Xirsi, reopened the road. Police commander Col. Ahmed Hirsi Warfaa said two men were held. Governor Hirsi said the road would stay open.',
    [
      ['Cali Maxamed Xirsi', 'Cali Maxamed Xirsi'],
      ['Col. Ahmed Hirsi Warfaa', 'Ahmed Hirsi Warfaa'],
      ['Governor Hirsi', 'Cali Maxamed Xirsi'],
    ],
  ],
  [
    'a surname several people share: whoever was named last before it, in any form of their own',
    'Mufti Gul Zaman Afridi leads the faction. It had split in two under Rahimullah Afridi. Gul Zaman, elders say, brought it back together. Afridi built a council of twelve.',
    [
      ['Mufti Gul Zaman Afridi', 'Mufti Gul Zaman Afridi'],
      ['Rahimullah Afridi', 'Rahimullah Afridi'],
      ['Gul Zaman', 'Mufti Gul Zaman Afridi'],
      ['Afridi', 'Mufti Gul Zaman Afridi'],
    ],
  ],
  [
    'a one-word name with "whose real name is said to be"; a given name without its "-ullah"; the same name without the middle name, spelt another way',
    'The commander goes by the nom de guerre Tariq Swati. Swati, whose real name is said to be Noor Alam Kakar, ran the cell. The spokesman, Qari Saifullah Momand, denied it. Writing under his usual name Saif Momand, he said the house was empty. Police chief Col. Abdiqani Omar Dheere said two men were held. Spelling his name Abdighani Dheere, he said they were Somali.',
    [
      // One person: the entity is named by its fullest form.
      ['Tariq Swati', 'Noor Alam Kakar'],
      ['Swati', 'Noor Alam Kakar'],
      ['Noor Alam Kakar', 'Noor Alam Kakar'],
      ['Qari Saifullah Momand', 'Qari Saifullah Momand'],
      ['Saif Momand', 'Qari Saifullah Momand'],
      ['Col. Abdiqani Omar Dheere', 'Abdiqani Omar Dheere'],
      ['Abdighani Dheere', 'Abdiqani Omar Dheere'],
    ],
  ],
  [
    'an outlet\'s label with the interviewer in parentheses; initials of the first and the last name of a three-word name',
    '**Horn Review (Amina Yusuf Duale):** What changed this year?\n\n**Hassan Abdi Gelle:** Everything changed in the villages.\n\n**AD:** And in the towns?\n\n**HG:** Less than people think.',
    [
      ['Amina Yusuf Duale', 'Amina Yusuf Duale'],
      ['Hassan Abdi Gelle', 'Hassan Abdi Gelle'],
      ['AD', 'Amina Yusuf Duale'],
      ['HG', 'Hassan Abdi Gelle'],
    ],
  ],
  [
    'a closing note in emphasis opening on a full name and a verb',
    'The group has changed, the researcher said.\n\n*Farid Ahmad Popal is a senior fellow at the Kabul Policy Forum.*',
    [['Farid Ahmad Popal', 'Farid Ahmad Popal']],
  ],
  [
    'Tuareg and Moorish particles written apart, in the name and before the surname alone',
    'The movement’s spokesman, Hamma ag Sidi Alwali, said the convoy had turned back. Witnesses said Ag Sidi Alwali had left Kidal on foot. A trader, Brahim Ould Bakaye, said prices had doubled; Ould Bakaye sells fuel.',
    [
      ['Hamma ag Sidi Alwali', 'Hamma ag Sidi Alwali'],
      ['Ag Sidi Alwali', 'Hamma ag Sidi Alwali'],
      ['Brahim Ould Bakaye', 'Brahim Ould Bakaye'],
      ['Ould Bakaye', 'Brahim Ould Bakaye'],
    ],
  ],
  [
    'an associate before the name (bodyguard, courier, aide) marks a person',
    'Police arrested the commander’s former bodyguard Tanko Dala Bulama near the market.',
    [['Tanko Dala Bulama', 'Tanko Dala Bulama']],
  ],
  [
    'a name the speaker knows someone only as, with an honorific of address ("Ustaz")',
    'The boys were taken by a recruiter the villagers knew only as Ustaz Karimu.',
    [['Ustaz Karimu', 'Ustaz Karimu']],
  ],
  [
    'an affiliation set off by commas, then a reporting verb',
    'Sagal Bihi Warsame, of the Heritage Institute, told reporters the numbers were inflated.',
    [['Sagal Bihi Warsame', 'Sagal Bihi Warsame']],
  ],
  [
    '"His real name is …" opening a sentence: the person named last before',
    'One of the detainees calls himself Abu Talha al-Kashmiri. His real name is Mohammad Irfan Lone, police said.',
    [
      ['Abu Talha al-Kashmiri', 'Abu Talha al-Kashmiri'],
      ['Mohammad Irfan Lone', 'Abu Talha al-Kashmiri'],
    ],
  ],
  [
    'one name given a kunya by its own pronoun ("X, better known by his kunya Y") is X, not the person named before (one entity, named by its fuller form)',
    'The council met under Yusuf Adan Hirsi. Shirwa, better known by his kunya Abu Hafsa, chaired the meeting.',
    [
      ['Yusuf Adan Hirsi', 'Yusuf Adan Hirsi'],
      ['Shirwa', 'Abu Hafsa'],
      ['Abu Hafsa', 'Abu Hafsa'],
    ],
  ],
  [
    'an honorific and a word of respect ("Maulana Sahab") stand for the person the text gave that honorific',
    'Maulana Fazal Karim Afridi arrived late. “Maulana Sahab will decide,” a student said. Qari Noor Agha and Maulana Sher Dil Khan came later; Maulana Sahib spoke first.',
    [
      ['Maulana Fazal Karim Afridi', 'Maulana Fazal Karim Afridi'],
      ['Maulana Sahab', 'Maulana Fazal Karim Afridi'],
      ['Qari Noor Agha', 'Qari Noor Agha'],
      ['Maulana Sher Dil Khan', 'Maulana Sher Dil Khan'],
      ['Maulana Sahib', 'Maulana Sher Dil Khan'],
    ],
  ],
  [
    'a long office with its place before the name does not cut the name',
    'Kohat Division Additional Regional Police Officer Tariq Mehmood Awan said the road was open.',
    [['Tariq Mehmood Awan', 'Tariq Mehmood Awan']],
  ],
  [
    '"Mohamed" is a common given name: a run opening on it is a person’s',
    'The land belonged to Mohamed Abdi Hashi and his brothers.',
    [['Mohamed Abdi Hashi', 'Mohamed Abdi Hashi']],
  ],
  [
    'a name listed with a person’s ("X and Y", "X, Y and Z") is a person’s; institutions and places in the list are not',
    'The video showed Ayman al-Zawahiri and Saif al-Adel sitting together. The report cites Rahimullah Yousafzai, Human Rights Watch and Amnesty International.',
    [
      ['Ayman al-Zawahiri', 'Ayman al-Zawahiri'],
      ['Saif al-Adel', 'Saif al-Adel'],
      ['Rahimullah Yousafzai', 'Rahimullah Yousafzai'],
    ],
  ],
  [
    'a plural role before a list of names describes them and is no part of the first',
    'Commanders Abu Omar, Abu Yasir and Qari Shakeel were killed in the strike. Senators Grace Wanjiru Kamau and Ali Hassan Noor questioned the minister.',
    [
      ['Abu Omar', 'Abu Omar'],
      ['Abu Yasir', 'Abu Yasir'],
      ['Qari Shakeel', 'Qari Shakeel'],
      ['Grace Wanjiru Kamau', 'Grace Wanjiru Kamau'],
      ['Ali Hassan Noor', 'Ali Hassan Noor'],
    ],
  ],
  [
    'an alias in parentheses: the name before it is a person’s, and the alias is theirs',
    'Aimen Dean (alias Abu Dujana) left the camp in 1998.',
    [
      ['Aimen Dean', 'Aimen Dean'],
      ['Abu Dujana', 'Aimen Dean'],
    ],
  ],
  [
    'a full name as the subject after an opening phrase ("In a video, X urged …"); a lake or an institution there is nobody',
    'The group was weakened. In an audio message, Sidi Ahmed Ould Lamine urged the herders to stay. In March, Lake Chad rose again. Last week, Human Rights Watch reported abuses.',
    [['Sidi Ahmed Ould Lamine', 'Sidi Ahmed Ould Lamine']],
  ],
  [
    'one name leading a band of fighters or owed its loyalty ("the cell headed by X", "men loyal to X"); a country or a capital there is nobody',
    'The raid was blamed on a cell headed by Kabakutukade, which operates near the coast. Gunmen loyal to Shirwac attacked the camp. Militias loyal to Iran and troops loyal to Damascus held the bridge.',
    [
      ['Kabakutukade', 'Kabakutukade'],
      ['Shirwac', 'Shirwac'],
    ],
  ],
  [
    'one word before an apposition is a person’s only when the apposition describes a person (a role, a nationality, "who …")',
    'The convoy was hit east of Jowhar, the regional capital, on Monday. Fighters of the Jabhat, the movement’s army, took part. Kabakutukade, the commander of the Jabhat, was not there; Godane, a Somali from Hargeisa, founded the unit.',
    [
      ['Kabakutukade', 'Kabakutukade'],
      ['Godane', 'Godane'],
    ],
  ],
  [
    'a place and a day in a digest’s tag is no name and age; a quote opening on "Nobody" or "Everyone" names nobody; an age still marks a name',
    '- **Kunduz, 3 March.** A bomb killed four. “Nobody came to help,” a shopkeeper said.\n- **Khost, 5–6 March.** Two attacks. “Everyone knows who did it,” a resident said. Gul Pari, 40, lost her son.',
    [['Gul Pari', 'Gul Pari']],
  ],
];

for (const [name, text, expected] of cases) {
  test(`people: ${name}`, () => {
    const doc = buildDocument(text);
    const people = findPeople(doc, matcher.findMentions(text));
    assert.deepEqual(
      people.mentions.map((m) => [m.text, people.entities[m.entity].name]),
      expected,
    );
    for (const m of people.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
}

test('people: identity keys drop offices, ranks and honorifics of address, so one person has one key', () => {
  assert.equal(personKey('Mawlawi Abdul Basir Naseri'), personKey('Abdul Basir Naseri'));
  assert.equal(personKey('Sheikh Marwan al-Jubouri'), personKey('Marwan al-Jubouri'));
  assert.equal(personKey('Head Constable Ghulam Nabi Bhat'), personKey('Ghulam Nabi Bhat'));
  assert.equal(personKey('Retired Brigadier Sohail Tirmizi'), personKey('Sohail Tirmizi'));
  assert.equal(personKey('Lt Gen (Retd) Harjit Sandhu'), personKey('Harjit Sandhu'));
  // A one-word name keeps the honorific people know it by.
  assert.equal(personKey('Mullah Omar'), 'mullah omar');
  assert.notEqual(personKey('Qari Hamid'), personKey('Hamid'));
  // A rank joined by a hyphen, and an office acronym before a surname, are not part of the name.
  assert.equal(personKey('Maj-Gen Markus Kangye'), personKey('Markus Kangye'));
  assert.equal(personKey('DIG Shahid'), personKey('Shahid'));
  // A connector fused to the first part of a compound name; not a name that merely ends in those letters.
  assert.equal(personKey('Ziaur Rahman'), personKey('Zia-ur-Rehman'));
  assert.equal(personKey('Saiful Islam'), personKey('Saif-ul-Islam'));
  assert.equal(personKey('Mansur Rahman'), 'mansur rahman');
  // "Abdur" is "Abdul" with the article assimilated, not a fused connector ("Abd" + "ur").
  assert.equal(personKey('Abdur Rehman'), 'abdul rahman');
  // "Abdul" fused to the name it is built with, or the article assimilated and doubled: the same two words.
  assert.equal(personKey('Abdulmalik al-Houthi'), personKey('Abdul-Malik al-Houthi'));
  assert.equal(personKey('Abdelkader Mokhtar'), personKey('Abdul Kader Mokhtar'));
  assert.equal(personKey('Abdurrahman Wahid'), personKey('Abdur Rahman Wahid'));
  assert.equal(personKey('Abdussalam Zaeef'), personKey('Abdul Salam Zaeef'));
  // "Abdullah" and "Abdullahi" are names of their own; "Abdirahman" is not built on "Abdul".
  assert.equal(personKey('Abdullahi Yusuf'), 'abdullahi yusuf');
  assert.equal(personKey('Abdullah Azzam'), 'abdullah azzam');
  assert.equal(personKey('Abdirahman Omar'), 'abdirahman omar');
  // Honorifics of address of Nigerian reporting.
  assert.equal(personKey('Alhaji Mustapha Ari Modu'), personKey('Mustapha Ari Modu'));
  assert.equal(personKey('Mallam Ibrahim Kachalla'), personKey('Ibrahim Kachalla'));
  // "Abu Bakr" in two words or one.
  assert.equal(personKey('Abu Bakr al-Baghdadi'), personKey('Abubakar al-Baghdadi'));
  assert.equal(personKey('Abubakr Shekau'), personKey('Abubakar Shekau'));
  assert.notEqual(personKey('Abu Musab al-Barnawi'), personKey('Abubakar al-Barnawi'));
});

test('people: transliterations of one name word are one name; different names are not', () => {
  assert.ok(sameNameWord('Zabihullah', 'Zabiullah'));
  assert.ok(sameNameWord('Obaidullah', 'Ubaidullah'));
  assert.ok(sameNameWord('Haqqani', 'Haqani'));
  assert.ok(sameNameWord('Yousaf', 'Yusuf'));
  assert.ok(!sameNameWord('Hassan', 'Hussain'));
  assert.ok(!sameNameWord('Rahim', 'Rahman'));
  assert.ok(!sameNameWord('Aquib', 'Abdul'));
  // Somali spelling: "c" for the ayn, "x" for the h.
  assert.ok(sameNameWord('Cabdi', 'Abdi'));
  assert.ok(sameNameWord('Shirwac', 'Shirwa'));
  assert.ok(sameNameWord('Xuseen', 'Hussein'));
  assert.ok(!sameNameWord('Cali', 'Bali'));
  // "q" and "gh" for one letter ("Abdiqani", "Abdighani").
  assert.ok(sameNameWord('Abdiqani', 'Abdighani'));
  assert.ok(!sameNameWord('Ghani', 'Hani'));
  // A given name without the second part it is built with.
  assert.ok(shortenedGivenName('asadullah', 'asad'));
  assert.ok(shortenedGivenName('sirajuddin', 'siraj'));
  assert.ok(!shortenedGivenName('asadullah', 'as'));
  assert.ok(!shortenedGivenName('asadullah', 'asadul'));
  assert.ok(!shortenedGivenName('rahmatullah', 'rahman'));
  // Initials are letters, not name words ("AR" is no particle).
  assert.equal(personKey('AR'), 'ar');
  assert.notEqual(personKey('AR'), personKey('AS'));
});

/** The entity names of every mention written `form`, in text order. */
function namesOf(text: string, form: string): string[] {
  const people = findPeople(buildDocument(text), matcher.findMentions(text));
  return people.mentions.filter((m) => m.text === form).map((m) => people.entities[m.entity].name);
}

/** The identity keys of every mention written `form`: one person, one key, whichever form names the entity. */
function keysOf(text: string, form: string): string[] {
  const people = findPeople(buildDocument(text), matcher.findMentions(text));
  return people.mentions.filter((m) => m.text === form).map((m) => people.entities[m.entity].key);
}

test('people: a preposition opening the sentence is not part of the name', () => {
  const text = 'Unlike Hakimullah Mehsud, the commander who led the movement before him, the new chief rarely gives interviews.';
  assert.deepEqual(namesOf(text, 'Hakimullah Mehsud'), ['Hakimullah Mehsud']);
  assert.deepEqual(namesOf(text, 'Unlike Hakimullah Mehsud'), []);
});

test('people: another spelling the text gives of a name is the same person', () => {
  const text = 'Asim Marwat, whose name is also written Marwaat in police records, said the checkpoint had been moved.';
  assert.deepEqual(namesOf(text, 'Marwaat'), ['Asim Marwat']);
});

test('people: a kunya given after "his kunya" or "his nom de guerre" is the person named just before, with its shorter forms', () => {
  const text =
    'The message was read out by Hamid Rahimi on Sunday. It was signed with his kunya, Abu Dujana al-Kabuli, as earlier statements were. ' +
    'Al-Kabuli has led the cell since 2021.';
  assert.deepEqual(keysOf(text, 'Abu Dujana al-Kabuli'), ['hamid rahimi']);
  assert.deepEqual(keysOf(text, 'Al-Kabuli'), ['hamid rahimi']);
});

test('people: "who uses the name Y", "X, or Y as his men call him", "him as Y, the nom de guerre …" give Y as X\'s alias', () => {
  assert.deepEqual(
    keysOf('The cell was run by a trader called Zarif Khan Mangal, who uses the name Abu Talha al-Khosti in the group’s messages.', 'Abu Talha al-Khosti'),
    ['zarif khan mangal'],
  );
  assert.deepEqual(
    keysOf('Sadiq Noorzai, the district commander, sent the fighters. Noorzai, or Abu Hurairah as his men call him, stayed behind.', 'Abu Hurairah'),
    ['sadiq noorzai'],
  );
  const renamed = 'Yasir Hamdan now chairs the council. Foreign reporters still describe him as Abu Yasir al-Shami, the nom de guerre he used in Idlib.';
  assert.deepEqual(keysOf(renamed, 'Abu Yasir al-Shami'), ['yasir hamdan']);
  // A description given a name is no one else's alias: "a commander known as Y, a nom de guerre …".
  const described = 'Amina Dauda, a researcher, said the raid was led by a commander known as Abu Sadiq al-Barnawi, a nom de guerre used before.';
  assert.deepEqual(keysOf(described, 'Abu Sadiq al-Barnawi'), ['abu sadiq al barnawi']);
});

test('people: a surname already used alone for one person stays theirs when a namesake is named in full', () => {
  const text =
    'Imran Afridi, the district’s member of parliament, visited the site. Afridi promised compensation. ' +
    'His cousin, Shaukat Afridi, was among the wounded. Afridi said the police had been warned. The younger Afridi is recovering in Peshawar.';
  assert.deepEqual(namesOf(text, 'Afridi'), ['Imran Afridi', 'Imran Afridi', 'Shaukat Afridi']);
  // Nobody called by the surname alone before the second one comes in: the one named last.
  const later = 'Nadia Siddiqui chaired the hearing. The witness was Farooq Siddiqui, a shopkeeper. Siddiqui said he saw two men on a motorcycle.';
  assert.deepEqual(namesOf(later, 'Siddiqui'), ['Farooq Siddiqui']);
});

test('people: a turn label is nobody\'s antecedent for a surname in an answer', () => {
  const text =
    'Transcript. The presenter is Sahra Mohamed Duale (SD). Her guest is Yusuf Nur Hirsi (YH), a district commissioner.\n\n' +
    'SD: Who collects the tax in Baidoa now?\n\nYH: A man called Ali Omar Duale, a former trader.\n\nSD: What does he want?\n\nYH: Duale wants the road money first.';
  assert.deepEqual(namesOf(text, 'Duale'), ['Ali Omar Duale']);
});

test('people: a note set in emphasis names its writers, its subject and its translator, not the institutions in it', () => {
  const text =
    '# How the border trade changed\n\n*By Layla Haddad and Omar Farouk Bello*\n\nThe group said it had taken the crossing in May.\n\n' +
    '*Layla Haddad is a fellow at the Indian Ocean Policy Institute. The interviews were translated by Karim Nasser.*';
  assert.deepEqual(keysOf(text, 'Layla Haddad'), ['layla haddad', 'layla haddad']);
  assert.deepEqual(keysOf(text, 'Omar Farouk Bello'), ['omar farouk bello']);
  assert.deepEqual(keysOf(text, 'Karim Nasser'), ['karim nasser']);
  const people = findPeople(buildDocument(text), matcher.findMentions(text));
  assert.ok(people.mentions.every((m) => !/Institute|Ocean/.test(m.text)));
});

test('people: a transcript labels the speaker by the surname in title case', () => {
  const text =
    'Farida Noori Sadat is a researcher in Herat. She spoke to us by phone.\n\nQ: Who controls the crossing now?\n\n' +
    'Sadat: The Taliban do, mostly, and they tax every lorry.\n\nQ: And the smugglers?\n\nSadat: They pay as well.';
  assert.deepEqual(keysOf(text, 'Sadat'), ['farida noori sadat', 'farida noori sadat']);
});

test('people: a name given as someone\'s ("gave the attacker\'s name as"), a nisba after "al-", a role with a relative clause in apposition', () => {
  assert.deepEqual(keysOf('The statement gave the attacker’s name as Abu Talha al-Iraqi and showed his photograph.', 'Abu Talha al-Iraqi'), ['abu talha al iraqi']);
  assert.deepEqual(
    keysOf('A former police officer who retired last year, Zarak Dilawar Tanoli, told reporters the checkpoint was unmanned.', 'Zarak Dilawar Tanoli'),
    ['zarak dilawar tanoli'],
  );
});
