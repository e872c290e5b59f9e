"""Texts of the DefectionWatch sample corpus (samples/corpus.jsonl).

Original writing for this project: every person, outlet, quote and most incidents
and figures are invented. Run build_gold.py to write corpus.jsonl and corpus.gold.jsonl.
Paragraphs are separated by a blank line; the text is used exactly as written here
(leading/trailing whitespace stripped).
"""

DOCS = []


def doc(id, url, published, title, text):
    DOCS.append({"id": id, "url": url, "published": published, "title": title,
                 "language": "en", "text": text.strip("\n")})


doc("s001", "https://tigrismonitor.example/iraq/2016/09/14/hawija-executions-flight",
    "2016-09-14", "Islamic State executes 12 of its own fighters in Hawija, residents say", """
KIRKUK - Islamic State militants publicly executed twelve of their own fighters in the town of Hawija on Sunday after accusing them of planning to desert, according to two residents and a Kurdish intelligence officer.

The men were shot in front of a crowd near the town's main market, the residents said, and their bodies were left in the street for several hours with signs calling them traitors.

"They had been caught trying to reach the Peshmerga lines with their families," said Karwan Salih, an officer with the Kurdish security services in Kirkuk. "The group is afraid that its men will run, so it kills a few to frighten the rest."

Hawija, about 55 km west of Kirkuk, has been held by the militants since June 2014. Residents say food prices have tripled since the spring, and Salih said fighters now go unpaid for months, which was driving many of them to look for a way out.

The flow of civilians has also grown. About 1,800 people escaped the Hawija area and reached Peshmerga positions near Dibis in the past two weeks, according to a camp official, most of them walking at night through farmland sown with mines.

"We left everything. The smugglers took the last of our money," said a woman who arrived at the Debaga camp last week with four children.

A security official in Kirkuk, who spoke on condition of anonymity, estimated that between 1,500 and 2,000 militants remain in and around the town. The official said the group had killed more than 40 of its own members in the Hawija pocket since January for trying to leave or for contacting the security forces.
""")

doc("s002", "https://levantledger.example/features/2015/04/14/raqqa-defector-gaziantep",
    "2015-04-14", "'We Syrians got the front line': an Islamic State defector in hiding", """
GAZIANTEP, Turkey - The man who calls himself Abu Salim al-Shami spent fourteen months with the Islamic State in the Syrian city of Raqqa. In late March he paid a smuggler 600 dollars to drive him to the Turkish border, and he has been hiding in a rented room in this southern Turkish city ever since.

Abu Salim, 27, a former engineering student from Homs, agreed to speak on condition that his real name be withheld. He said he joined in 2014 believing the group would protect Sunni civilians from the government, but grew disillusioned within months.

"I came to fight the regime. Instead they sent us to fight other rebels, and they executed people in the square every Friday," he said. "The foreigners got the houses and the cars. We Syrians got the front line."

Foreign recruits were paid more and housed better than local fighters, according to Abu Salim, and commanders who preached austerity kept confiscated property for themselves. He said he never saw the battles he had been promised: most of his time was spent manning a checkpoint and collecting fines from farmers.

Al-Shami said at least six men from his unit had also slipped away since January, most of them Syrians. He said he feared the group's security branch was still looking for him.

Researchers at the Centre for Conflict Returns, an independent monitoring group based in Istanbul, estimate that more than 20,000 foreign fighters from about 90 countries have travelled to Syria and Iraq to join jihadist groups since 2011.

"Defectors like him are the most credible voices against recruitment," said Leyla Karaca, a researcher at the centre. "But very few will speak, because they fear the group and they fear prosecution."
""")

