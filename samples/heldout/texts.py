"""Texts of the DefectionWatch held-out corpus (samples/heldout/corpus.jsonl).

Original writing for this project: every person, outlet, quote and most incidents
and figures are invented (see README.md). Run build_gold.py to write corpus.jsonl and
corpus.gold.jsonl. Paragraphs are separated by a blank line; each text is used exactly
as written here (leading/trailing newlines stripped).
"""

DOCS = []


def doc(id, url, published, title, text):
    DOCS.append({"id": id, "url": url, "published": published, "title": title,
                 "language": "en", "text": text.strip("\n")})


# h001 - wire, Mali (Menaka): IS Sahel fighters switch to JNIM
doc("h001", "https://sahelwire.example/2024/02/14/mali-menaka-is-sahel-fighters-switch-jnim",
    "2024-02-14", "Mali: dozens of Islamic State fighters switch to rival JNIM near Menaka", """
BAMAKO, Feb 14 (Sahel Wire) - About forty fighters of the Islamic State Sahel Province came over to the rival al-Qaeda-linked JNIM coalition over the weekend in the Tidermene area of Mali's Menaka region, two local elected officials and a regional security source told Sahel Wire.

The group was led by Alhousseini Ag Mohamed, a mid-level commander from the Dawsahak community who had fought with the Islamic State faction since 2019. Ag Mohamed brought his men, their motorbikes and at least two pick-ups fitted with heavy machine guns, the sources said.

"He was tired of killing Muslims who pray in the same mosques over grazing wells," said one of the elected officials, who asked not to be named for his safety. "And after what happened in the camps near Anderamboukane, he said he could no longer look the families in the eye."

Islamic State fighters killed dozens of Dawsahak herders in camps around Anderamboukane last year, according to residents.

The two jihadist organisations have fought each other across central and eastern Mali since 2020. A regional security source estimated that the Islamic State branch now has no more than 1,500 fighters in the Menaka and Gao regions.

More than 50,000 people have fled to the town of Menaka since March 2022, according to the United Nations.

JNIM did not comment. Islamic State media called the departing fighters "apostates who sold their religion."
""")

# h002 - press release, Burkina Faso (Djibo)
doc("h002", "https://securite-bf.example/communiques/2023/11/08/redditions-djibo",
    "2023-11-08", "Communique: 23 individuals return to the Republic at Djibo", """
MINISTRY OF SECURITY
Ouagadougou, 8 November 2023
PRESS RELEASE No. 2023-117/MS/DC

On Monday 6 November 2023, twenty-three (23) individuals who had been members of the terrorist group Ansarul Islam turned themselves in to the Defence and Security Forces (FDS) at Djibo, Soum province. They handed in eleven (11) assault rifles, two (2) rocket launchers and a quantity of ammunition.

The individuals, all Burkinabe nationals, stated that they had left the armed group in response to the Government's outstretched-hand policy, which guarantees those who have not committed crimes against the population safe return and assistance with resettlement. Several of them said they wished to rejoin their families, who had taken refuge in Djibo.

The Ministry notes that the sustained pressure exerted on the armed groups by the FDS and the Volunteers for the Defence of the Homeland (VDP) in the Sahel region since September has left the fighters cut off from their supply routes and unable to move, which has led many of them to give up.

Since January 2023, a total of 412 persons have responded to the call of the Government across the national territory.

"The hand of the Nation remains open to those of our children who have strayed," the Minister of Security said on the occasion. "But it will not remain open for ever."

The Ministry calls on the population to continue to support the FDS by reporting any suspicious movement.

The Director of Communication
Adama Zongo
""")

