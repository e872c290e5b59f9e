#!/usr/bin/env python3
"""Build samples/heldout/corpus.jsonl and samples/heldout/corpus.gold.jsonl.

Texts live in texts.py; the annotations live below as data. Every evidence SPAN
is written as a string that must occur exactly once in its document (or with an
explicit occurrence index); offsets are computed with str.find (all text is in
the BMP, so Python indices equal UTF-16 code units) and checked by slicing when
the files are written. Run from anywhere:

    python3 samples/heldout/build_gold.py
    python3 ../shared/tools/score.py samples/heldout/corpus.gold.jsonl samples/heldout/corpus.gold.jsonl
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts import DOCS  # noqa: E402

TEXT = {d["id"]: d["text"] for d in DOCS}
PUBLISHED = {d["id"]: d["published"] for d in DOCS}
CUR = None  # id of the document being annotated
GOLD = {}


# ---------------------------------------------------------------- value helpers
def span(s, occ=None):
    text = TEXT[CUR]
    n = text.count(s)
    assert n >= 1, f"{CUR}: evidence not found: {s!r}"
    if occ is None:
        assert n == 1, f"{CUR}: evidence occurs {n} times, give occ: {s!r}"
        occ = 0
    start = -1
    for _ in range(occ + 1):
        start = text.find(s, start + 1)
    end = start + len(s)
    assert text[start:end] == s
    return {"start": start, "end": end, "text": s}


def exact(n): return {"value": n, "low": n, "high": n, "qualifier": "exact"}
def approx(n): return {"value": n, "low": n, "high": n, "qualifier": "approx"}
def at_least(n): return {"value": n, "low": n, "high": None, "qualifier": "at_least"}
def at_most(n): return {"value": n, "low": None, "high": n, "qualifier": "at_most"}
def rng(lo, hi): return {"value": None, "low": lo, "high": hi, "qualifier": "range"}
def vague(lo, hi): return {"value": None, "low": lo, "high": hi, "qualifier": "vague"}


def day(d): return {"start": d, "end": d, "precision": "day"}
def period(a, b): return {"start": a, "end": b, "precision": "period"}
def month(a, b): return {"start": a, "end": b, "precision": "month"}
def year(a, b): return {"start": a, "end": b, "precision": "year"}
def since(a): return {"start": a, "end": PUBLISHED[CUR], "precision": "period"}


def place(name, country, lat=None, lon=None, precision="city"):
    return {"name": name, "country": country, "lat": lat, "lon": lon, "precision": precision}


def region(name, country):
    return place(name, country, None, None, "region")


def event(type, group, count, to, location, when, motives, source, evidence):
    return {"type": type, "group": group, "count": count, "to": to, "location": location,
            "date": when, "motives": motives, "source": source, "evidence": span(evidence)}


def estimate(measure, group, count, area, population, when, source, evidence):
    return {"measure": measure, "group": group, "count": count, "area": area,
            "population": population, "date": when, "source": source, "evidence": span(evidence)}


def motive(code, evidence):
    return {"code": code, "evidence": span(evidence)}


def person(name, role, nationality, event_index):
    return {"name": name, "role": role, "nationality": nationality, "event": event_index}


def quote(speaker, role, organization, evidence):
    return {"speaker": speaker, "role": role, "organization": organization, "evidence": span(evidence)}


def gold(doc_id, build):
    """build() runs with CUR set, so span() and since() look at the right document."""
    global CUR
    CUR = doc_id
    rec = {"events": [], "estimates": [], "motives": [], "people": [], "quotes": [], "notes": ""}
    rec.update(build())
    GOLD[doc_id] = rec
    CUR = None


IS = "Islamic State"
ISSP = "Islamic State Sahel Province"      # not in actors.tsv: surface name
TTP = "Tehrik-i-Taliban Pakistan"
AQAP = "al-Qaeda in the Arabian Peninsula"
RU, UA = "Russian Armed Forces", "Ukrainian Armed Forces"

# ---------------------------------------------------------------- annotations
gold("h001", lambda: dict(
    events=[
        event("defection", ISSP, approx(40), "JNIM", place("Tidermene", "ML"),
              period("2024-02-10", "2024-02-11"), ["infighting", "brutality"],
              "two local elected officials and a regional security source",
              "About forty fighters of the Islamic State Sahel Province came over to the rival al-Qaeda-linked JNIM coalition over the weekend in the Tidermene area of Mali's Menaka region, two local elected officials and a regional security source told Sahel Wire."),
    ],
    estimates=[
        estimate("other", ISSP, vague(24, 99), ["ML"], "Dawsahak herders killed (civilians)",
                 year("2023-01-01", "2023-12-31"), "residents",
                 "Islamic State fighters killed dozens of Dawsahak herders in camps around Anderamboukane last year"),
        estimate("strength", ISSP, at_most(1500), ["ML"], "fighters in the Menaka and Gao regions", None,
                 "A regional security source",
                 "the Islamic State branch now has no more than 1,500 fighters in the Menaka and Gao regions"),
        estimate("displaced", None, at_least(50000), ["ML"], "people who fled to the town of Menaka",
                 since("2022-03-01"), "the United Nations",
                 "More than 50,000 people have fled to the town of Menaka since March 2022"),
    ],
    motives=[
        motive("infighting", "He was tired of killing Muslims who pray in the same mosques over grazing wells"),
        motive("brutality", "after what happened in the camps near Anderamboukane, he said he could no longer look the families in the eye"),
    ],
    people=[person("Alhousseini Ag Mohamed", "defector", None, 0)],
    quotes=[
        quote("one of the elected officials", "local elected official", None,
              "\"He was tired of killing Muslims who pray in the same mosques over grazing wells,\" said one of the elected officials, who asked not to be named for his safety. \"And after what happened in the camps near Anderamboukane, he said he could no longer look the families in the eye.\""),
        quote("Islamic State media", None, ISSP, "\"apostates who sold their religion.\""),
    ],
    notes="'Came over to' a rival group = defection with to = JNIM (surface name, as in the sample corpus). Neither Islamic State Sahel Province nor JNIM is in actors.tsv: surface names (ISSP is not mapped to 'Islamic State'). 'About forty' = approx 40. 'Over the weekend' = Sat-Sun 10-11 Feb 2024 (published Wed 14). Tidermene coordinates left null (not sure of the gazetteer point). Fighting fellow Muslims over grazing wells = infighting; the massacre of Dawsahak herders he could not face = brutality. The herders killed 'last year' are a civilian toll: 'other' (README), year 2023. 'No more than' = at_most. The 50,000 who fled to Menaka since March 2022 are a tally over two years, not one episode, and the text does not say from whom: displaced estimate only, group null. Nationality of Ag Mohamed not stated: null.",
))

gold("h002", lambda: dict(
    events=[
        event("surrender", "Ansarul Islam", exact(23), "Defence and Security Forces", place("Djibo", "BF", 14.10, -1.63),
              day("2023-11-06"), ["incentive", "family", "military_pressure"], "Ministry of Security",
              "On Monday 6 November 2023, twenty-three (23) individuals who had been members of the terrorist group Ansarul Islam turned themselves in to the Defence and Security Forces (FDS) at Djibo, Soum province."),
    ],
    estimates=[
        estimate("defectors", None, exact(412), ["BF"], "persons who responded to the Government's call",
                 since("2023-01-01"), "Ministry of Security",
                 "Since January 2023, a total of 412 persons have responded to the call of the Government across the national territory."),
    ],
    motives=[
        motive("incentive", "they had left the armed group in response to the Government's outstretched-hand policy, which guarantees those who have not committed crimes against the population safe return and assistance with resettlement"),
        motive("family", "Several of them said they wished to rejoin their families, who had taken refuge in Djibo."),
        motive("military_pressure", "the sustained pressure exerted on the armed groups by the FDS and the Volunteers for the Defence of the Homeland (VDP) in the Sahel region since September has left the fighters cut off from their supply routes and unable to move, which has led many of them to give up"),
    ],
    quotes=[
        quote("the Minister of Security", "Minister of Security", "Ministry of Security",
              "\"The hand of the Nation remains open to those of our children who have strayed,\" the Minister of Security said on the occasion. \"But it will not remain open for ever.\""),
    ],
    notes="Press release: header and signature are not annotated (the Director of Communication is not quoted). 'turned themselves in to the Defence and Security Forces' = surrender; to = surface 'Defence and Security Forces' (not in actors.tsv). 'twenty-three (23)' = 23; rifles and launchers are not people. The nationwide 412 since January has no group (armed groups in general): group null. The ministry's explanation (pressure has led many to give up) is a stated reason: military_pressure; incentive and family are the individuals' own statements.",
))

gold("h003", lambda: dict(
    events=[
        event("surrender", "Islamic State in the Greater Sahara", exact(6), "Nigerien army", place("Ouallam", "NE", 14.32, 2.09),
              day("2021-09-21"), ["unmet_expectations", "corruption", "family"], "the governor's office in Tillaberi",
              "A Hausa-speaking preacher who recruited young men for the Islamic State in the Greater Sahara gave himself up to the Nigerien army near Ouallam on Tuesday, together with five of his followers, the governor's office in Tillaberi said."),
    ],
    estimates=[
        estimate("defectors", None, approx(230), ["NE"], "people who surrendered in the Tillaberi and Tahoua regions",
                 since("2017-01-01"), "The governor's office",
                 "about 230 people had surrendered in the Tillaberi and Tahoua regions since the programme began in 2017"),
    ],
    motives=[
        motive("unmet_expectations", "Dan Azumi had been promised a just Islamic order and found only cattle raids and ransom-taking"),
        motive("corruption", "I went looking for justice and I found thieves"),
        motive("family", "It was his family that decided him"),
        motive("incentive", "the government's programme for fighters who lay down their weapons, which offers vocational training and a pardon to those not accused of killings"),
    ],
    people=[person("Ibrahim Garba Dan Azumi", "surrendered", "NE", 0)],
    quotes=[
        quote("An adviser to the governor", "adviser to the governor of Tillaberi", "Tillaberi governor's office",
              "\"He told us: I went looking for justice and I found thieves,\""),
    ],
    notes="Count = the preacher + five followers = 6. Honorific 'Malam' dropped (README); surname-only 'Dan Azumi' later. Nationality NE: he comes from the Maradi region of Niger. 'On Tuesday' = 21 Sep 2021 (published Thu 23). Islamic State in the Greater Sahara and 'Nigerien army' are not in actors.tsv: surface names. Promised a just order but found raids = unmet_expectations; 'found thieves' = corruption (leaders unjust): two codes from one account, a judgement call. The reintegration programme with a pardon is coded incentive at document level only, as general policy (README), not as the men's own reason. 'About 230 ... since 2017' = defectors estimate (surrendered people), group null (the programme covers all groups). The embedded quotation inside the adviser's quote is unmarked: one quote, the adviser's.",
))

gold("h004", lambda: dict(
    events=[
        event("surrender", "Ansar al-Sunna", exact(17), "Mozambican army", place("Chai", "MZ"),
              day("2022-06-17"), ["coercion", "corruption", "living_conditions"], None,
              "Seventeen young men came out of the bush near Chai on Friday and handed in their guns to soldiers of the Mozambican army, the presenter reported."),
        event("civilian_flight", "Ansar al-Sunna", exact(31), None, place("Chai", "MZ"),
              day("2022-06-17"), [], "the district administrator",
              "With them came 31 women and children, most of them wives and children of the fighters, the presenter said, citing the district administrator."),
    ],
    estimates=[
        estimate("displaced", "Ansar al-Sunna", exact(31), ["MZ"], "women and children who came out with the fighters",
                 day("2022-06-17"), "the district administrator",
                 "With them came 31 women and children"),
    ],
    motives=[
        motive("coercion", "They were taken from Mocimboa da Praia when they were fourteen. Nobody chose to go."),
        motive("corruption", "Momade said the commanders kept the goats and the rice from the raids for themselves."),
        motive("living_conditions", "He said many of the boys were sick from hunger and that some had died in the camp."),
    ],
    people=[person("Momade", "surrendered", None, 0)],
    quotes=[
        quote("A caller from Chai", "caller", None,
              "\"They were taken from Mocimboa da Praia when they were fourteen. Nobody chose to go.\""),
        quote("Momade", "former insurgent", "Ansar al-Sunna",
              "\"The commanders ate meat. We boiled leaves and roots,\""),
        quote("A district official", "district official", None, "\"They will not be harmed,\""),
    ],
    notes="Radio summary: the station is the outlet, so the surrender has source null; the family count is attributed to the district administrator. 'Handed in their guns to soldiers of the Mozambican army' = surrender; to = surface 'Mozambican army' (not in actors.tsv). Group: the text names Ansar al-Sunna, locally called al-Shabaab (NOT the Somali al-Shabaab of actors.tsv) and claimed by IS as its Mozambique province; the surface name Ansar al-Sunna is used (judgement call). 'On Friday' = 17 Jun 2022 (published Mon 20). The 31 women and children are a separate civilian_flight event + displaced estimate (spec), not added to the 17. 'Commanders ate meat while we boiled leaves' is coded twice: commanders keeping the raided food = corruption; hunger and sickness = living_conditions. Being taken at fourteen = coercion. Chai coordinates left null. Item 3 (patrol found the camp empty) is not an exit.",
))

gold("h005", lambda: dict(
    events=[
        event("defection", "Houthis", approx(36), "Yemeni government forces", region("Raghwan", "YE"),
              day("2023-10-14"), ["exploitation", "coercion", "living_conditions"],
              "a senior officer in the government's Third Military Region",
              "Some three dozen Houthi fighters crossed the front line in the Raghwan district of Marib province on Saturday and came over to Yemeni government forces, a senior officer in the government's Third Military Region said."),
    ],
    estimates=[
        estimate("defectors", "Houthis", at_least(1200), ["YE"], "Houthi fighters who came over to the government",
                 since("2022-01-01"), "The government's defectors committee",
                 "more than 1,200 Houthi fighters have come over to its side since the start of 2022"),
        estimate("killed", "Houthis", at_least(70), ["YE"], "Houthi fighters killed in Raghwan",
                 since("2023-08-01"), "the officer",
                 "Fighting in Raghwan has killed more than 70 Houthi fighters since August"),
    ],
    motives=[
        motive("exploitation", "The youngest ones told us they were sent ahead of the men to walk through the minefields"),
        motive("coercion", "they had been recruited in their schools after Houthi supervisors warned that families who kept their sons at home would lose their food-aid cards"),
        motive("living_conditions", "Others said they had not been paid for eight months."),
    ],
    quotes=[
        quote("a senior officer in the government's Third Military Region", "senior officer", "Third Military Region",
              "\"The youngest ones told us they were sent ahead of the men to walk through the minefields,\" the officer said. \"They were used like dogs to find the mines.\""),
        quote("A spokesman for its military media office", "spokesman, military media office", "Houthis",
              "\"fabrications to cover its losses.\""),
    ],
    notes="'Crossed the front line and came over to' = defection (switching sides), to = surface 'Yemeni government forces'. Houthis / Ansar Allah not in actors.tsv: surface 'Houthis'. 'Some three dozen' = approx 36. 'On Saturday' = 14 Oct 2023 (published Tue 17). Raghwan is a district: region precision. Boys sent through minefields = exploitation; school recruitment under threat to food aid = coercion; unpaid for eight months = living_conditions. The Houthi denial does not cancel the event. The 1,200 since 2022 is a tally: defectors estimate. 'Since August' = 1 Aug 2023 to publication; killed = Houthi fighters (members), attributed to the officer.",
))

gold("h006", lambda: dict(
    events=[
        event("surrender", AQAP, exact(3), "Abyan Security Directorate", place("Zinjibar", "YE", 13.13, 45.38),
              day("2019-07-10"), ["ideology", "mistrust"], "Abyan Security Directorate",
              "On Wednesday 10 July 2019, the wanted person Salem Awad Bakhrib, known in the ranks of the al-Qaeda organisation as Abu Hamza al-Adani, turned himself in to the Abyan Security Directorate in Zinjibar, together with two of his companions."),
        event("reprisal", AQAP, exact(2), None, place("Mudiyah", "YE"),
              month("2019-06-01", "2019-06-30"), [], "residents",
              "last month the organisation killed two of its own members near Mudiyah after they were caught trying to leave, according to information received from residents"),
    ],
    motives=[
        motive("ideology", "scholars in Mukalla ruled that fighting the security forces and killing soldiers who pray is not jihad"),
        motive("mistrust", "the organisation had also begun to execute its own members on suspicion of spying for the drones, so that every man feared the one beside him"),
    ],
    people=[person("Salem Awad Bakhrib", "surrendered", None, 0)],
    quotes=[
        quote("Salem Awad Bakhrib", "former AQAP member", AQAP,
              "\"The organisation has become a trap for the youth,\""),
        quote("Nasser Saleh al-Yafei", "Director of Security", "Abyan Security Directorate",
              "\"Whoever comes with his weapon and his truth will be treated according to the law,\" he said, \"and his family will not be touched.\""),
    ],
    notes="Count = Bakhrib + two companions = 3; to = surface 'Abyan Security Directorate'. Real name given first, kunya second: people use the first form (README). Nationality not stated: null. A cleric's ruling = ideology; executions of suspected spies = mistrust (both his stated reasons). The killing of two members caught trying to leave 'last month' = reprisal, June 2019, source residents; reprisal events have no motives; the victims had not left: no people. The statement quoting Bakhrib: speaker Bakhrib. Brigadier (rank dropped) quote split by 'he said'.",
))

gold("h007", lambda: dict(
    events=[
        event("surrender", "Abu Sayyaf", exact(3), "Philippine Marines", place("Patikul", "PH", 6.07, 121.10),
              day("2024-05-27"), ["military_pressure", "family", "incentive"], "the military",
              "Three members of the Abu Sayyaf Group (ASG) gave up to the Philippine Marines in the hinterlands of Patikul on Monday, bringing with them an M16 rifle, an M14 rifle and a grenade launcher, the military said."),
    ],
    motives=[
        motive("military_pressure", "Hajan told reporters he had spent six years moving from one hill to another to escape the soldiers' operations."),
        motive("family", "My children are already big and they do not know me"),
        motive("incentive", "Sali said in the local language that the promise of the livelihood package had convinced him to come down."),
    ],
    people=[
        person("Jumadil Hajan", "surrendered", None, 0),
        person("Abner Sali", "surrendered", None, 0),
        person("Rodelio Ammang", "surrendered", None, 0),
    ],
    quotes=[
        quote("Jumadil Hajan", "former Abu Sayyaf member", "Abu Sayyaf",
              "\"We could not even light a fire at night. Every week the soldiers were closer,\""),
        quote("Jumadil Hajan", "former Abu Sayyaf member", "Abu Sayyaf",
              "\"My children are already big and they do not know me,\" Hajan added. \"I want them to go to school and not carry a gun like their father.\""),
        quote("Ramil Dizon Sarmiento", "spokesman for the Marines", "Philippine Marines",
              "\"The door is open to the remaining few,\""),
    ],
    notes="'Gave up to' = surrender; group 'Abu Sayyaf' and to 'Philippine Marines' are surface names (not in actors.tsv). 'On Monday' = 27 May 2024 (published Wed 29). List of three names with ages; later surname only. Nationality not stated: null. Six years running from hill to hill = military_pressure; children = family; livelihood package = incentive (Sali's own reason). 'The remaining few' is not a count. Weapons are not people. No estimates.",
))

gold("h008", lambda: dict(
    events=[
        event("surrender", TTP, exact(1), "Pakistan Army", place("Matta", "PK", 34.95, 72.43),
              month("2023-03-01", "2023-03-31"), ["brutality", "infighting", "corruption", "family"], None,
              "In March he walked down from the hills above the Swat valley and gave himself up to the Pakistan Army at a checkpoint near Matta, ending eleven years with the Tehrik-i-Taliban Pakistan."),
    ],
    motives=[
        motive("brutality", "Then they ordered us to burn a girls' school in the next valley. My own nieces studied there. We did it at night, and in the morning I saw the mothers standing in the ashes. Something in me broke that day."),
        motive("infighting", "Commanders, he says, spent more time fighting each other over extortion money from marble quarries than fighting the army."),
        motive("corruption", "That is not jihad. That is business."),
        motive("family", "it was the family that finally brought him down from the hills"),
    ],
    people=[person("Zarghun Shah Wazir", "surrendered", None, 0)],
    quotes=[
        quote("Zarghun Shah Wazir", "former TTP commander", TTP,
              "\"I joined because my uncle was killed in a drone strike and I wanted revenge. For some years I believed in what we were doing.\n\n\"Then they ordered us to burn a girls' school in the next valley. My own nieces studied there. We did it at night, and in the morning I saw the mothers standing in the ashes. Something in me broke that day.\""),
        quote("Zarghun Shah Wazir", "former TTP commander", TTP,
              "\"Two of our groups killed each other's men over one truck of marble,\" Wazir said. \"That is not jihad. That is business.\""),
        quote("his brother", "schoolteacher, brother of Wazir", None,
              "\"We told him: if you come home, you come home to us, not to a grave,\""),
        quote("A senior police officer in Swat", "senior police officer", None,
              "\"He is useful to us because the young ones listen to him,\""),
    ],
    notes="Feature: the multi-paragraph quote (first paragraph has no closing mark, second reopens) is one QUOTE from the first opening to the last closing mark; it is attributed only by context (the interview), to Wazir. 'In March' without year = March 2023 (most recent; published Aug 2023). to = surface 'Pakistan Army'. Joining out of revenge for his uncle is a reason for joining, not for leaving: not coded. Burning the school = brutality; commanders fighting each other over extortion money = infighting; 'not jihad, business' = corruption (hypocrisy); the family bringing him down = family. 'Commanded forty fighters' and 'eleven years' are not leaver counts. The surrender was negotiated by elders: still one surrender of one man.",
))

gold("h009", lambda: dict(
    events=[
        event("surrender", "Estado Mayor Central", exact(14), "Colombian Army", place("El Retorno", "CO", 2.33, -72.63),
              period("2024-09-07", "2024-09-08"), ["coercion", "unmet_expectations", "mistrust"],
              "the army's Twenty-Second Brigade",
              "Fourteen members of the Estado Mayor Central (EMC), the largest of the FARC dissident factions, turned themselves in to the Colombian army over the weekend in rural El Retorno, Guaviare, the army's Twenty-Second Brigade said."),
        event("civilian_flight", "Estado Mayor Central", exact(15), None, place("El Retorno", "CO", 2.33, -72.63),
              period("2024-09-07", "2024-09-08"), [], None,
              "Six women and nine children, relatives of the fighters, walked out of the jungle alongside them and were taken to a family welfare centre."),
    ],
    estimates=[
        estimate("displaced", "Estado Mayor Central", exact(15), ["CO"], "relatives of the fighters (six women, nine children)",
                 period("2024-09-07", "2024-09-08"), None,
                 "Six women and nine children, relatives of the fighters, walked out of the jungle alongside them"),
        estimate("strength", "Estado Mayor Central", approx(3500), ["CO"], None, None, "The army",
                 "The army estimates the EMC has about 3,500 armed members nationwide."),
    ],
    motives=[
        motive("coercion", "he joined at thirteen after a commander warned his father that the family would have to leave the village if the boy did not go with them"),
        motive("unmet_expectations", "They told us we would fight for the peasants, and I spent nine years guarding coca laboratories"),
        motive("mistrust", "fighters suspected of being informers were shot. \"They were afraid of being accused next,\" she said. \"That fear brought them to us more than anything we did.\""),
        motive("incentive", "The adults may apply for benefits under the government's reintegration route."),
    ],
    people=[person("Yeison Andres Quintero Rojas", "surrendered", None, 0)],
    quotes=[
        quote("Yeison Andres Quintero Rojas", "mid-level commander", "Estado Mayor Central",
              "\"They told us we would fight for the peasants, and I spent nine years guarding coca laboratories,\""),
        quote("Andrea Milena Ortiz Beltran", "brigade commander", "Colombian Army", "\"war councils\""),
        quote("Andrea Milena Ortiz Beltran", "brigade commander", "Colombian Army",
              "\"They were afraid of being accused next,\" she said. \"That fear brought them to us more than anything we did.\""),
    ],
    notes="Group: the FARC dissident faction Estado Mayor Central (surface; it is not the FARC of actors.tsv, which disarmed in 2017). 'Over the weekend' = Sat-Sun 7-8 Sep 2024 (published Thu 12). 'Four of them are minors' is part of the 14, not extra. The six women and nine children (15) are a civilian_flight event + displaced estimate, not added to the fighters (spec). Full Spanish name given first, then 'Quintero'; the alias in quotation marks ('Cachorro') is a name, not a quote. The Quintero quote is attributed after the closing mark ('was quoted as saying in the brigade's statement'): the span stops at the closing mark (spec). Forced recruitment = coercion; coca labs instead of the cause = unmet_expectations; execution of suspected informers = mistrust (the colonel's explanation for this group). The reintegration benefits are coded incentive at document level as general policy (README), not for the event. 'war councils' is a short attributed fragment in the colonel's reported speech: annotated (README).",
))

gold("h010", lambda: dict(
    events=[
        event("reprisal", RU, exact(1), None, place("Yekaterinburg", "RU", 56.84, 60.61),
              day("2024-11-26"), [], None,
              "The Central District Military Court in Yekaterinburg on Tuesday sentenced Sergeant Timur Rashidovich Galeev, 31, to thirteen years in a strict-regime colony for attempting to cross to the Ukrainian side and join the Freedom of Russia Legion"),
        event("desertion", RU, exact(1), None, region("Belgorod region", "RU"),
              month("2023-12-01", "2023-12-31"), ["family", "exploitation"], None,
              "Private Denis Olegovich Zuev, 24, who fled his unit in the Belgorod region in December and spent five months hiding at his mother's dacha"),
        event("reprisal", RU, exact(1), None, place("Chelyabinsk", "RU", 55.16, 61.40),
              month("2024-10-01", "2024-10-31"), [], None,
              "Last month, a garrison court in Chelyabinsk gave five and a half years to Private Denis Olegovich Zuev"),
    ],
    estimates=[
        estimate("other", RU, at_least(160), ["RU"], "treason cases involving attempts to go over to the Ukrainian side",
                 since("2022-01-01"), "Courtroom Notes",
                 "Courtroom Notes has counted at least 160 treason cases involving attempts to go over to the Ukrainian side since 2022."),
        estimate("defectors", RU, at_least(9000), ["RU"], "servicemen convicted of unauthorised absence",
                 period("2024-01-01", "2024-10-31"), None,
                 "Russian courts handed down more than 9,000 verdicts for unauthorised absence from units in the first ten months of 2024."),
    ],
    motives=[
        motive("ideology", "Galeev told the court that he considered the war a crime. \"I did not want to kill people who had done nothing to me,\""),
        motive("family", "Zuev told that court his mother was seriously ill"),
        motive("exploitation", "his unit had been sent on assaults \"without artillery, without anything, just us.\""),
    ],
    people=[person("Denis Olegovich Zuev", "deserter", "RU", 1)],
    quotes=[
        quote("Timur Rashidovich Galeev", "sergeant, defendant", RU,
              "\"I did not want to kill people who had done nothing to me,\" he said. \"I am not ashamed of that.\""),
        quote("Yelena Borisovna Tarasova", "lawyer for Galeev", None,
              "\"He never crossed anything,\" she said outside the courtroom. \"He is being punished for a thought.\""),
        quote("Denis Olegovich Zuev", "private, defendant", RU, "\"without artillery, without anything, just us.\""),
    ],
    notes="Court report. Galeev was caught before he crossed: no defection event and no people entry (README: victims of reprisals who had not left are not people); his sentence is a reprisal ('on Tuesday' = 26 Nov 2024, published Wed 27). His stated reason for trying to leave (the war is a crime) is coded ideology at document level (judgement call: a reason for an attempted exit). Zuev's desertion is its own event ('in December' = December 2023, the most recent December that fits five months of hiding before an October 2024 sentence); his sentence 'last month' = October 2024 is a second reprisal. Ranks dropped from names; patronymics kept. Treason cases are court cases: 'other'; AWOL verdicts are convictions of people who left: 'defectors' (README), 'first ten months of 2024' = Jan-Oct 2024; the outlet's own tally: source null. 'Since 2022' = 1 Jan 2022 to publication.",
))

gold("h011", lambda: dict(
    events=[
        event("desertion", UA, exact(1), None, place("Pokrovsk", "UA", 48.28, 37.18),
              month("2025-01-01", "2025-01-31"), ["living_conditions", "military_pressure", "family", "exploitation"], "Andriy",
              "in January he walked out of his mechanised brigade near Pokrovsk without permission"),
    ],
    estimates=[
        estimate("defectors", UA, vague(20000, 99999), ["UA"], "servicemen who left their units without permission", None, None,
                 "one of tens of thousands of Ukrainian servicemen who have done so"),
        estimate("other", UA, at_least(100000), ["UA"], "criminal cases for unauthorised absence and desertion",
                 since("2022-02-24"), "the Prosecutor General's Office",
                 "Prosecutors have registered more than 100,000 criminal cases for unauthorised absence and desertion since the full-scale invasion began"),
    ],
    motives=[
        motive("living_conditions", "Eleven months without rotation. You sleep in a hole full of water, you eat when somebody can get through"),
        motive("military_pressure", "every night the glide bombs come. The last one took two men from my section."),
        motive("family", "My daughter was born in December. I saw her once, on a phone. I asked for leave three times."),
        motive("exploitation", "We were the ones they sent forward so the drones could see where the Russians fire from. That is all we were for."),
    ],
    people=[person("Andriy", "deserter", "UA", 0)],
    quotes=[
        quote("his commander", "commander", UA, "\"Nobody is going home until it is over.\""),
    ],
    notes="Q&A: the answers are not in quotation marks, so they are not QUOTEs (as devset d006); the only QUOTE is the commander's words that Andriy reports. 'Walked out' = desertion (README). 'In January' = January 2025 (published March 2025). First name only, recorded as given; nationality UA (a Ukrainian serviceman). Motives from his answers: no rotation / flooded trench / irregular food = living_conditions; glide bombs killing comrades = military_pressure; newborn daughter and refused leave = family; sent forward as drone bait = exploitation. The promise that first-time absentees can return without a criminal case is an offer to come back, not a reason for leaving: not coded. 'Tens of thousands ... who have done so' = defectors estimate, vague 20000-99999, no date. Criminal cases are 'other'; 'since the full-scale invasion began' = 24 Feb 2022 (world knowledge; a system without it may give null).",
))

gold("h012", lambda: dict(
    events=[
        event("defection", "Rapid Support Forces", approx(150), "Sudanese Armed Forces", region("Gezira", "SD"),
              period("2024-11-21", "2024-11-30"), ["brutality", "discrimination"],
              "the army and a local resistance committee",
              "A group of about 150 Rapid Support Forces fighters led by a field commander switched sides to the Sudanese Armed Forces in eastern Gezira state late last month, the army and a local resistance committee said."),
    ],
    estimates=[
        estimate("displaced", None, at_least(11000000), ["SD"], "people displaced inside Sudan",
                 since("2023-04-01"), "the International Organization for Migration",
                 "More than 11 million people have been displaced inside Sudan since fighting between the army and the RSF broke out in April 2023"),
    ],
    motives=[
        motive("brutality", "I will not be part of burning the villages of our own people"),
        motive("brutality", "his men had been ordered to loot markets and shoot men they suspected of supporting the army"),
        motive("discrimination", "the young men from other tribes received nothing while commanders from the leadership's own clan kept the cars and the gold"),
    ],
    people=[person("Mohamed Adam Abu Shotal", "defector", None, 0)],
    quotes=[
        quote("Mohamed Adam Abu Shotal", "RSF field commander", "Rapid Support Forces",
              "\"I will not be part of burning the villages of our own people,\" Abu Shotal says in the video. \"I refused, and I am not the only one.\""),
        quote("An army spokesman", "army spokesman", "Sudanese Armed Forces", "\"a return to the nation.\""),
        quote("The RSF", None, "Rapid Support Forces", "\"a handful of criminals\""),
    ],
    notes="'Switched sides' = defection; RSF and SAF are not in actors.tsv: surface names. Count 'about 150 ... fighters led by a field commander' = approx 150 (the commander counted among them). The RSF's 'a handful of criminals' is a rival claim in a quote, not the count. 'Late last month' = 21-30 Nov 2024 (published 2 Dec). Location: eastern Gezira state (region); Rufaa is only where the video was filmed. Refusing to burn villages and ordered looting/shooting = brutality; unequal shares for other tribes vs the leadership's clan = discrimination. The RSF's claim that he was dismissed for selling loot is an accusation, not a stated reason: not coded. 11 million displaced since April 2023 across Sudan is flight from fighting, not a connected episode: displaced estimate only, group null (devset d037-d056 decision).",
))

gold("h013", lambda: dict(
    events=[
        event("desertion", "M23", approx(40), None, place("Rubare", "CD"),
              period("2024-04-14", "2024-04-15"), ["coercion", "living_conditions", "discrimination"],
              "civil society leaders in Rutshuru",
              "Around forty M23 fighters fled their unit near Rubare, in Rutshuru territory, between Sunday night and Monday, civil society leaders in Rutshuru told the station."),
    ],
    estimates=[
        estimate("displaced", None, at_least(2500000), ["CD"], "people displaced in North Kivu province", None,
                 "humanitarian agencies",
                 "More than 2.5 million people are displaced in North Kivu province"),
    ],
    motives=[
        motive("coercion", "most of the men had been recruited by force in displacement camps and in villages near Kiwanja last year"),
        motive("living_conditions", "the men had received no pay for three months"),
        motive("discrimination", "officers who spoke Kinyarwanda received rations and phone credit while the local recruits received nothing"),
    ],
    quotes=[
        quote("the civil society coordinator for Rutshuru", "civil society coordinator", None,
              "\"They were taken at the market on a Thursday and sent to training the next week,\""),
        quote("An M23 spokesman", "spokesman", "M23", "\"propaganda from Kinshasa\""),
    ],
    notes="'Fled their unit' = desertion. 'Around forty' = approx 40. 'Between Sunday night and Monday' = 14-15 Apr 2024 (published Thu 18), period. Rubare coordinates left null. The M23 denial does not cancel the event. Forced recruitment in camps = coercion (given as explanation by the coordinator); no pay = living_conditions; Kinyarwanda-speaking officers favoured = discrimination. North Kivu's displaced are people fleeing fighting, with no date: displaced estimate, group null. The 'Thursday' in the quote is the recruitment day, not an exit date.",
))

gold("h014", lambda: dict(
    events=[
        event("surrender", "Allied Democratic Forces", exact(9), "FARDC", place("Mbau", "CD"),
              day("2023-05-08"), ["military_pressure", "living_conditions", "coercion"],
              "Office of the Territorial Administrator of Beni",
              "On 8 May 2023, nine (9) combatants of the Allied Democratic Forces (ADF) handed in their guns to the Armed Forces of the Democratic Republic of the Congo (FARDC) at Mbau, in the Beni-Mbau sector."),
        event("civilian_flight", "Allied Democratic Forces", exact(14), None, place("Mbau", "CD"),
              day("2023-05-08"), [], "Office of the Territorial Administrator of Beni",
              "They were accompanied by fourteen (14) women and children."),
    ],
    estimates=[
        estimate("displaced", "Allied Democratic Forces", exact(14), ["CD"], "women and children who came out with the combatants",
                 day("2023-05-08"), "Office of the Territorial Administrator of Beni",
                 "accompanied by fourteen (14) women and children"),
        estimate("defectors", "Allied Democratic Forces", exact(211), ["CD"], "ADF combatants who surrendered in Beni territory",
                 since("2021-12-01"), "The Territorial Administrator",
                 "since the start of the joint operations in December 2021, a total of 211 ADF combatants have surrendered in Beni territory"),
        estimate("strength", "Allied Democratic Forces", rng(1000, 1500), ["CD"], None, None, "The Territorial Administrator",
                 "The armed group is estimated to retain between 1,000 and 1,500 fighters"),
        estimate("foreign_fighters", "Allied Democratic Forces", approx(120), ["CD"], "foreign fighters in the ADF", None,
                 "The Territorial Administrator", "of whom some 120 are foreigners"),
        estimate("origin_countries", "Allied Democratic Forces", at_least(6), ["CD"], "countries of origin of the ADF's foreign fighters", None,
                 "The Territorial Administrator", "drawn from at least six countries of the region"),
    ],
    motives=[
        motive("military_pressure", "the joint operations of the FARDC and the Uganda People's Defence Force had destroyed their camps"),
        motive("living_conditions", "they had been without food for several weeks"),
        motive("coercion", "four of whom say they were abducted during attacks on Oicha and Eringeti"),
    ],
    people=[person("Musa Kato Ssebaggala", "surrendered", "UG", 0)],
    quotes=[
        quote("the Territorial Administrator", "Territorial Administrator of Beni", "Territory of Beni",
              "\"We ask the families of those still in the forest to send them a message: come out, you will be received,\""),
    ],
    notes="Press release (numbered paragraphs). 'Handed in their guns to' FARDC = surrender; ADF and FARDC not in actors.tsv: surface names. 'nine (9)' = 9; the 14 women and children are a separate civilian_flight event + displaced estimate (spec). Mbau coordinates left null. Nationality UG stated ('a Ugandan national'). Joint operations destroying camps = military_pressure; no food = living_conditions; abduction = coercion (the combatants' own declarations). The 211 since December 2021 are a tally: defectors estimate. 'Some 120' foreigners = foreign_fighters approx 120 and 'at least six countries' = origin_countries at_least 6 (current figures, date null). The administrator's appeal is a quote, not a motive.",
))

gold("h015", lambda: dict(
    events=[
        event("sham_defection", IS, exact(1), "Iraqi Security Forces", place("Tarmiyah", "IQ", 33.67, 44.40),
              day("2022-01-17"), [], "Iraq's military intelligence directorate",
              "The man, identified by his nom de guerre Abu Turab al-Jubouri, presented himself at an army checkpoint north of Tarmiyah on 17 January, carrying a rifle and a letter addressed to the local commander."),
    ],
    estimates=[
        estimate("strength", IS, at_most(1000), ["IQ"], "fighters left in Iraq", None, "Iraqi officials",
                 "Iraqi officials estimate the group has no more than 1,000 fighters left in Iraq"),
    ],
    people=[person("Abu Turab al-Jubouri", "sham_defector", None, 0)],
    quotes=[
        quote("a senior officer in the Baghdad Operations Command", "senior officer", "Baghdad Operations Command",
              "\"He played the repentant very well, but he asked the wrong questions,\" a senior officer in the Baghdad Operations Command said. \"We have now reviewed every man who came to us this winter.\""),
    ],
    notes="Sham defection: the walk-in ('turned himself in to the Iraqi army ... last month', told in full as 'on 17 January', 2022) is the event; the Tuesday announcement is not the date because the exit itself is dated. to = Iraqi Security Forces (the Iraqi army, actors.tsv alias). The cover story (tired of hiding, repentance rules) is the plant's story, not a real reason for leaving: no motives (as in the sample corpus s003). 'No more than 1,000' = at_most. Kunya recorded as given.",
))

gold("h016", lambda: dict(
    events=[
        event("reprisal", IS, exact(3), None, place("al-Sukhnah", "SY", 34.89, 38.87),
              day("2023-03-09"), [], None,
              "On 9 March 2023, an Islamic State cell operating south of al-Sukhnah executed three of its own members whom it accused of planning to surrender to government forces."),
        event("desertion", IS, vague(2, 9), None, place("Ithriya", "SY"),
              period("2023-03-01", "2023-03-04"), ["living_conditions", "mistrust"], "relatives interviewed by the Network",
              "Between 1 and 4 March, a handful of members walked out of a cell near Ithriya and have not returned, according to relatives interviewed by the Network."),
    ],
    estimates=[
        estimate("members_executed", IS, at_least(27), ["SY"], "own members killed in the Badia",
                 since("2022-01-01"), None,
                 "Since January 2022, the Network has documented the killing by the Islamic State of at least 27 of its own members in the Badia"),
        estimate("killed", IS, at_least(140), ["SY"], "members killed in the Badia in clashes and air strikes",
                 since("2022-01-01"), None,
                 "In the same period at least 140 members of the group were killed in the Badia in clashes and air strikes."),
    ],
    motives=[
        motive("living_conditions", "the men had not received their monthly payments since the autumn and could no longer feed their families"),
        motive("mistrust", "The cell leaders treated every man as a spy. They took the phones, they followed you when you went to pray."),
    ],
    quotes=[
        quote("One relative", "relative of a member who left", None,
              "\"The cell leaders treated every man as a spy. They took the phones, they followed you when you went to pray. My brother said he would rather die in his own house than be shot by them.\""),
    ],
    notes="NGO report excerpt: the Network is the publisher, so its own findings have source null. Executing members accused of planning to surrender = reprisal (no motives, victims had not left: no people). 'A handful ... walked out' = desertion, vague 2-9, 1-4 March 2023 (period). Unpaid since autumn = living_conditions (could be read as family too; coded living_conditions only); leaders treating everyone as a spy = mistrust. 'Since January 2022 ... at least 27' = members_executed estimate; 'in the same period at least 140 members ... killed' = killed, same interval.",
))

gold("h017", lambda: dict(
    events=[
        event("desertion", "Syrian Arab Army", approx(2000), None, place("al-Qaim", "IQ", 34.37, 41.09),
              day("2024-12-06"), ["military_pressure", "corruption"], "Iraqi security officials",
              "About 2,000 Syrian army soldiers abandoned their posts along the Euphrates on Friday and crossed into Iraq at the al-Qaim border crossing as rebel forces advanced across Syria, Iraqi security officials said."),
    ],
    motives=[
        motive("military_pressure", "everybody knew the rebels were coming"),
        motive("corruption", "Our officers took the cars and drove west in the night."),
    ],
    people=[person("Firas", "deserter", "SY", 0)],
    quotes=[
        quote("an Iraqi border guard officer", "border guard officer", None,
              "\"They came in waves all afternoon, in lorries, in cars, some on foot,\" an Iraqi border guard officer said by telephone. \"Most of them had not eaten for two days.\""),
        quote("Firas", "Syrian soldier", "Syrian Arab Army",
              "\"Our officers took the cars and drove west in the night. In the morning there was nobody to tell us anything, and everybody knew the rebels were coming,\""),
    ],
    notes="Inspired by the publicly reported crossing of Syrian soldiers into Iraq at al-Qaim (Dec 2024); wording, quotes and the soldier are invented. 'Abandoned their posts ... crossed into Iraq' = desertion; Iraq only gives refuge and disarms them: to null (README: refuge states are not 'to'). Location = where they arrived (al-Qaim, IQ). 'On Friday' = 6 Dec 2024 (published Mon 9). Rebel advance = military_pressure; officers who fled with the cars = corruption (README borderline mapping: leaders who abandon their men). Hunger in the border officer's quote describes the men, not a reason given for leaving: not coded. Firas: first name only, a Syrian soldier from Deir ez-Zor (nationality SY).",
))

gold("h018", lambda: dict(
    events=[
        event("surrender", TTP, exact(7), "Counter Terrorism Department", place("Bannu", "PK", 32.99, 70.60),
              day("2020-10-02"), ["incentive", "family", "corruption"], "police",
              "Seven militants of the banned Tehrik-i-Taliban Pakistan (TTP) handed in their guns to the Counter Terrorism Department (CTD) in Bannu last Friday after talks mediated by a tribal jirga, police said on Wednesday."),
    ],
    estimates=[
        estimate("defectors", TTP, vague(40, 99), ["PK"], "militants who surrendered in the southern districts",
                 since("2020-01-01"), "The Khyber Pakhtunkhwa police",
                 "The Khyber Pakhtunkhwa police say \"scores\" of militants have surrendered in the southern districts since the start of the year."),
    ],
    motives=[
        motive("incentive", "the seven had come forward under the provincial government's surrender and rehabilitation policy, which offers a one-time cash grant and protection"),
        motive("family", "the fathers of several of the men had asked the elders to bring their sons home before the winter"),
        motive("corruption", "the young men complained that their commanders collected extortion money from traders in the area but sent nothing to the fighters' families"),
    ],
    people=[
        person("Hazrat Bilal", "surrendered", None, 0),
        person("Mir Akbar", "surrendered", None, 0),
        person("Shah Faisal Dawar", "surrendered", None, 0),
    ],
    quotes=[
        quote("A CTD official", "Counter Terrorism Department official", "Counter Terrorism Department",
              "\"Money is not the main thing for them. Protection is,\""),
        quote("The Khyber Pakhtunkhwa police", None, "Khyber Pakhtunkhwa police", "\"scores\""),
    ],
    notes="'Handed in their guns to the CTD' = surrender; to = surface 'Counter Terrorism Department'. 'Last Friday' = 2 Oct 2020 (published Wed 7; the Wednesday statement is the announcement). Count 7 = three named + four unnamed. Honorific 'Malik' on the elder is irrelevant: he is not a leaver and is only paraphrased (no quote). Policy with cash and protection = incentive; fathers asking for their sons = family; commanders keeping extortion money = corruption. '\"scores\" ... since the start of the year' = defectors estimate, vague 40-99; the quoted word is a short attributed fragment (README).",
))

NEG = "Hard negative: {}. No events, estimates, motives, people; quotes are not annotated in documents without events or estimates (README)."
gold("h019", lambda: dict(notes=NEG.format("review of a novel about a fictional WWII deserter ('deserts', 'surrender the idea', 'defects to the authorities as an informer', 'giving himself up'); fiction is not an event")))
gold("h020", lambda: dict(notes=NEG.format("business news from Mali: shareholders 'deserted' a mining company, a permit to 'surrender', 'the defection of the two funds', 'would not abandon the company'; percentages and share prices are not people")))
gold("h021", lambda: dict(notes=NEG.format("fact-check of a recycled 2019 training-exercise video falsely shown as Ukrainian marines 'surrendering'; 'about 30 men kneeling' are exercise participants; the navy states that no marines surrendered")))
gold("h022", lambda: dict(notes=NEG.format("Q&A on Pakistan's anti-defection clause (Article 63A): lawmakers 'switching sides', 'declared a defector', 'surrendering the seat', 'floor-crossing'; party politics, no armed group")))

gold("h023", lambda: dict(
    estimates=[
        estimate("defectors", "Rapid Support Forces", exact(212), ["SD"], "boys and young men who escaped and were interviewed",
                 period("2023-06-01", "2024-06-30"), None,
                 "interviewed 212 boys and young men who had escaped from the Rapid Support Forces (RSF)"),
        estimate("defectors", "Rapid Support Forces", exact(61), ["SD"], "escaped interviewees who were under 15 when recruited",
                 period("2023-06-01", "2024-06-30"), None,
                 "Of these, 61 were under 15 when they were recruited."),
        estimate("other", "Rapid Support Forces", vague(2000, 9999), ["SD"], "children recruited",
                 since("2023-04-01"), None,
                 "We estimate that the RSF has recruited several thousand children since April 2023."),
    ],
    motives=[
        motive("coercion", "Most interviewees said they had been recruited under pressure."),
        motive("military_pressure", "Asked why they left, interviewees most often cited fear of death at the front"),
        motive("exploitation", "many had seen boys of their age sent in the first line of attacks on army positions"),
        motive("living_conditions", "they were never paid the 50,000 pounds a month they had been promised"),
        motive("corruption", "commanders from the leadership's clans kept the loot and the vehicles"),
        motive("brutality", "I ran because they made us beat old men at the market. I could not do it again"),
    ],
    quotes=[
        quote("one boy, now 16, interviewed in Adre", "former RSF child recruit", None,
              "\"I ran because they made us beat old men at the market. I could not do it again,\""),
        quote("A researcher who conducted many of the interviews", "researcher", None,
              "\"They describe the same practices in places hundreds of kilometres apart,\""),
    ],
    notes="Estimates, no event: escapes over a year in many places are a tally, not an incident. The report's own figures: source null. 212 escaped interviewees = defectors; the 61 under 15 are a narrower population of the same people (also defectors, a judgement call; 'other' would be defensible). 'Several thousand children recruited' = recruitment, not strength or exits: 'other', vague 2000-9999. 'More than two thirds' is a share, and 50,000 pounds is money: not estimates. Survey reasons (README: reasons given in surveys count): pressure to join = coercion; fear of death at the front = military_pressure; boys in the first line = exploitation; unpaid = living_conditions; commanders of the leadership's clans keeping loot = corruption (could be discrimination; coded corruption here); beating old men = brutality.",
))

gold("h024", lambda: dict(
    estimates=[
        estimate("strength", "Abu Sayyaf", at_most(100), ["PH"], "armed members", None, "The military",
                 "The military says fewer than 100 armed members are left"),
        estimate("strength", "Abu Sayyaf", exact(400), ["PH"], "armed members ten years earlier",
                 year("2011-01-01", "2011-12-31"), "Carmelita Bautista Ong",
                 "Ten years ago we were talking about 400."),
        estimate("defectors", "Abu Sayyaf", at_least(600), ["PH"], "members who gave up",
                 since("2016-01-01"), "the military's own count",
                 "more than 600 have given up since 2016, according to the military's own count"),
    ],
    motives=[
        motive("military_pressure", "the military operations never stop, and a man who cannot sleep two nights in the same place gets tired"),
        motive("incentive", "the integration programme, which gives cash and livelihood help"),
        motive("family", "My wife said she would rather be a widow than wait another year."),
    ],
    quotes=[
        quote("A former member", "former Abu Sayyaf member", None,
              "\"My wife said she would rather be a widow than wait another year.\""),
    ],
    notes="Q&A with an analyst: estimates, no event ('small groups, three or four men at a time' is a pattern, not an incident). The analyst's answers are not in quotation marks: not QUOTEs; the former member's sentence she reports is. 'Fewer than 100' = at_most. 'Ten years ago we were talking about 400' = a past strength figure, exact 400, year 2011 (published 2021), a judgement call ('talking about' is not 'about'). 'Many were killed' has no number. The analyst's three reasons (pressure, programme, families) are general reasons for giving up: document-level motives.",
))


# ---------------------------------------------------------------- output
def main():
    corpus_path = os.path.join(HERE, "corpus.jsonl")
    gold_path = os.path.join(HERE, "corpus.gold.jsonl")
    missing = [d["id"] for d in DOCS if d["id"] not in GOLD]
    assert not missing, missing
    with open(corpus_path, "w", encoding="utf-8", newline="\n") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(gold_path, "w", encoding="utf-8", newline="\n") as f:
        for d in DOCS:
            rec = GOLD[d["id"]]
            out = {"doc": {k: d[k] for k in ("id", "url", "published", "title", "language")}}
            for k in ("events", "estimates", "motives", "people", "quotes", "notes"):
                out[k] = rec[k]
            for k in ("events", "estimates", "motives", "quotes"):
                for item in out[k]:
                    ev = item["evidence"]
                    assert d["text"][ev["start"]:ev["end"]] == ev["text"], (d["id"], ev)
            for e in out["events"]:
                for c in e["motives"]:
                    assert c in {m["code"] for m in out["motives"]}, (d["id"], c)
            for p in out["people"]:
                assert p["event"] is None or p["event"] < len(out["events"]), (d["id"], p)
            if not out["events"] and not out["estimates"]:
                assert not out["quotes"] and not out["motives"] and not out["people"], d["id"]
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {corpus_path} and {gold_path}")


if __name__ == "__main__":
    main()