doc("s003", "https://euphratespost.example/raqqa/2018/07/05/fake-defector-arrested",
    "2018-07-05", "SDF says it caught Islamic State spy posing as defector in Raqqa", """
RAQQA - The Syrian Democratic Forces said on Wednesday they had arrested a member of an Islamic State cell who presented himself as a defector at a reconciliation office in Raqqa and who was carrying plans for attacks on checkpoints in the city.

The man, identified by the SDF as Khalid bin Walid al-Obeidi, 31, walked into the office earlier this week and said he had left the group after it lost its last positions along the Euphrates. During questioning, investigators found messages on his phone from an Islamic State handler in the Deir ez-Zor desert.

"He came with a perfect story and a lot of tears," said an SDF security official, who asked not to be named. "Then we opened his phone."

Al-Obeidi had been told to apply to the local police once he was cleared and to pass on the routes of patrols, the official said. Two men who had arrived with him were still being questioned.

Since the city was captured in October 2017, about 400 former Islamic State members have handed themselves in at the office, according to Mahmoud Hilal, a member of the Raqqa Civil Council. He said most had come forward because of an amnesty that spares local members who did not take part in killings.

"We cannot close the door because of one spy," Hilal said. "But every man who comes now is checked three times."
""")

doc("s004", "https://hornwire.example/somalia/2022/09/22/hiraan-commander-defects",
    "2022-09-22", "Al-Shabaab commander and at least 30 fighters defect in central Somalia", """
MOGADISHU, Sept 22 (Horn Wire) - At least 30 al-Shabaab fighters led by a mid-level commander defected to government forces on Tuesday in the Hiraan region of central Somalia, a regional official said.

The commander, Abdirahman Hassan Nur, arrived in the town of Bulo Burde with his men and their weapons, including two pick-up trucks mounted with machine guns, said Hiraan deputy governor Ali Warsame Dhoore.

"They contacted us two weeks ago through their clan elders. They told us they wanted to go home to their families and that the air strikes had made their positions impossible to hold," Dhoore told Horn Wire by telephone.

Nur, who is known among fighters as Abu Ayman, had commanded an al-Shabaab unit in the area for about four years, according to the official. He said the men had been promised that they would be treated under the government's amnesty programme.

The defections come as government troops and clan militias, backed by air strikes, have pushed the militants out of dozens of villages in Hiraan and Middle Shabelle since August.

Al-Shabaab, which is estimated to have between 7,000 and 12,000 fighters, did not comment. The group has in the past executed members it accused of planning to defect.

More than 2,000 fighters have left al-Shabaab and passed through rehabilitation centres since 2012, according to figures from the government's defector programme.
""")

doc("s005", "https://beledweynevoice.example/news/2022/09/21/bulo-burde-surrender",
    "2022-09-21", "Around 35 al-Shabaab militants surrender to SNA in Bulo Burde", """
BELEDWEYNE - Around 35 al-Shabaab militants surrendered to the Somali National Army in Bulo Burde district late on Monday, handing over their rifles and two technicals, military officers in Hiraan told Beledweyne Voice.

The group was led by Cabdiraxmaan Xasan Nuur, a local commander whose name is often written Abdirahman Hassan Nur. Nuur had been in charge of al-Shabaab's tax collection on the road between Bulo Burde and Jalalaqsi, according to residents.

Colonel Mohamed Aden Farah, the SNA commander in the district, said the fighters had been negotiating their surrender through clan elders for weeks.

"Some of them are boys who were taken from their families by force. Others told us they had not been paid for six months," Farah said. "They saw that the group cannot hold the villages anymore."

The colonel said the men would be handed to the intelligence agency for screening and later sent to a rehabilitation centre in Mogadishu.

Residents of Bulo Burde said the men were greeted by crowds when they drove into the town on Tuesday morning, some of them still wearing the checked scarves favoured by the militants.

Government forces and allied clan fighters have retaken more than 40 villages in Hiraan since late August, officials say.
""")