# h003 - regional news, Niger (Tillaberi): Hausa name with honorific
doc("h003", "https://nigerriverpost.example/securite/2021/09/23/ouallam-preacher-gives-up",
    "2021-09-23", "Preacher who recruited for jihadists gives up to army in Tillaberi", """
NIAMEY - A Hausa-speaking preacher who recruited young men for the Islamic State in the Greater Sahara gave himself up to the Nigerien army near Ouallam on Tuesday, together with five of his followers, the governor's office in Tillaberi said.

Malam Ibrahim Garba Dan Azumi, who is in his forties and comes from the Maradi region, had preached in markets along the Malian border for years before taking up arms, according to officials. He and his companions arrived on foot at an army post north of Ouallam and handed over four rifles.

An adviser to the governor said Dan Azumi had been promised a just Islamic order and found only cattle raids and ransom-taking. "He told us: I went looking for justice and I found thieves," the adviser said.

It was his family that decided him, according to a cousin reached by telephone: his wife and children had been living in a displacement site in Ouallam for more than a year, and relatives had sent messages urging him to come home.

The men will be taken to a reintegration centre run under the government's programme for fighters who lay down their weapons, which offers vocational training and a pardon to those not accused of killings.

Officials did not say how many fighters remain with the group in the area. The governor's office said about 230 people had surrendered in the Tillaberi and Tahoua regions since the programme began in 2017.
""")

# h004 - local radio transcript summary, Mozambique (Macomia)
doc("h004", "https://radiolicuati.example/boletins/2022/06/20/resumo-boletim-domingo",
    "2022-06-20", "Bulletin summary (Sunday evening): young men leave the insurgents near Chai", """
RADIO COMUNITARIA LICUATI, MACOMIA - Summary of the Sunday evening bulletin, translated from Kimwani and Portuguese. Prepared by the station's news desk.

Item 1. Seventeen young men came out of the bush near Chai on Friday and handed in their guns to soldiers of the Mozambican army, the presenter reported. They had been with Ansar al-Sunna, the insurgents that people here call al-Shabaab and that the Islamic State claims as its Mozambique province.

With them came 31 women and children, most of them wives and children of the fighters, the presenter said, citing the district administrator.

A caller from Chai said he had recognised two of the young men. "They were taken from Mocimboa da Praia when they were fourteen. Nobody chose to go."

Item 2. The presenter read a statement from one of the young men, who gave his name only as Momade. Momade said the commanders kept the goats and the rice from the raids for themselves. "The commanders ate meat. We boiled leaves and roots," he said. He said many of the boys were sick from hunger and that some had died in the camp.

Item 3. A district official told the station that a joint Mozambican and Rwandan patrol had found the camp empty on Saturday. He asked families in Chai and Quiterajo not to hide anyone who comes out of the bush but to bring them to the authorities. "They will not be harmed," he said.

Item 4. Weather: rain expected in the coastal districts.
""")

# h005 - wire, Yemen (Marib): Houthi fighters come over to government forces
doc("h005", "https://gulfdispatch.example/yemen/2023/10/17/marib-houthi-fighters-cross-lines",
    "2023-10-17", "Yemen: Houthi fighters cross lines in Marib, citing child recruitment and unpaid wages", """
MARIB, Yemen (Gulf Dispatch) - Some three dozen Houthi fighters crossed the front line in the Raghwan district of Marib province on Saturday and came over to Yemeni government forces, a senior officer in the government's Third Military Region said.

The men, most of them from Amran and Hajjah provinces, arrived with their rifles at a government position west of the Raghwan valley before dawn, the officer said, asking that his name be withheld since only the ministry may speak to journalists.

"The youngest ones told us they were sent ahead of the men to walk through the minefields," the officer said. "They were used like dogs to find the mines."

Several of the fighters said they had been recruited in their schools after Houthi supervisors warned that families who kept their sons at home would lose their food-aid cards, the officer said. Others said they had not been paid for eight months.

Fighting in Raghwan has killed more than 70 Houthi fighters since August, the officer said.

The Houthi movement, which calls itself Ansar Allah, denied the report. A spokesman for its military media office said the government was spreading "fabrications to cover its losses."

The government's defectors committee says more than 1,200 Houthi fighters have come over to its side since the start of 2022. The figure could not be independently verified.
""")