doc("s006", "https://somaliatoday.example/2022/09/23/al-shabaab-commander-fighters-defect-hiraan",
    "2022-09-23", "Al-Shabaab commander, 30 fighters defect to government in Hiraan", """
MOGADISHU (Horn Wire) - At least 30 al-Shabaab fighters led by a mid-level commander defected to government forces on Tuesday in the Hiraan region of central Somalia, a regional official said.

The commander, Abdirahman Hassan Nur, arrived in the town of Bulo Burde with his men and their weapons, including two pick-up trucks with mounted machine guns, said Hiraan deputy governor Ali Warsame Dhoore.

"They contacted us two weeks ago through their clan elders. They told us they wanted to go home to their families and that the air strikes had made their positions impossible to hold," Dhoore told Horn Wire by phone.

Nur, known among fighters as Abu Ayman, had commanded an al-Shabaab unit in the area for about four years, according to the official. He said the men had been promised treatment under the government's amnesty programme.

The defections come as government troops and clan militias, backed by air strikes, have pushed the militants out of dozens of villages in Hiraan and Middle Shabelle since August.

Al-Shabaab, which is estimated to have between 7,000 and 12,000 fighters, did not comment.

This story was distributed by Horn Wire and has been lightly edited by Somalia Today.
""")

doc("s007", "https://sahelcourier.example/mali/2020/03/18/mopti-fighters-leave-jnim",
    "2020-03-18", "Dozens of fighters quit jihadist coalition in central Mali after preacher's sermon", """
BAMAKO - Dozens of fighters from the al-Qaeda-linked coalition Jama'at Nusrat al-Islam wal-Muslimin (JNIM) have defected in Mali's central Mopti region earlier this month, local officials and religious leaders said, after a respected preacher declared that the war against their neighbours had no religious basis.

The men, most of them young herders, left the group and returned to villages around the town of Djenne, where they were received by a local peace committee. Amadou Dicko, the committee's president, said between 40 and 50 men had come in.

"The sermon changed everything. When Imam Sekou Tangara said that this killing is not jihad, the young men listened," Dicko said by telephone. "Some also told us they were tired of fighting other Muslims for the leaders' quarrels."

JNIM has been fighting the rival Islamic State in the Greater Sahara in central Mali and along the border with Burkina Faso since last year. Clashes between the two groups have killed more than 300 fighters since July, according to a tally by local officials.

JNIM is thought to have between 2,000 and 3,000 fighters in Mali, according to Western security officials. The group did not comment on the defections.

Violence in central Mali has forced about 200,000 people from their homes, according to aid agencies.

"We do not ask them to hand over anyone. We ask them to come home," Dicko said.
""")

doc("s008", "https://continentalwire.example/africa/2023/06/15/iswap-fighters-surrender-lake-chad",
    "2023-06-15", "More than 300 ISWAP fighters surrender around Lake Chad, Nigerian army says", """
MAIDUGURI, Nigeria, June 15 (Continental Wire) - More than 300 Islamic State West Africa Province (ISWAP) fighters have surrendered to Nigerian troops around Lake Chad in the past two weeks, the military said on Thursday, as an air and ground offensive squeezes the group's island bases.

The fighters came out of the marshy islands of the lake in small groups and gave themselves up at army positions near Monguno and Baga, army spokesman Major Ibrahim Lawal Bello said in a statement.

"The sustained pressure on their enclaves is yielding results. Many of them told our troops they had not eaten properly for weeks," Bello said.

Aid workers in Monguno said the new arrivals looked exhausted and that some were accompanied by wives and children.

ISWAP, which split from Boko Haram in 2016, is estimated to have between 3,000 and 5,000 fighters. The military says more than 90,000 Boko Haram and ISWAP members and their relatives have surrendered since 2021.

The group did not comment. Security analysts cautioned that some surrenders in past years involved farmers and relatives rather than fighters, and that the army's figures could not be independently verified.
""")

doc("s009", "https://bornotribune.example/security/2023/06/16/316-iswap-fighters-hand-over",
    "2023-06-16", "316 ISWAP fighters, 847 family members hand themselves over in northern Borno", """
MAIDUGURI - A total of 316 ISWAP fighters and 847 of their wives and children have handed themselves over to troops of Operation Hadin Kai in northern Borno since June 3, the theatre command told journalists on Thursday.

Among them is Bukar Modu Gana, who the military described as a logistics commander known within the group as Abu Maryam. Gana, who surrendered with his men, said in a video released by the army that the group's leaders had been hoarding food while ordinary fighters went hungry.

"They eat, we starve. They sleep in houses, we sleep in the mud," he said in Hausa.

Brigadier General Usman Tijani Abubakar, a spokesman for the theatre command, said the fighters had been moved to a camp in Maiduguri for screening. The women and children were being registered by the state government, he said.

The Borno State government said last week that it would keep receiving repentant fighters under its reintegration programme, which offers vocational training and cash to those who surrender. Critics in communities that suffered attacks have accused it of rewarding killers.
""")

doc("s010", "https://heratherald.example/afghanistan/provinces/herat/2019/08/07/shindand-taliban-lay-down-arms",
    "2019-08-07", "Taliban fighters lay down arms in Shindand", """
Home > Afghanistan > Provinces > Herat

Taliban fighters lay down arms in Shindand

By Staff Reporter | 7 August 2019 | 3 min read

Share this article: Facebook | Twitter | WhatsApp | Email

HERAT - Forty-two Taliban fighters, including a local commander, handed over their weapons to the Afghan government in Herat province's Shindand district on Monday, the provincial governor's office said.

The commander, Mawlawi Gul Agha Zadran, told a ceremony at the governor's compound that he and his men had accepted the government's offer of protection and jobs after months of air strikes on their positions.

"My sons have not seen me for three years. I want to plough my land and live without fear," Zadran said. He was given a turban and a certificate by officials.

The fighters handed in 38 Kalashnikovs, four machine guns and two rocket launchers, the statement said.

A spokesman for the governor, Nasrullah Hamidi, said about 600 insurgents had joined the peace process in western Afghanistan since 2018.

The Taliban denied that any of its fighters had surrendered, saying in a statement that the men were villagers paraded for the cameras.

Related:
- Three police killed in Farah checkpoint attack
- Herat traders protest power cuts
- Photos: Kabul's kite flyers

Tags: Taliban, Herat, peace process

(c) 2019 Herat Herald. All rights reserved.
""")

doc("s011", "https://kunduzledger.example/security/2014/10/09/kunduz-insider-attack",
    "2014-10-09", "Man who posed as Taliban defector kills three soldiers in Kunduz", """
KUNDUZ, Afghanistan - A man who presented himself as a Taliban defector last month and was enrolled in the government's reintegration programme opened fire on Afghan soldiers in Kunduz province on Tuesday, killing three and wounding two, officials said.

The gunman, identified by the provincial police chief as Sher Ahmad Noorzai, had come forward alone in September, telling officials he had fallen out with his commander, and was later given work as a cook at an army base in Chahar Dara district.

Noorzai - whose name some officials gave as Sher Ahmed - shot the soldiers as they ate breakfast and escaped on a motorcycle, said Brigadier Abdul Rahim Safi, the army commander in Kunduz.

The Taliban claimed the attack. In a statement, the group said that "our mujahid deceived the enemy and punished its servants."

"We have no way of checking a man's heart. We check his name, his village and his elders, and that is all," said a security official in Kabul who was not authorised to speak to the media.

The reintegration programme has enrolled about 8,000 former insurgents since 2010, according to its provincial secretariat, which said the attack would not halt its work. Officials said the vetting of new applicants in Kunduz would be tightened.
""")