# h006 - press release, Yemen (Abyan): AQAP member with kunya turns himself in; earlier reprisal
doc("h006", "https://abyan-security.example/news/2019/07/12/statement-zinjibar",
    "2019-07-12", "Statement of the Abyan Security Directorate on the surrender of a wanted person", """
STATEMENT - ABYAN SECURITY DIRECTORATE - ZINJIBAR, 12 JULY 2019

On Wednesday 10 July 2019, the wanted person Salem Awad Bakhrib, known in the ranks of the al-Qaeda organisation as Abu Hamza al-Adani, turned himself in to the Abyan Security Directorate in Zinjibar, together with two of his companions.

Bakhrib, 29, had been a member of al-Qaeda in the Arabian Peninsula since 2015 and was wanted in connection with attacks on checkpoints in Mudiyah and Lawdar.

In his statement to investigators, Bakhrib said he had decided to leave after scholars in Mukalla ruled that fighting the security forces and killing soldiers who pray is not jihad. He said the organisation had also begun to execute its own members on suspicion of spying for the drones, so that every man feared the one beside him.

"The organisation has become a trap for the youth," the statement quoted him as saying.

The Directorate reminds the public that last month the organisation killed two of its own members near Mudiyah after they were caught trying to leave, according to information received from residents.

The Director of Security, Brigadier Nasser Saleh al-Yafei, said the door remained open. "Whoever comes with his weapon and his truth will be treated according to the law," he said, "and his family will not be touched."
""")

# h007 - local news, Philippines (Sulu): list of three names
doc("h007", "https://sulubulletin.example/news/2024/05/29/patikul-three-asg-members-surrender",
    "2024-05-29", "Three Abu Sayyaf members yield in Patikul", """
JOLO, Sulu - Three members of the Abu Sayyaf Group (ASG) gave up to the Philippine Marines in the hinterlands of Patikul on Monday, bringing with them an M16 rifle, an M14 rifle and a grenade launcher, the military said.

The three were named as Jumadil Hajan, 34, Abner Sali, 29, and Rodelio Ammang, 41. They were received by troops of a Marine battalion at a village hall in Barangay Kabuntakas, according to a statement from the Marine brigade in Sulu.

Hajan told reporters he had spent six years moving from one hill to another to escape the soldiers' operations. "We could not even light a fire at night. Every week the soldiers were closer," he said.

"My children are already big and they do not know me," Hajan added. "I want them to go to school and not carry a gun like their father."

The three will be enrolled in the government's Enhanced Comprehensive Local Integration Program, which provides cash assistance and livelihood aid to former rebels, the brigade said. Sali said in the local language that the promise of the livelihood package had convinced him to come down.

Lieutenant Colonel Ramil Dizon Sarmiento, a spokesman for the Marines, said the three were among the last members of a sub-group once led by a slain commander. "The door is open to the remaining few," he said.
""")

# h008 - feature with long quotes, Pakistan (Swat): TTP commander who surrendered
doc("h008", "https://frontierreview.example/features/2023/08/03/swat-former-ttp-commander",
    "2023-08-03", "'Something in me broke': a Pakistani Taliban commander who gave up", """
MINGORA, Pakistan - Zarghun Shah Wazir does not look like a man who once commanded forty fighters. He is thin, soft-spoken and keeps his hands folded on his knees. In March he walked down from the hills above the Swat valley and gave himself up to the Pakistan Army at a checkpoint near Matta, ending eleven years with the Tehrik-i-Taliban Pakistan.

Wazir agreed to talk to Frontier Review at the home of a relative, with the permission of the authorities who now keep him under watch.

"I joined because my uncle was killed in a drone strike and I wanted revenge. For some years I believed in what we were doing.

"Then they ordered us to burn a girls' school in the next valley. My own nieces studied there. We did it at night, and in the morning I saw the mothers standing in the ashes. Something in me broke that day."

He says the TTP he left was not the movement he had joined. Commanders, he says, spent more time fighting each other over extortion money from marble quarries than fighting the army.

"Two of our groups killed each other's men over one truck of marble," Wazir said. "That is not jihad. That is business."

His brother, a schoolteacher, said it was the family that finally brought him down from the hills. "We told him: if you come home, you come home to us, not to a grave," the brother said.

A senior police officer in Swat, who did not want to be named, said Wazir's surrender had been negotiated through tribal elders. "He is useful to us because the young ones listen to him," the officer said.
""")