doc("s012", "https://salweenreview.example/2021/04/28/captain-soldiers-defect-knu",
    "2021-04-28", "Army captain and 11 soldiers defect to Karen rebels, saying they refused to shoot protesters", """
A Myanmar army captain and 11 soldiers from his battalion crossed into territory held by the Karen National Union earlier this month, saying they would not obey orders to fire on unarmed protesters, the captain told Salween Review.

Captain Htet Aung Lin, 32, said his unit had been moved from the border to the outskirts of a town in Bago region in March and told to clear demonstrators from the streets.

"They told us the protesters were terrorists. I saw children and old women," he said. "When the order came to shoot, I decided that I would rather be shot myself."

The men, who brought their rifles with them, are now sheltering in a KNU-controlled area of Karen State. The KNU confirmed that it was protecting a group of soldiers but gave no details.

Htet Aung Lin said discontent in the ranks had also grown because senior officers sold the battalion's rations on the market. "The generals take the money and the soldiers eat rice with salt," he said.

About 800 soldiers and police officers have defected since the military seized power on 1 February, according to a network of former officers who help them reach safety. The military has not commented on the figure.
""")

doc("s013", "https://mandalaydispatch.example/news/2022/07/12/junta-denies-sagaing-defection",
    "2022-07-12", "Junta denies reports of battalion defection in Sagaing", """
Myanmar's military on Tuesday denied reports on social media that an entire infantry battalion in Sagaing region had defected to the resistance, calling them fabricated.

Posts shared widely over the weekend claimed that several hundred soldiers had switched sides near Monywa and handed their weapons to a local People's Defence Force. The posts included photographs that reverse image searches showed had been taken at a different location in 2021.

"No soldier of this battalion has left his post. The unit is carrying out its duties as normal," said Colonel Myo Thant Zin, a military spokesman. "These stories are written by terrorists to confuse the public."

A commander of the local People's Defence Force said his group could not confirm the reports. "We welcome any soldier who comes to us, but we have not received this battalion," he said.

Defections have nonetheless been a steady drain on the armed forces since the coup. More than 10,000 soldiers and police have defected since February 2021, according to the Soldiers' Voice Network, a group of former officers, a figure the military rejects.

Analysts estimate that the military has between 150,000 and 200,000 personnel, far fewer than the figures it has given in the past.
""")

doc("s014", "https://dniprodaily.example/en/war/2023/11/22/avdiivka-drone-surrender",
    "2023-11-22", "Three Russian soldiers surrender to Ukrainian drone near Avdiivka", """
KYIV - Three Russian soldiers surrendered to a Ukrainian drone crew near Avdiivka on Sunday, following the drone through a minefield to Ukrainian positions, a Ukrainian brigade said.

Video released by the brigade shows the men walking in single file with their hands raised as a small quadcopter hovers ahead of them. One of them, who gave his name as Ilya Petrovich Gorbunov, said in an interview recorded after the surrender that he had been mobilised in 2022.

"They send us across the fields in waves, like meat. Nobody comes back for the wounded," Gorbunov said. "I decided I would rather be a prisoner than a corpse."

Gorbunov, 34, from the Perm region, said his unit had lost more than half its men in October. A Ukrainian officer in the brigade, who gave only his call sign, Sokil, said the three had made contact through a Ukrainian hotline set up for Russian soldiers who want to give themselves up.

The hotline project says it has received more than 25,000 requests since it was launched in September 2022, although it does not say how many led to surrenders.

Ukrainian officials say more than 10,000 Russian soldiers have been killed around Avdiivka since the offensive on the town began in October. The figure could not be verified.
""")