# h009 - regional news, Colombia (Guaviare): FARC dissidents and families
doc("h009", "https://llanoabierto.example/orden-publico/2024/09/12/guaviare-disidentes-se-entregan",
    "2024-09-12", "Fourteen FARC dissidents turn themselves in to the army in Guaviare", """
SAN JOSE DEL GUAVIARE - Fourteen members of the Estado Mayor Central (EMC), the largest of the FARC dissident factions, turned themselves in to the Colombian army over the weekend in rural El Retorno, Guaviare, the army's Twenty-Second Brigade said. Four of them are minors.

Six women and nine children, relatives of the fighters, walked out of the jungle alongside them and were taken to a family welfare centre.

Among the fourteen was a mid-level commander, Yeison Andres Quintero Rojas, alias "Cachorro", who had been in the armed group for nine years. Quintero told investigators that he joined at thirteen after a commander warned his father that the family would have to leave the village if the boy did not go with them, according to the brigade.

"They told us we would fight for the peasants, and I spent nine years guarding coca laboratories," Quintero was quoted as saying in the brigade's statement.

Colonel Andrea Milena Ortiz Beltran, the brigade commander, said the group had begun holding "war councils" in which fighters suspected of being informers were shot. "They were afraid of being accused next," she said. "That fear brought them to us more than anything we did."

The minors will be handed over to the Colombian Institute for Family Welfare. The adults may apply for benefits under the government's reintegration route.

The army estimates the EMC has about 3,500 armed members nationwide.
""")

# h010 - court report, Russia: sentences for attempted switch and desertion
doc("h010", "https://courtroomnotes.example/russia/2024/11/27/yekaterinburg-galeev-zuev",
    "2024-11-27", "Court report: thirteen years for a sergeant who tried to reach the Ukrainian side", """
YEKATERINBURG - The Central District Military Court in Yekaterinburg on Tuesday sentenced Sergeant Timur Rashidovich Galeev, 31, to thirteen years in a strict-regime colony for attempting to cross to the Ukrainian side and join the Freedom of Russia Legion, a unit of Russian volunteers fighting for Kyiv.

According to the prosecution, Galeev contacted the Legion through a messaging app in the spring and was detained by military counter-intelligence at a checkpoint in the Belgorod region before he could reach the front line.

In his final statement, Galeev told the court that he considered the war a crime. "I did not want to kill people who had done nothing to me," he said. "I am not ashamed of that."

His lawyer, Yelena Borisovna Tarasova, said the defence would appeal. "He never crossed anything," she said outside the courtroom. "He is being punished for a thought."

Last month, a garrison court in Chelyabinsk gave five and a half years to Private Denis Olegovich Zuev, 24, who fled his unit in the Belgorod region in December and spent five months hiding at his mother's dacha. Zuev told that court his mother was seriously ill and that his unit had been sent on assaults "without artillery, without anything, just us."

Courtroom Notes has counted at least 160 treason cases involving attempts to go over to the Ukrainian side since 2022. Russian courts handed down more than 9,000 verdicts for unauthorised absence from units in the first ten months of 2024.
""")

# h011 - Q&A, Ukraine: a soldier who walked out of his brigade
doc("h011", "https://eastbankjournal.example/interviews/2025/03/05/walked-out-of-the-brigade",
    "2025-03-05", "Q&A: 'I walked out on a Tuesday morning'", """
He asked us to use only his first name, Andriy. He is 38, a former truck driver from Vinnytsia region, and in January he walked out of his mechanised brigade near Pokrovsk without permission, one of tens of thousands of Ukrainian servicemen who have done so. He is now hiding with relatives. The interview has been condensed.

Why did you leave?
Eleven months without rotation. You sleep in a hole full of water, you eat when somebody can get through, and every night the glide bombs come. The last one took two men from my section.

Was there a moment you decided?
My daughter was born in December. I saw her once, on a phone. I asked for leave three times. The third time my commander told me, "Nobody is going home until it is over." That morning I put my rifle on the bench and walked to the road.

Did you feel used?
We were the ones they sent forward so the drones could see where the Russians fire from. That is all we were for.

Will you go back?
Parliament said those who left for the first time can return to service without a criminal case. Maybe I will. But to another unit.

Prosecutors have registered more than 100,000 criminal cases for unauthorised absence and desertion since the full-scale invasion began, according to figures published by the Prosecutor General's Office.
""")

# h012 - wire, Sudan (Gezira): RSF commander and fighters come over to the army
doc("h012", "https://nilewire.example/sudan/2024/12/02/gezira-rsf-commander-joins-army",
    "2024-12-02", "Sudan: RSF field commander joins army with about 150 fighters in Gezira", """
PORT SUDAN, Dec 2 (Nile Wire) - A group of about 150 Rapid Support Forces fighters led by a field commander switched sides to the Sudanese Armed Forces in eastern Gezira state late last month, the army and a local resistance committee said.

The commander, Mohamed Adam Abu Shotal, appeared in a video with army officers in the town of Rufaa, standing in front of a row of pick-up trucks. "I will not be part of burning the villages of our own people," Abu Shotal says in the video. "I refused, and I am not the only one."

Abu Shotal, who had led RSF units around Tamboul, said his men had been ordered to loot markets and shoot men they suspected of supporting the army. Relatives of some of the fighters said the young men from other tribes received nothing while commanders from the leadership's own clan kept the cars and the gold.

An army spokesman described the move as "a return to the nation." The RSF said in a statement that Abu Shotal had been dismissed weeks earlier for selling looted goods and had taken "a handful of criminals" with him.

More than 11 million people have been displaced inside Sudan since fighting between the army and the RSF broke out in April 2023, according to the International Organization for Migration.
""")

# h013 - local radio transcript summary, DRC (Rutshuru): M23 fighters flee their unit
doc("h013", "https://sautiyakivu.example/bulletins/2024/04/18/morning-summary",
    "2024-04-18", "Morning bulletin summary: M23 fighters flee their positions near Rubare", """
SAUTI YA KIVU FM, GOMA - Summary of the 7 a.m. bulletin in Swahili, 18 April. Prepared by the night desk for the station's website.

Lead item. Around forty M23 fighters fled their unit near Rubare, in Rutshuru territory, between Sunday night and Monday, civil society leaders in Rutshuru told the station. Some reached their home villages, others were seen walking towards Kiwanja without weapons.

According to the civil society coordinator for Rutshuru, who spoke on air, most of the men had been recruited by force in displacement camps and in villages near Kiwanja last year. "They were taken at the market on a Thursday and sent to training the next week," she said.

A relative of one of the fighters told our correspondent by phone that the men had received no pay for three months. He said officers who spoke Kinyarwanda received rations and phone credit while the local recruits received nothing.

Reaction. An M23 spokesman, contacted by the station, called the report "propaganda from Kinshasa" and said no fighter had left his position.

Context. More than 2.5 million people are displaced in North Kivu province, according to humanitarian agencies.

Next bulletin at noon.
""")

# h014 - press release, DRC (Beni): ADF combatants hand in guns; families
doc("h014", "https://beni-territoire.example/communiques/2023/05/11/mbau-reddition-adf",
    "2023-05-11", "Press release: nine ADF combatants hand in their weapons at Mbau", """
TERRITORY OF BENI - OFFICE OF THE TERRITORIAL ADMINISTRATOR
PRESS RELEASE - 11 MAY 2023

1. On 8 May 2023, nine (9) combatants of the Allied Democratic Forces (ADF) handed in their guns to the Armed Forces of the Democratic Republic of the Congo (FARDC) at Mbau, in the Beni-Mbau sector. They were accompanied by fourteen (14) women and children.

2. Among the combatants is a Ugandan national, Musa Kato Ssebaggala, who says he joined the ADF in 2016. The other eight are Congolese, four of whom say they were abducted during attacks on Oicha and Eringeti.

3. The combatants declared that the joint operations of the FARDC and the Uganda People's Defence Force had destroyed their camps and that they had been without food for several weeks.

4. The Territorial Administrator recalls that since the start of the joint operations in December 2021, a total of 211 ADF combatants have surrendered in Beni territory. The armed group is estimated to retain between 1,000 and 1,500 fighters, of whom some 120 are foreigners drawn from at least six countries of the region.

5. "We ask the families of those still in the forest to send them a message: come out, you will be received," the Territorial Administrator said.

6. The women and children have been handed over to humanitarian partners.
""")