doc("s015", "https://nevaherald.example/en/society/2024/03/29/garrison-court-desertion-sentences",
    "2024-03-29", "Garrison court jails two soldiers who left their unit to attend a funeral", """
A military garrison court in Tver on Tuesday sentenced two soldiers to six and five and a half years in a penal colony for leaving their unit in the occupied part of Ukraine's Zaporizhzhia region, the court's press service said.

Sergei Anatolyevich Kuznetsov, 41, and Roman Olegovich Belyaev, 29, were among seven servicemen who walked away from their positions near Tokmak in January and made their way home by bus and train, according to the case file.

Kuznetsov told the court that he had not been rotated for fourteen months and had been refused leave when his father died. "I went to bury my father. I was going to go back," he said. Belyaev said his wife had given birth while he was at the front and that he had never seen his son.

The other five soldiers are being tried separately, the press service said.

Russian courts have convicted more than 5,000 soldiers of going absent without leave since September 2022, according to a tally by an independent media project that tracks military court records.

"The courts are no longer interested in why a man left. They only count the days he was gone," said Alla Vorontsova, a lawyer in Tver who has represented servicemen in similar cases.
""")

doc("s016", "https://llanosnoticias.example/en/2021/10/18/eln-fighters-hand-themselves-in-arauca",
    "2021-10-18", "Seventeen ELN fighters, four of them minors, hand themselves in to army in Arauca", """
ARAUCA, Colombia - Seventeen fighters of the National Liberation Army (ELN), four of them minors, handed themselves in to the Colombian Army in Arauca department last week, the army's 18th Brigade said on Monday.

The group came out of the jungle near the town of Tame over several days and surrendered with 14 rifles and a quantity of explosives, the brigade said. The minors were handed over to the national child welfare institute.

"Most of them were recruited as children. They were told that if they left, their families would pay," said General Hernan Ospina Castano, the brigade's commander. "They came because they heard that the programme would protect them and give them a chance to study."

A 16-year-old girl among the group told reporters that she had been taken from her school in Saravena two years ago. "They said it was for a few weeks. It was two years," she said.

Nearly a thousand ELN members have demobilised individually since 2019, according to the government agency that runs the reintegration programme. The ELN, Colombia's largest remaining guerrilla group, is thought to have about 2,500 fighters.

The ELN did not respond to a request for comment.
""")

doc("s017", "https://kivuobserver.example/2023/02/08/m23-recruits-flee-rutshuru",
    "2023-02-08", "Teenage recruits flee M23 camp as civilians pour out of Rutshuru", """
GOMA, Democratic Republic of Congo - Dozens of young recruits have deserted an M23 training camp near Rumangabo in North Kivu over the past week, according to local civil society leaders and two of the young men, who reached Goma on Monday.

The recruits, many of them teenagers, said the rebels had seized them at markets and roadblocks in Rutshuru territory and taken them to the camp for training.

"They took us from the market with ropes on our hands. At the camp we ate once a day, beans with no salt," said a 17-year-old who fled with three others. He asked not to be named for fear of reprisals against his family.

The flight of civilians from areas held by the rebels has also accelerated. About 12,000 people have left M23-held parts of Rutshuru territory for camps around Goma since January 20, according to a coordinator of the Kanyaruchinya displacement site, Josephine Mapendo.

"Every day families arrive with nothing, and the stories are the same: the rebels take the boys and the food," Mapendo said.

M23, which had a few hundred fighters in 2021, now has thousands of fighters, according to regional analysts. The group denies recruiting by force. A spokesman for the rebels said the young men in Goma had been "paid by the government to lie."
""")

doc("s018", "https://syriadesk.example/news/2017/08/23/raqqa-fighters-desert",
    "2017-08-23", "Foreign fighters desert Raqqa's old city as SDF closes in", """
Syria Desk | News | Syria | Raqqa

Foreign fighters desert Raqqa's old city as SDF closes in

Published: 23 August 2017 | Updated: 23 August 2017

Share this article   Share   Tweet   Email   Print

A group of about 20 Islamic State fighters, several of them from Europe and North Africa, deserted their positions in Raqqa's old city last week and paid smugglers to take them out through the western suburbs, two activists and a commander of the Syrian Democratic Forces said.

One of the men, a Tunisian named by activists as Karim bin Salah al-Mahdawi, was later detained by Turkish border guards, according to a relative in Tunis who was contacted by the family's lawyer. Al-Mahdawi had fought with the group since 2014.

"The foreigners know they cannot surrender to us and go home like the Syrians. They run," said Sipan Derik, an SDF commander on the eastern front. "The bombing does not stop day or night."

The group's police executed three fighters accused of trying to flee in the same way on Friday, the activists said.

Coalition officials believe that between 2,000 and 2,500 Islamic State fighters remain inside Raqqa.

Related:
- Raqqa: what is left of the old city
- Opinion: the day after the caliphate
- Map: the battle for Raqqa, week by week

Tags: Islamic State, Raqqa, SDF, foreign fighters

Advertisement
""")