# h015 - regional news, Iraq (Tarmiyah): sham defection
doc("h015", "https://babylonpost.example/security/2022/02/10/tarmiyah-false-repentant-arrested",
    "2022-02-10", "Iraq: man who claimed to have quit Islamic State was a plant, intelligence says", """
BAGHDAD - A man who turned himself in to the Iraqi army in Tarmiyah last month, saying he had quit the Islamic State, was in fact sent by the group to gather information on army positions, Iraq's military intelligence directorate said on Tuesday.

The man, identified by his nom de guerre Abu Turab al-Jubouri, presented himself at an army checkpoint north of Tarmiyah on 17 January, carrying a rifle and a letter addressed to the local commander. He told officers he was tired of hiding in the orchards and wanted to benefit from the rules on repentance.

Investigators became suspicious when Abu Turab repeatedly asked about the times at which patrols changed. Messages recovered from a second phone showed that he had been reporting to an Islamic State cell leader in the Mutaibijah area, the directorate said.

"He played the repentant very well, but he asked the wrong questions," a senior officer in the Baghdad Operations Command said. "We have now reviewed every man who came to us this winter."

The directorate did not say how many others had been questioned. Iraqi officials estimate the group has no more than 1,000 fighters left in Iraq, most of them in remote areas between Kirkuk, Salahuddin and Diyala.
""")

# h016 - NGO report excerpt, Syria (Badia): reprisal and a handful walking out
doc("h016", "https://badiadocumentation.example/reports/2023/03/16/monthly-report-excerpt",
    "2023-03-16", "Monthly report (excerpt): Islamic State cells in the central Badia", """
BADIA DOCUMENTATION NETWORK - MONTHLY REPORT, FEBRUARY-MARCH 2023 (EXCERPT, SECTION 3)

3.1 Internal violence. On 9 March 2023, an Islamic State cell operating south of al-Sukhnah executed three of its own members whom it accused of planning to surrender to government forces. The Network's field researchers documented the killings through two sources with family ties to the men. The bodies were left near a water point used by shepherds.

3.2 Departures. Between 1 and 4 March, a handful of members walked out of a cell near Ithriya and have not returned, according to relatives interviewed by the Network. The relatives said the men had not received their monthly payments since the autumn and could no longer feed their families.

One relative told the Network: "The cell leaders treated every man as a spy. They took the phones, they followed you when you went to pray. My brother said he would rather die in his own house than be shot by them."

3.3 Cumulative figures. Since January 2022, the Network has documented the killing by the Islamic State of at least 27 of its own members in the Badia, most of them accused of contacts with government forces or of planning to leave. In the same period at least 140 members of the group were killed in the Badia in clashes and air strikes.

3.4 Methodology note. All incidents are confirmed by at least two independent sources. Names of sources are withheld for their protection.
""")

# h017 - wire, Syria/Iraq (al-Qaim): Syrian soldiers abandon posts and cross into Iraq
doc("h017", "https://tigriswire.example/2024/12/09/syrian-soldiers-cross-into-iraq-qaim",
    "2024-12-09", "About 2,000 Syrian soldiers abandon posts and cross into Iraq", """
AL-QAIM, Iraq, Dec 9 (Tigris Wire) - About 2,000 Syrian army soldiers abandoned their posts along the Euphrates on Friday and crossed into Iraq at the al-Qaim border crossing as rebel forces advanced across Syria, Iraqi security officials said.

The soldiers, some of them still in uniform, were disarmed by Iraqi border guards and taken to a camp in Anbar province, the officials said. Their weapons and vehicles were handed over to the Iraqi army.

"They came in waves all afternoon, in lorries, in cars, some on foot," an Iraqi border guard officer said by telephone. "Most of them had not eaten for two days."

A soldier from Deir ez-Zor who gave only his first name, Firas, said the men had been waiting for orders that never came. "Our officers took the cars and drove west in the night. In the morning there was nobody to tell us anything, and everybody knew the rebels were coming," he said.

Iraq said the soldiers would be returned to Syria once the situation allowed. The Syrian government did not comment.
""")

# h018 - wire, Pakistan (Bannu): named list of TTP militants
doc("h018", "https://indusnewsagency.example/2020/10/07/bannu-ttp-militants-lay-down-arms",
    "2020-10-07", "Seven TTP militants hand in weapons in Bannu after jirga talks", """
PESHAWAR, Oct 7 (Indus News Agency) - Seven militants of the banned Tehrik-i-Taliban Pakistan (TTP) handed in their guns to the Counter Terrorism Department (CTD) in Bannu last Friday after talks mediated by a tribal jirga, police said on Wednesday.

The men were named as Hazrat Bilal, Mir Akbar and Shah Faisal Dawar, along with four others whose names were withheld because their families still live in areas where the militants are active.

A CTD official said the seven had come forward under the provincial government's surrender and rehabilitation policy, which offers a one-time cash grant and protection to militants not involved in major attacks. "Money is not the main thing for them. Protection is," the official said.

Malik Sher Badshah, an elder who took part in the jirga, said the fathers of several of the men had asked the elders to bring their sons home before the winter. He said the young men complained that their commanders collected extortion money from traders in the area but sent nothing to the fighters' families.

Dawar, the eldest of the group, was described by police as a former bodyguard of a local TTP commander.

The Khyber Pakhtunkhwa police say "scores" of militants have surrendered in the southern districts since the start of the year.
""")

# h019 - NEGATIVE: book review (fiction)
doc("h019", "https://literaryledger.example/reviews/2023/09/28/the-long-road-to-vorkuta",
    "2023-09-28", "Review: a deserter's long walk home, in a novel of silences", """
Galina Petrenko's third novel opens with a young soldier, Kostya, leaving his post on a frozen river in the winter of 1944. He does not run. He simply puts down his rifle, turns his back on the front and starts walking east.

What follows is less a war story than a study of shame. Kostya deserts, but he cannot surrender the idea that he is still a soldier; he salutes officers he meets on the road, and lies to every farmer who gives him bread. When he finally reaches his mother's village, she hides him in the cellar for eleven years.

Petrenko, who grew up in Kharkiv and now lives in Vilnius, writes in short, plain sentences. The effect is sometimes powerful and sometimes flat. A subplot about a neighbour who defects to the authorities as an informer is barely developed, and a late chapter in which Kostya imagines giving himself up at the district police station reads like a draft.

Still, the book's central question stays with you: what do we owe an army that does not see us? Petrenko offers no answer, and she is right not to.

"The Long Road to Vorkuta" is published by Northern Lights Press, 312 pages.
""")

# h020 - NEGATIVE: business, Mali (gold mining)
doc("h020", "https://sahelmarkets.example/mining/2021/11/18/sadiola-investors-desert",
    "2021-11-18", "Investors desert Malian gold junior as permit row deepens", """
BAMAKO - Shares in Karita Gold, a small Canadian-listed miner with a licence in western Mali, fell by a third this week after two of its largest shareholders deserted the company and the government asked it to surrender part of its exploration permit.

The mining ministry said in a letter seen by Sahel Markets that Karita had failed to meet the work programme attached to its permit and must give up 40 percent of the licence area by the end of January.

The company's chief executive, Olivier Maigret, said the request was "unexpected and unjustified" and that Karita would contest it. Analysts said the row was the latest sign of tensions between foreign miners and the military-led government over a planned new mining code.

The defection of the two funds, which together held about 18 percent of the shares, triggered a wave of selling. One of them said in a filing that it had lost confidence in the board. A third investor, a Swiss family office, said it would not abandon the company but wanted two new directors.

Karita's board met on Wednesday and agreed to review the company's strategy. Its shares closed at 11 cents in Toronto.
""")

# h021 - NEGATIVE: fact-check, Ukraine (a staged "surrender" video)
doc("h021", "https://checkpointfacts.example/2022/06/08/video-marines-surrender-is-old-exercise",
    "2022-06-08", "Fact check: video of 'Ukrainian marines surrendering' is a 2019 training exercise", """
CLAIM: A video shared tens of thousands of times on Telegram and Twitter this week shows Ukrainian marines surrendering to Russian forces near Mykolaiv.

VERDICT: False. The footage was filmed during a Ukrainian military exercise in the Kherson region in 2019 and has no connection to the current war.

The clip, about 40 seconds long, shows about 30 men in Ukrainian uniforms kneeling with their hands behind their heads while soldiers in unmarked uniforms shout at them. Posts sharing it claim the men "laid down their arms and begged for mercy" this week.

Checkpoint Facts found the same footage in a report by a regional television channel published in September 2019. The report describes a training exercise in which one unit played the role of an enemy force taking prisoners. The instructor who appears at the end of the clip is named in the 2019 report.

The Ukrainian navy said this week that no marines had surrendered near Mykolaiv and called the video "a recycled fake." We found no evidence of any surrender matching the claim.

Videos of alleged mass surrenders and defections have been among the most widely shared false claims since February, our analysis of debunked posts shows.
""")