doc("s019", "https://jubbatimes.example/2020/07/16/al-shabaab-executes-four-jilib",
    "2020-07-16", "Al-Shabaab executes four of its fighters in Jilib over suspected defection plot", """
KISMAYO - Al-Shabaab executed four of its own fighters by firing squad in the town of Jilib on Wednesday after accusing them of planning to defect to the government, residents and a Somali intelligence official said.

The men were brought to a square in front of a crowd that the militants had summoned from the market, a resident reached by telephone said. An al-Shabaab judge read out a statement saying the four had been in contact with the intelligence service.

"They kill their own men when they suspect them. Now every fighter is afraid of the man next to him," said a Somali intelligence official, speaking on condition of anonymity.

The official said more than 300 fighters had defected to the government since the start of the year, most of them citing poor pay and complaining that commanders from favoured clans received better treatment.

The militants have executed at least 20 of their own members on spying or desertion charges this year, according to the official. Al-Shabaab's radio station said the four men were "spies of the apostates."

Jilib, in the Middle Juba region, has been under al-Shabaab control for more than a decade and is regarded as one of the group's main strongholds.
""")

doc("s020", "https://idlibbulletin.example/2012/02/09/lieutenant-soldiers-join-fsa",
    "2012-02-09", "Lieutenant and two dozen soldiers join Free Syrian Army near Idlib", """
ANTAKYA, Turkey - A Syrian army lieutenant and two dozen soldiers under his command defected to the Free Syrian Army near the city of Idlib on Tuesday, taking with them an armoured vehicle and their rifles, activists said.

In a video posted online on Wednesday, the officer identified himself as Lieutenant Ammar Hassan al-Douri and held up his identity card. Al-Douri said the unit had been ordered to shell villages in Jabal al-Zawiya where there were no armed men.

"We joined the army to protect our people, not to kill them," al-Douri said in the video. "Our officers do not trust us because we are Sunni. They watch us more closely than they watch the enemy."

An FSA spokesman in southern Turkey, who gave his name as Abu Firas, said the men had been received by a local battalion and would be assigned to protect villages in the area.

Activists estimate that several thousand soldiers have defected since the uprising began last March, most of them conscripts. The FSA says it now has about 40,000 men, a figure that cannot be verified.

The Syrian government, which bars most foreign journalists, says its forces are fighting armed terrorist groups.
""")

doc("s021", "https://harbourtimes.example/politics/2019/05/03/councillors-defect",
    "2019-05-03", "Three councillors defect to rivals, ending ruling group's majority", """
Three councillors have defected from the ruling Harbourside Independents to the opposition Civic Alliance, stripping the group of its majority on Portwell council less than a year before the next local elections.

The councillors, who announced their move at a packed meeting on Thursday evening, accused the council leader of running the authority "like a private club" and of deserting the town's northern wards.

Their defection leaves the Independents with 21 of the council's 45 seats. The Civic Alliance, which now has 19, said it would table a motion of no confidence in the leader next month.

One of the three, Margaret Ellison, said the decision had not been easy after twelve years in the group. "I have not left my principles. The group left them," she said.

The council leader, Thomas Brightwell, said he would not surrender the leadership without a vote and accused the defectors of putting their careers ahead of residents.

Party insiders said at least two more councillors were considering their position, although both publicly denied any plan to switch sides.

The row comes as the council faces a budget gap of 4.2 million pounds and a dispute over the closure of two libraries.
""")