# h022 - NEGATIVE: Q&A explainer, Pakistan (anti-defection law)
doc("h022", "https://islamabadbrief.example/explainers/2022/04/article-63a-defection-clause",
    "2022-04-05", "Explainer: what Pakistan's defection clause says, and what it does not", """
As the no-confidence vote in the National Assembly approaches, lawmakers accused of switching sides have become the centre of the crisis. We asked a constitutional lawyer, Farah Naz Qureshi, to explain the rules.

What does the Constitution say about defection?
Article 63A says that a member who leaves his party, or votes against its line on a vote of confidence, a money bill or a constitutional amendment, can be declared a defector by the party head. The Election Commission then decides.

Can a defector keep his seat?
Not for long. If the Commission confirms the declaration, the seat falls vacant. What the law does not settle clearly is whether the vote of a defector counts before that happens.

Why are people talking about "surrendering" seats?
Some members have offered to resign rather than wait for disqualification. In our politics that is called surrendering the seat. It avoids the humiliation of being removed.

Will the courts get involved?
Almost certainly. A reference on the meaning of Article 63A is already before the Supreme Court.

Is this new?
No. Floor-crossing has been part of our politics since the 1950s. The clause was written to stop it, and it never fully has.
""")

# h023 - NGO report excerpt, Sudan: estimates only
doc("h023", "https://childrenatwar-sd.example/reports/2024/08/22/escaping-the-rsf-summary",
    "2024-08-22", "Report summary: 'We ran at night' - children who escaped the Rapid Support Forces", """
SUMMARY OF FINDINGS

Between June 2023 and June 2024, our field teams in Chad and eastern Sudan interviewed 212 boys and young men who had escaped from the Rapid Support Forces (RSF) after being recruited in Darfur and Khartoum. Of these, 61 were under 15 when they were recruited.

Most interviewees said they had been recruited under pressure. More than two thirds described being taken from markets or checkpoints, or given to the RSF by local leaders who had been promised money. Asked why they left, interviewees most often cited fear of death at the front: many had seen boys of their age sent in the first line of attacks on army positions.

Others said they left because they were never paid the 50,000 pounds a month they had been promised, or because commanders from the leadership's clans kept the loot and the vehicles.

"I ran because they made us beat old men at the market. I could not do it again," said one boy, now 16, interviewed in Adre.

A researcher who conducted many of the interviews said that the children's accounts were consistent. "They describe the same practices in places hundreds of kilometres apart," she said.

We estimate that the RSF has recruited several thousand children since April 2023. This figure is a projection based on our interviews and should be treated with caution.
""")

# h024 - Q&A with an analyst, Philippines: estimates only
doc("h024", "https://mindanaoquarterly.example/interviews/2021/02/25/abu-sayyaf-end-game",
    "2021-02-25", "Q&A: Is the Abu Sayyaf finished?", """
Security analyst Carmelita Bautista Ong has followed the Abu Sayyaf Group in Sulu and Basilan for two decades. We asked her about the state of the group.

How big is the Abu Sayyaf today?
The military says fewer than 100 armed members are left, most of them in the mountains of Patikul and Indanan. I think that is roughly right. Ten years ago we were talking about 400.

Where did they go?
Many were killed, and more than 600 have given up since 2016, according to the military's own count. The surrenders come in small groups, three or four men at a time.

Why do they give up?
Three reasons come back again and again. First, the pressure: the military operations never stop, and a man who cannot sleep two nights in the same place gets tired. Second, the integration programme, which gives cash and livelihood help. Third, the families. A former member told me, "My wife said she would rather be a widow than wait another year." That sentence explains a lot.

Is the threat over?
No. There are still kidnap-for-ransom cells, and the ideology has not disappeared. But the group as we knew it is finished.
""")