doc("s022", "https://touchlinedaily.example/football/2020/08/14/mcardle-crosses-divide",
    "2020-08-14", "Striker McArdle defects to city rivals in record deal", """
Ashworth Rovers fans woke up to a betrayal on Friday as top scorer Dean McArdle defected to city rivals Ashworth Athletic in a deal worth a reported 14 million pounds.

The 26-year-old, who scored 23 goals last season and captained Rovers in their two derby wins, signed a four-year contract after passing a medical on Thursday night.

Supporters gathered outside the Rovers ground to burn replica shirts with his name on the back. "He told us he would never desert this club. He kissed the badge," said one season-ticket holder.

Rovers manager Paul Danby said the club had been forced to surrender its best player after McArdle refused to sign a new contract. "We could not keep a man who did not want to stay," Danby said.

McArdle is the fourth player in ten years to cross the divide between the two clubs, and the first since the Athletic defender Ryan Coles went the other way in 2015.

Athletic manager Stefan Holm called the signing a statement of intent. The two sides meet at Rovers' ground on the second weekend of the new season, when police expect a crowd of more than 30,000.
""")

doc("s023", "https://motorbusiness.example/recalls/2021/03/10/norvik-brake-defect-recall",
    "2021-03-10", "Norvik recalls 48,000 SUVs over brake defect", """
Carmaker Norvik is recalling about 48,000 of its Tundra SUVs in Europe after finding a defect in a brake valve that can lengthen stopping distances, the company said on Wednesday.

The defect affects vehicles built between June 2019 and November 2020 at the company's plant in Gothenburg. Norvik said it was aware of 12 minor accidents that might be linked to the fault, but of no injuries.

Owners will be contacted by letter and asked to bring their vehicles to a dealer, where the valve will be replaced free of charge. The repair takes about two hours.

"Safety is not negotiable. We would rather recall a thousand cars too many than one too few," said Eva Lindqvist, Norvik's head of quality.

Analysts said the recall would cost the company between 30 and 40 million euros. Shares in Norvik fell 2.1 percent in Stockholm.

It is the company's second recall in a year. Last spring it called back 9,000 estate cars over defective seat-belt anchors.

Consumer groups urged owners not to ignore the letters. "A defective brake is not something you wait to fix," said a spokesman for the Swedish Motorists' Association.
""")

doc("s024", "https://mogadishuforum.example/opinion/2022/10/05/if-they-came-in-thousands",
    "2022-10-05", "Opinion: If al-Shabaab's fighters surrendered in their thousands, would we be ready?", """
Imagine that tomorrow morning the fighting in central Somalia stopped, not because of a peace deal but because the young men of al-Shabaab simply walked out of the bush and laid down their arms. What would happen to them next?

The honest answer is that nobody knows. If fighters were to surrender in large numbers, the country's few rehabilitation centres would be full within a week. There would be no screening capacity to separate the hardened commanders from the teenagers who were taken from their villages at gunpoint.

Suppose a commander defected with his men. Would his clan protect him, or hand him back? Would the families of his victims accept him as a neighbour? Would the government keep its promises of amnesty, or would the next minister tear them up?

These are not abstract questions. Every militant who considers leaving weighs them, and the answers he imagines decide whether he stays.

Somalia's partners should spend less time counting air strikes and more time building the places where former fighters could go. A surrender that ends in a prison cell or a revenge killing is a warning to everyone else who is thinking about it.

We should prepare for the day of mass defections as seriously as we prepare for the next offensive. It may never come. But if it does, we will get only one chance to show that leaving the group is safer than staying.

The writer is a former adviser to a regional administration in central Somalia.
""")
