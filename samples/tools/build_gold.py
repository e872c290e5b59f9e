#!/usr/bin/env python3
"""Build samples/corpus.jsonl and samples/corpus.gold.jsonl.

The article texts live in corpus_text.py; the annotations live below as data.
Every evidence SPAN is given as a string that must occur exactly once in the
document text (or with an explicit occurrence index); offsets are computed with
str.find (all text is in the BMP, so Python indices equal UTF-16 code units) and
checked by slicing. Run from anywhere:

    python3 samples/tools/build_gold.py
    python3 ../shared/tools/score.py samples/corpus.gold.jsonl samples/corpus.gold.jsonl
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from corpus_text import DOCS  # noqa: E402

TEXT = {d["id"]: d["text"] for d in DOCS}
CUR = None  # id of the document being annotated


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


def date(start, end=None, precision="day"):
    return {"start": start, "end": end or start, "precision": precision}


def place(name, country, lat=None, lon=None, precision="city"):
    return {"name": name, "country": country, "lat": lat, "lon": lon, "precision": precision}


def event(type, group, count, to, location, when, motives, source, evidence, cluster=None):
    e = {"type": type, "group": group, "count": count, "to": to, "location": location,
         "date": when, "motives": motives, "source": source, "evidence": span(evidence)}
    if cluster:
        e["cluster"] = cluster
    return e


def estimate(measure, group, count, area, population, when, source, evidence):
    return {"measure": measure, "group": group, "count": count, "area": area,
            "population": population, "date": when, "source": source, "evidence": span(evidence)}


def motive(code, evidence):
    return {"code": code, "evidence": span(evidence)}


def person(name, role, nationality, event_index):
    return {"name": name, "role": role, "nationality": nationality, "event": event_index}


def quote(speaker, role, organization, evidence):
    return {"speaker": speaker, "role": role, "organization": organization, "evidence": span(evidence)}


GOLD = {}


def gold(doc_id, build):
    """build() runs with CUR set, so span() looks in the right text."""
    global CUR
    CUR = doc_id
    rec = {"events": [], "estimates": [], "motives": [], "people": [], "quotes": [], "notes": ""}
    rec.update(build())
    GOLD[doc_id] = rec
    CUR = None


IS, SHABAAB, ISWAP = "Islamic State", "al-Shabaab", "Islamic State West Africa Province"
CL_A, CL_B = "A-hiraan-defection-2022", "B-lake-chad-surrenders-2023"

# ---------------------------------------------------------------- annotations
gold("s001", lambda: dict(
    events=[
        event("reprisal", IS, exact(12), None, place("Hawija", "IQ", 35.33, 43.78),
              date("2016-09-11"), [], "two residents and a Kurdish intelligence officer",
              "Islamic State militants publicly executed twelve of their own fighters in the town of Hawija on Sunday after accusing them of planning to desert, according to two residents and a Kurdish intelligence officer."),
        event("civilian_flight", IS, approx(1800), None, place("Hawija", "IQ", 35.33, 43.78),
              date("2016-08-31", "2016-09-14", "period"), [], "a camp official",
              "About 1,800 people escaped the Hawija area and reached Peshmerga positions near Dibis in the past two weeks, according to a camp official"),
    ],
    estimates=[
        estimate("displaced", IS, approx(1800), ["IQ"], "civilians who escaped the Hawija area",
                 date("2016-08-31", "2016-09-14", "period"), "a camp official",
                 "About 1,800 people escaped the Hawija area"),
        estimate("strength", IS, rng(1500, 2000), ["IQ"], "militants in and around Hawija", None,
                 "A security official in Kirkuk",
                 "estimated that between 1,500 and 2,000 militants remain in and around the town"),
        estimate("members_executed", IS, at_least(40), ["IQ"], "members in the Hawija pocket",
                 date("2016-01-01", "2016-09-14", "period"), "A security official in Kirkuk",
                 "the group had killed more than 40 of its own members in the Hawija pocket since January for trying to leave or for contacting the security forces"),
    ],
    motives=[motive("living_conditions", "fighters now go unpaid for months, which was driving many of them to look for a way out")],
    quotes=[
        quote("Karwan Salih", "officer with the Kurdish security services", "Kurdish security services",
              "\"They had been caught trying to reach the Peshmerga lines with their families,\" said Karwan Salih, an officer with the Kurdish security services in Kirkuk. \"The group is afraid that its men will run, so it kills a few to frighten the rest.\""),
        quote("a woman who arrived at the Debaga camp", "displaced civilian", None,
              "\"We left everything. The smugglers took the last of our money,\""),
    ],
    notes="Reprisal dated to Sunday (2016-09-11). The flight is both a civilian_flight event and a displaced estimate (spec); 'in the past two weeks' = 14 days up to publication. Unpaid fighters looking for a way out is a stated reason for leaving (living_conditions, document level); the executed men's own reasons are not given, and reprisal events carry no motives. 'Since January' for the executions is a tally over months: an estimate, not an event.",
))

gold("s002", lambda: dict(
    events=[
        event("defection", IS, exact(1), None, place("Raqqa", "SY", 35.95, 39.01),
              date("2015-03-21", "2015-03-31", "period"),
              ["infighting", "brutality", "discrimination", "corruption", "unmet_expectations"], None,
              "In late March he paid a smuggler 600 dollars to drive him to the Turkish border, and he has been hiding in a rented room in this southern Turkish city ever since."),
    ],
    estimates=[
        estimate("defectors", IS, at_least(6), ["SY"], "men from his unit",
                 date("2015-01-01", "2015-04-14", "period"), "Al-Shami",
                 "at least six men from his unit had also slipped away since January"),
        estimate("foreign_fighters", None, at_least(20000), ["SY", "IQ"], "foreign fighters in jihadist groups",
                 date("2011-01-01", "2015-04-14", "period"), "Centre for Conflict Returns",
                 "more than 20,000 foreign fighters from about 90 countries have travelled to Syria and Iraq to join jihadist groups since 2011"),
        estimate("origin_countries", None, approx(90), ["SY", "IQ"], "countries of origin of foreign fighters",
                 date("2011-01-01", "2015-04-14", "period"), "Centre for Conflict Returns",
                 "from about 90 countries"),
    ],
    motives=[
        motive("infighting", "Instead they sent us to fight other rebels"),
        motive("brutality", "they executed people in the square every Friday"),
        motive("discrimination", "The foreigners got the houses and the cars. We Syrians got the front line."),
        motive("corruption", "commanders who preached austerity kept confiscated property for themselves"),
        motive("unmet_expectations", "He said he never saw the battles he had been promised"),
    ],
    people=[person("Abu Salim al-Shami", "defector", "SY", 0)],
    quotes=[
        quote("Abu Salim al-Shami", "defector", "Islamic State",
              "\"I came to fight the regime. Instead they sent us to fight other rebels, and they executed people in the square every Friday,\" he said. \"The foreigners got the houses and the cars. We Syrians got the front line.\""),
        quote("Leyla Karaca", "researcher", "Centre for Conflict Returns",
              "\"Defectors like him are the most credible voices against recruitment,\" said Leyla Karaca, a researcher at the centre. \"But very few will speak, because they fear the group and they fear prosecution.\""),
    ],
    notes="Pseudonym recorded as given ('Abu Salim al-Shami'; later 'Abu Salim' and 'Al-Shami'). Location is where he left from (Raqqa), not the dateline (Gaziantep, TR). 'Late March' = 21-31 March. The six men from his unit are a tally over three months with no place or date: a defectors estimate, not an event. The outlet's own interview: source null.",
))

gold("s003", lambda: dict(
    events=[
        event("sham_defection", IS, exact(1), "Syrian Democratic Forces", place("Raqqa", "SY", 35.95, 39.01),
              date("2018-07-02", "2018-07-05", "week"), [], "The Syrian Democratic Forces",
              "The Syrian Democratic Forces said on Wednesday they had arrested a member of an Islamic State cell who presented himself as a defector at a reconciliation office in Raqqa and who was carrying plans for attacks on checkpoints in the city."),
    ],
    estimates=[
        estimate("defectors", IS, approx(400), ["SY"], "former members who handed themselves in at the Raqqa office",
                 date("2017-10-01", "2018-07-05", "period"), "Mahmoud Hilal",
                 "about 400 former Islamic State members have handed themselves in at the office"),
    ],
    motives=[motive("incentive", "most had come forward because of an amnesty that spares local members who did not take part in killings")],
    people=[person("Khalid bin Walid al-Obeidi", "sham_defector", None, 0)],
    quotes=[
        quote("an SDF security official", "SDF security official", "Syrian Democratic Forces",
              "\"He came with a perfect story and a lot of tears,\""),
        quote("Mahmoud Hilal", "member of the Raqqa Civil Council", "Raqqa Civil Council",
              "\"We cannot close the door because of one spy,\" Hilal said. \"But every man who comes now is checked three times.\""),
    ],
    notes="Sham defection dated to his walk-in ('earlier this week' = Monday 2 July to publication), not to the arrest announcement. The cover story (left after the group lost its positions) is the sham defector's and gives no motive. The two men who arrived with him are only being questioned: not annotated. The 400 hand-ins since October 2017 are a tally over months: a defectors estimate. 'to' = Syrian Democratic Forces (the office he presented himself to).",
))


def hiraan_wire(syndicated):
    """s004 (Horn Wire) and s006 (its syndicated copy): same annotation, a few strings differ."""
    promised = ("the men had been promised treatment under the government's amnesty programme" if syndicated
                else "the men had been promised that they would be treated under the government's amnesty programme")
    ests = [estimate("strength", SHABAAB, rng(7000, 12000), ["SO"], None, None, None,
                     "Al-Shabaab, which is estimated to have between 7,000 and 12,000 fighters")]
    if not syndicated:
        ests.append(estimate("defectors", SHABAAB, at_least(2000), ["SO"],
                             "fighters who passed through rehabilitation centres",
                             date("2012-01-01", "2022-09-22", "period"), "the government's defector programme",
                             "More than 2,000 fighters have left al-Shabaab and passed through rehabilitation centres since 2012"))
    return dict(
        events=[event("defection", SHABAAB, at_least(30), "Somali National Army",
                      place("Bulo Burde", "SO", 3.85, 45.57), date("2022-09-20"),
                      ["family", "military_pressure", "incentive"], "a regional official",
                      "At least 30 al-Shabaab fighters led by a mid-level commander defected to government forces on Tuesday in the Hiraan region of central Somalia, a regional official said.",
                      cluster=CL_A)],
        estimates=ests,
        motives=[
            motive("family", "they wanted to go home to their families"),
            motive("military_pressure", "the air strikes had made their positions impossible to hold"),
            motive("incentive", promised),
        ],
        people=[person("Abdirahman Hassan Nur", "defector", "SO", 0)],
        quotes=[quote("Ali Warsame Dhoore", "Hiraan deputy governor", "Federal Government of Somalia",
                      "\"They contacted us two weeks ago through their clan elders. They told us they wanted to go home to their families and that the air strikes had made their positions impossible to hold,\"")],
        notes=("Wire version of cluster " + CL_A + ". 'Defected to government forces' -> defection, to = Somali National Army. "
               "Location: Bulo Burde (first named place of the exit; Hiraan is the region). The commander's kunya 'Abu Ayman' is an alias; the name is recorded in its first form. "
               "Amnesty promised to the men -> incentive."
               + (" Near-verbatim syndicated copy of s004 (Somalia Today header, dateline without date, a few words changed, the sentence on past executions and the last paragraph dropped, a distribution line added): same annotation minus the defectors estimate; "
                  "published a day later, 'on Tuesday' still resolves to 20 September." if syndicated
                  else " 'Executed members in the past' is a vague generalisation: no event.")),
    )


gold("s004", lambda: hiraan_wire(False))
gold("s006", lambda: hiraan_wire(True))

gold("s005", lambda: dict(
    events=[
        event("surrender", SHABAAB, approx(35), "Somali National Army", place("Bulo Burde", "SO", 3.85, 45.57),
              date("2022-09-19"), ["coercion", "living_conditions", "military_pressure"], "military officers in Hiraan",
              "Around 35 al-Shabaab militants surrendered to the Somali National Army in Bulo Burde district late on Monday, handing over their rifles and two technicals, military officers in Hiraan told Beledweyne Voice.",
              cluster=CL_A),
    ],
    motives=[
        motive("coercion", "Some of them are boys who were taken from their families by force."),
        motive("living_conditions", "Others told us they had not been paid for six months"),
        motive("military_pressure", "They saw that the group cannot hold the villages anymore."),
    ],
    people=[person("Cabdiraxmaan Xasan Nuur", "surrendered", "SO", 0)],
    quotes=[
        quote("Mohamed Aden Farah", "SNA commander in the district", "Somali National Army",
              "\"Some of them are boys who were taken from their families by force. Others told us they had not been paid for six months,\" Farah said. \"They saw that the group cannot hold the villages anymore.\""),
    ],
    notes="Local-outlet version of cluster " + CL_A + " (independent reporting): 'surrendered ... handing over their rifles' -> surrender, about 35, 'late on Monday' (19 Sept) where the wire says Tuesday and at least 30. The name is recorded in the first form the text gives (Somali spelling); 'Abdirahman Hassan Nur' and 'Nuur' are variants. Tuesday's arrival in town is the same incident. Retaken villages are not a population: no estimate.",
))

gold("s007", lambda: dict(
    events=[
        event("defection", "JNIM", rng(40, 50), None, place("Djenne", "ML", 13.91, -4.55),
              date("2020-03-01", "2020-03-18", "month"), ["ideology", "infighting"],
              "local officials and religious leaders",
              "Dozens of fighters from the al-Qaeda-linked coalition Jama'at Nusrat al-Islam wal-Muslimin (JNIM) have defected in Mali's central Mopti region earlier this month, local officials and religious leaders said, after a respected preacher declared that the war against their neighbours had no religious basis."),
    ],
    estimates=[
        estimate("killed", None, at_least(300), ["ML"], "fighters of JNIM and the Islamic State in the Greater Sahara",
                 date("2019-07-01", "2020-03-18", "period"), "a tally by local officials",
                 "Clashes between the two groups have killed more than 300 fighters since July"),
        estimate("strength", "JNIM", rng(2000, 3000), ["ML"], None, None, "Western security officials",
                 "JNIM is thought to have between 2,000 and 3,000 fighters in Mali"),
        estimate("displaced", None, approx(200000), ["ML"], "people displaced by violence in central Mali", None,
                 "aid agencies", "Violence in central Mali has forced about 200,000 people from their homes"),
    ],
    motives=[
        motive("ideology", "When Imam Sekou Tangara said that this killing is not jihad, the young men listened"),
        motive("infighting", "Some also told us they were tired of fighting other Muslims for the leaders' quarrels."),
    ],
    quotes=[
        quote("Amadou Dicko", "president of the local peace committee", None,
              "\"The sermon changed everything. When Imam Sekou Tangara said that this killing is not jihad, the young men listened,\" Dicko said by telephone. \"Some also told us they were tired of fighting other Muslims for the leaders' quarrels.\""),
        quote("Amadou Dicko", "president of the local peace committee", None,
              "\"We do not ask them to hand over anyone. We ask them to come home,\""),
    ],
    notes="JNIM is not in actors.tsv: surface short name 'JNIM'. Lede 'dozens' and body 'between 40 and 50' describe the same incident; the more precise body figure is used (range 40-50). The men left and went home (no handing over to anyone): defection, to null. Location Djenne (where they came in; Mopti is the region). 'Earlier this month' = 1 March to publication. The preacher's ruling -> ideology; fighting 'other Muslims' for leaders' quarrels -> infighting. Killed figure covers both groups: group null. Displacement by violence (not flight from group territory): estimate only.",
))

gold("s008", lambda: dict(
    events=[
        event("surrender", ISWAP, at_least(300), "Nigerian Armed Forces", place("Monguno", "NG", 12.67, 13.61),
              date("2023-06-01", "2023-06-15", "period"), ["military_pressure", "living_conditions"], "the military",
              "More than 300 Islamic State West Africa Province (ISWAP) fighters have surrendered to Nigerian troops around Lake Chad in the past two weeks, the military said on Thursday, as an air and ground offensive squeezes the group's island bases.",
              cluster=CL_B),
    ],
    estimates=[
        estimate("strength", ISWAP, rng(3000, 5000), ["NG"], None, None, None,
                 "ISWAP, which split from Boko Haram in 2016, is estimated to have between 3,000 and 5,000 fighters"),
        estimate("defectors", None, at_least(90000), ["NG"], "Boko Haram and ISWAP members and their relatives",
                 date("2021-01-01", "2023-06-15", "period"), "The military",
                 "more than 90,000 Boko Haram and ISWAP members and their relatives have surrendered since 2021"),
    ],
    motives=[
        motive("military_pressure", "as an air and ground offensive squeezes the group's island bases"),
        motive("living_conditions", "Many of them told our troops they had not eaten properly for weeks"),
    ],
    quotes=[quote("Ibrahim Lawal Bello", "army spokesman", "Nigerian Armed Forces",
                  "\"The sustained pressure on their enclaves is yielding results. Many of them told our troops they had not eaten properly for weeks,\"")],
    notes="Wire version of cluster " + CL_B + ". 'Lake Chad ... near Monguno and Baga': Monguno, the first town named, is the location. Wives and children are mentioned but not counted: no civilian_flight event. The 90,000 tally includes relatives and covers two groups: defectors estimate with group null and a population.",
))

gold("s009", lambda: dict(
    events=[
        event("surrender", ISWAP, exact(316), "Nigerian Armed Forces", place("Borno", "NG", None, None, "region"),
              date("2023-06-03", "2023-06-15", "period"), ["corruption", "living_conditions"], "the theatre command",
              "A total of 316 ISWAP fighters and 847 of their wives and children have handed themselves over to troops of Operation Hadin Kai in northern Borno since June 3, the theatre command told journalists on Thursday.",
              cluster=CL_B),
        event("civilian_flight", ISWAP, exact(847), None, place("Borno", "NG", None, None, "region"),
              date("2023-06-03", "2023-06-15", "period"), [], "the theatre command",
              "A total of 316 ISWAP fighters and 847 of their wives and children have handed themselves over to troops of Operation Hadin Kai in northern Borno since June 3, the theatre command told journalists on Thursday."),
    ],
    estimates=[
        estimate("displaced", ISWAP, exact(847), ["NG"], "wives and children of the surrendered fighters",
                 date("2023-06-03", "2023-06-15", "period"), "the theatre command",
                 "847 of their wives and children"),
    ],
    motives=[
        motive("corruption", "the group's leaders had been hoarding food while ordinary fighters went hungry"),
        motive("living_conditions", "They eat, we starve. They sleep in houses, we sleep in the mud"),
        motive("incentive", "which offers vocational training and cash to those who surrender"),
    ],
    people=[person("Bukar Modu Gana", "surrendered", "NG", 0)],
    quotes=[quote("Bukar Modu Gana", "logistics commander", ISWAP,
                  "\"They eat, we starve. They sleep in houses, we sleep in the mud,\"")],
    notes="Local version of cluster " + CL_B + ": exact 316 fighters 'since June 3' up to the Thursday briefing (15 June). Operation Hadin Kai is the Nigerian military's operation: to = Nigerian Armed Forces. Families counted separately -> civilian_flight event (847) and displaced estimate, same place and time; the fighters' count excludes them. Gana (kunya Abu Maryam) is part of the tally, not a separate incident (no date or place of his own). The reintegration programme's cash offer is policy -> incentive at document level only.",
))

gold("s010", lambda: dict(
    events=[
        event("surrender", "Taliban", exact(42), "Government of Afghanistan", place("Shindand", "AF", 33.30, 62.14),
              date("2019-08-05"), ["incentive", "military_pressure", "family"], "the provincial governor's office",
              "Forty-two Taliban fighters, including a local commander, handed over their weapons to the Afghan government in Herat province's Shindand district on Monday, the provincial governor's office said."),
    ],
    estimates=[
        estimate("defectors", "Taliban", approx(600), ["AF"], "insurgents who joined the peace process in western Afghanistan",
                 date("2018-01-01", "2019-08-07", "period"), "Nasrullah Hamidi",
                 "about 600 insurgents had joined the peace process in western Afghanistan since 2018"),
    ],
    motives=[
        motive("incentive", "had accepted the government's offer of protection and jobs"),
        motive("military_pressure", "after months of air strikes on their positions"),
        motive("family", "My sons have not seen me for three years."),
    ],
    people=[person("Gul Agha Zadran", "surrendered", "AF", 0)],
    quotes=[quote("Gul Agha Zadran", "local Taliban commander", "Taliban",
                  "\"My sons have not seen me for three years. I want to plough my land and live without fear,\"")],
    notes="Scraped page: breadcrumbs, byline, share line, Related links, tags and copyright are noise and are not annotated (the repeated headline is noise too). 'Handed over their weapons to the Afghan government' -> surrender; to = Government of Afghanistan (alias). Honorific 'Mawlawi' dropped from the name. Weapons counts (38, four, two) are not people. The Taliban's denial is reported without quotation marks: no quote, and it does not remove the event (the governor's office reports it).",
))

gold("s011", lambda: dict(
    events=[
        event("sham_defection", "Taliban", exact(1), "Government of Afghanistan", place("Kunduz", "AF", 36.73, 68.86, "region"),
              date("2014-09-01", "2014-09-30", "month"), [], "officials",
              "A man who presented himself as a Taliban defector last month and was enrolled in the government's reintegration programme opened fire on Afghan soldiers in Kunduz province on Tuesday, killing three and wounding two, officials said."),
    ],
    estimates=[
        estimate("defectors", None, approx(8000), ["AF"], "former insurgents enrolled in the reintegration programme",
                 date("2010-01-01", "2014-10-09", "period"), "its provincial secretariat",
                 "The reintegration programme has enrolled about 8,000 former insurgents since 2010"),
    ],
    people=[person("Sher Ahmad Noorzai", "sham_defector", None, 0)],
    quotes=[
        quote("the Taliban", None, "Taliban", "\"our mujahid deceived the enemy and punished its servants.\""),
        quote("a security official in Kabul", "security official", None,
              "\"We have no way of checking a man's heart. We check his name, his village and his elders, and that is all,\""),
    ],
    notes="Sham defection dated to when he posed as a defector ('last month' = September 2014), not to Tuesday's attack; the attack itself is not an exit event. His cover story (fell out with his commander) gives no motive. Spelling variant 'Sher Ahmed': the first form is used. Nationality not stated: null. Soldiers killed are members of the state force attacked, not of the group left: no killed estimate.",
))

gold("s012", lambda: dict(
    events=[
        event("defection", "Tatmadaw", exact(12), "Karen National Union", place("Karen State", "MM", None, None, "region"),
              date("2021-04-01", "2021-04-28", "month"), ["brutality", "corruption", "living_conditions"], "the captain",
              "A Myanmar army captain and 11 soldiers from his battalion crossed into territory held by the Karen National Union earlier this month, saying they would not obey orders to fire on unarmed protesters, the captain told Salween Review."),
    ],
    estimates=[
        estimate("defectors", "Tatmadaw", approx(800), ["MM"], "soldiers and police officers",
                 date("2021-02-01", "2021-04-28", "period"), "a network of former officers",
                 "About 800 soldiers and police officers have defected since the military seized power on 1 February"),
    ],
    motives=[
        motive("brutality", "saying they would not obey orders to fire on unarmed protesters"),
        motive("corruption", "senior officers sold the battalion's rations on the market"),
        motive("living_conditions", "the soldiers eat rice with salt"),
    ],
    people=[person("Htet Aung Lin", "defector", "MM", 0)],
    quotes=[
        quote("Htet Aung Lin", "army captain", "Tatmadaw",
              "\"They told us the protesters were terrorists. I saw children and old women,\" he said. \"When the order came to shoot, I decided that I would rather be shot myself.\""),
        quote("Htet Aung Lin", "army captain", "Tatmadaw",
              "\"The generals take the money and the soldiers eat rice with salt,\""),
    ],
    notes="Count = the captain plus 11 soldiers = 12 (the people involved). 'Crossed into territory held by the KNU' and sheltering there -> defection to the Karen National Union. Location: Karen State (where they arrived; the Bago town is where they served). Rank 'Captain' dropped from the name.",
))

gold("s013", lambda: dict(
    estimates=[
        estimate("defectors", "Tatmadaw", at_least(10000), ["MM"], "soldiers and police",
                 date("2021-02-01", "2022-07-12", "period"), "the Soldiers' Voice Network",
                 "More than 10,000 soldiers and police have defected since February 2021, according to the Soldiers' Voice Network"),
        estimate("strength", "Tatmadaw", rng(150000, 200000), ["MM"], None, None, "Analysts",
                 "Analysts estimate that the military has between 150,000 and 200,000 personnel"),
    ],
    quotes=[
        quote("Myo Thant Zin", "military spokesman", "Tatmadaw",
              "\"No soldier of this battalion has left his post. The unit is carrying out its duties as normal,\" said Colonel Myo Thant Zin, a military spokesman. \"These stories are written by terrorists to confuse the public.\""),
        quote("a commander of the local People's Defence Force", "commander", "People's Defence Force",
              "\"We welcome any soldier who comes to us, but we have not received this battalion,\""),
    ],
    notes="Denial piece: the claimed battalion defection comes only from social-media posts with misattributed photographs, is denied by the military and not confirmed by the PDF -> no event, and the 'several hundred' of the posts is not an estimate. The long-run defectors tally and the strength figure are estimates, so quotes are annotated.",
))

gold("s014", lambda: dict(
    events=[
        event("surrender", "Russian Armed Forces", exact(3), "Ukrainian Armed Forces", place("Avdiivka", "UA", 48.14, 37.74),
              date("2023-11-19"), ["exploitation", "military_pressure"], "a Ukrainian brigade",
              "Three Russian soldiers surrendered to a Ukrainian drone crew near Avdiivka on Sunday, following the drone through a minefield to Ukrainian positions, a Ukrainian brigade said."),
    ],
    estimates=[
        estimate("other", "Russian Armed Forces", at_least(25000), ["UA", "RU"], "requests to the surrender hotline",
                 date("2022-09-01", "2023-11-22", "period"), "The hotline project",
                 "The hotline project says it has received more than 25,000 requests since it was launched in September 2022"),
        estimate("killed", "Russian Armed Forces", at_least(10000), ["UA"], "Russian soldiers around Avdiivka",
                 date("2023-10-01", "2023-11-22", "period"), "Ukrainian officials",
                 "more than 10,000 Russian soldiers have been killed around Avdiivka since the offensive on the town began in October"),
    ],
    motives=[
        motive("exploitation", "They send us across the fields in waves, like meat."),
        motive("military_pressure", "I decided I would rather be a prisoner than a corpse."),
    ],
    people=[person("Ilya Petrovich Gorbunov", "surrendered", "RU", 0)],
    quotes=[
        quote("Ilya Petrovich Gorbunov", "mobilised soldier", "Russian Armed Forces",
              "\"They send us across the fields in waves, like meat. Nobody comes back for the wounded,\" Gorbunov said. \"I decided I would rather be a prisoner than a corpse.\""),
    ],
    notes="Name in full with patronymic, later by surname: first full form recorded. Hotline requests are contacts, not people who left -> 'other'. The call sign Sokil is a Ukrainian officer, not a leaver, and says nothing in quotation marks. Losing half his unit and 'prisoner rather than corpse' -> military_pressure; waves 'like meat' -> exploitation.",
))

gold("s015", lambda: dict(
    events=[
        event("reprisal", "Russian Armed Forces", exact(2), None, place("Tver", "RU", 56.86, 35.90),
              date("2024-03-26"), [], "the court's press service",
              "A military garrison court in Tver on Tuesday sentenced two soldiers to six and five and a half years in a penal colony for leaving their unit in the occupied part of Ukraine's Zaporizhzhia region, the court's press service said."),
        event("desertion", "Russian Armed Forces", exact(7), None, place("Tokmak", "UA", 47.25, 35.71),
              date("2024-01-01", "2024-01-31", "month"), ["living_conditions", "family"], "the case file",
              "were among seven servicemen who walked away from their positions near Tokmak in January and made their way home by bus and train, according to the case file."),
    ],
    estimates=[
        estimate("defectors", "Russian Armed Forces", at_least(5000), ["RU"], "soldiers convicted of going absent without leave",
                 date("2022-09-01", "2024-03-29", "period"), "an independent media project",
                 "Russian courts have convicted more than 5,000 soldiers of going absent without leave since September 2022"),
    ],
    motives=[
        motive("living_conditions", "he had not been rotated for fourteen months"),
        motive("family", "I went to bury my father."),
    ],
    people=[
        person("Sergei Anatolyevich Kuznetsov", "deserter", "RU", 1),
        person("Roman Olegovich Belyaev", "deserter", "RU", 1),
    ],
    quotes=[
        quote("Sergei Anatolyevich Kuznetsov", "serviceman", "Russian Armed Forces",
              "\"I went to bury my father. I was going to go back,\""),
        quote("Alla Vorontsova", "lawyer", None,
              "\"The courts are no longer interested in why a man left. They only count the days he was gone,\""),
    ],
    notes="Reprisal = a state court jailing its own soldiers for leaving (README convention), Tuesday 26 March. The desertion of seven near Tokmak in January is a separate, earlier event; both sentenced men belong to it. Kuznetsov's refused leave for his father's funeral and Belyaev's newborn son -> family; no rotation for 14 months -> living_conditions. Soldiers convicted of AWOL are people who left -> defectors estimate.",
))

gold("s016", lambda: dict(
    events=[
        event("surrender", "ELN", exact(17), "Colombian Army", place("Arauca", "CO", None, None, "region"),
              date("2021-10-11", "2021-10-17", "week"), ["coercion", "incentive"], "the army's 18th Brigade",
              "Seventeen fighters of the National Liberation Army (ELN), four of them minors, handed themselves in to the Colombian Army in Arauca department last week, the army's 18th Brigade said on Monday."),
    ],
    estimates=[
        estimate("defectors", "ELN", at_most(1000), ["CO"], "members demobilised individually",
                 date("2019-01-01", "2021-10-18", "period"), "the government agency that runs the reintegration programme",
                 "Nearly a thousand ELN members have demobilised individually since 2019"),
        estimate("strength", "ELN", approx(2500), ["CO"], None, None, None,
                 "is thought to have about 2,500 fighters"),
    ],
    motives=[
        motive("coercion", "Most of them were recruited as children. They were told that if they left, their families would pay"),
        motive("incentive", "They came because they heard that the programme would protect them and give them a chance to study."),
    ],
    quotes=[
        quote("Hernan Ospina Castano", "commander of the 18th Brigade", "Colombian Army",
              "\"Most of them were recruited as children. They were told that if they left, their families would pay,\" said General Hernan Ospina Castano, the brigade's commander. \"They came because they heard that the programme would protect them and give them a chance to study.\""),
        quote("a 16-year-old girl among the group", "surrendered minor", "ELN",
              "\"They said it was for a few weeks. It was two years,\""),
    ],
    notes="The minors are fighters who surrendered, so the count is 17 (not a civilian_flight). 'Last week' = Monday 11 to Sunday 17 October (publication Monday 18). Location: Arauca department (first named; Tame is where they came out). 'Nearly a thousand' -> at_most 1000. The girl is unnamed: no person entry.",
))

gold("s017", lambda: dict(
    events=[
        event("desertion", "M23", vague(24, 99), None, place("Rumangabo", "CD", -1.33, 29.37),
              date("2023-02-01", "2023-02-08", "period"), ["coercion", "living_conditions"],
              "local civil society leaders and two of the young men",
              "Dozens of young recruits have deserted an M23 training camp near Rumangabo in North Kivu over the past week, according to local civil society leaders and two of the young men, who reached Goma on Monday."),
        event("civilian_flight", "M23", approx(12000), None, place("Rutshuru", "CD", None, None, "region"),
              date("2023-01-20", "2023-02-08", "period"), [], "Josephine Mapendo",
              "About 12,000 people have left M23-held parts of Rutshuru territory for camps around Goma since January 20, according to a coordinator of the Kanyaruchinya displacement site, Josephine Mapendo."),
    ],
    estimates=[
        estimate("displaced", "M23", approx(12000), ["CD"], "civilians who left M23-held parts of Rutshuru",
                 date("2023-01-20", "2023-02-08", "period"), "Josephine Mapendo",
                 "About 12,000 people have left M23-held parts of Rutshuru territory for camps around Goma since January 20"),
        estimate("strength", "M23", vague(2000, 9999), ["CD"], None, None, "regional analysts",
                 "now has thousands of fighters, according to regional analysts"),
    ],
    motives=[
        motive("coercion", "They took us from the market with ropes on our hands."),
        motive("living_conditions", "At the camp we ate once a day, beans with no salt"),
    ],
    quotes=[
        quote("a 17-year-old who fled with three others", "deserted recruit", "M23",
              "\"They took us from the market with ropes on our hands. At the camp we ate once a day, beans with no salt,\""),
        quote("Josephine Mapendo", "coordinator of the Kanyaruchinya displacement site", None,
              "\"Every day families arrive with nothing, and the stories are the same: the rebels take the boys and the food,\""),
        quote("a spokesman for the rebels", "spokesman", "M23", "\"paid by the government to lie.\""),
    ],
    notes="'Over the past week' = the 7 days up to publication. 'Dozens' -> vague 24-99. Civilians leaving M23-held territory -> civilian_flight event and displaced estimate. 'A few hundred fighters in 2021' is a past strength without a figure: not annotated; 'thousands' now -> strength 2000-9999. 'Fear of reprisals against his family' is a fear, not an incident: no reprisal event.",
))

gold("s018", lambda: dict(
    events=[
        event("desertion", IS, approx(20), None, place("Raqqa", "SY", 35.95, 39.01),
              date("2017-08-14", "2017-08-20", "week"), ["military_pressure"],
              "two activists and a commander of the Syrian Democratic Forces",
              "A group of about 20 Islamic State fighters, several of them from Europe and North Africa, deserted their positions in Raqqa's old city last week and paid smugglers to take them out through the western suburbs, two activists and a commander of the Syrian Democratic Forces said."),
        event("reprisal", IS, exact(3), None, place("Raqqa", "SY", 35.95, 39.01),
              date("2017-08-18"), [], "the activists",
              "The group's police executed three fighters accused of trying to flee in the same way on Friday, the activists said."),
    ],
    estimates=[
        estimate("strength", IS, rng(2000, 2500), ["SY"], "fighters inside Raqqa", None, "Coalition officials",
                 "Coalition officials believe that between 2,000 and 2,500 Islamic State fighters remain inside Raqqa."),
    ],
    motives=[motive("military_pressure", "The bombing does not stop day or night.")],
    people=[person("Karim bin Salah al-Mahdawi", "deserter", "TN", 0)],
    quotes=[
        quote("Sipan Derik", "SDF commander on the eastern front", "Syrian Democratic Forces",
              "\"The foreigners know they cannot surrender to us and go home like the Syrians. They run,\" said Sipan Derik, an SDF commander on the eastern front. \"The bombing does not stop day or night.\""),
    ],
    notes="Scraped page with breadcrumbs, repeated headline, share line, Related links, tags and an advertisement label: noise, not annotated. 'Last week' = Monday 14 to Sunday 20 August 2017. Al-Mahdawi's detention by Turkish border guards is a capture, not a surrender: no event. 'Cannot surrender to us' is not an exit. The executions on Friday (18 August) of fighters trying to flee are a reprisal.",
))

gold("s019", lambda: dict(
    events=[
        event("reprisal", SHABAAB, exact(4), None, place("Jilib", "SO", 0.49, 42.77),
              date("2020-07-15"), [], "residents and a Somali intelligence official",
              "Al-Shabaab executed four of its own fighters by firing squad in the town of Jilib on Wednesday after accusing them of planning to defect to the government, residents and a Somali intelligence official said."),
    ],
    estimates=[
        estimate("defectors", SHABAAB, at_least(300), ["SO"], "fighters who defected to the government",
                 date("2020-01-01", "2020-07-16", "period"), "a Somali intelligence official",
                 "more than 300 fighters had defected to the government since the start of the year"),
        estimate("members_executed", SHABAAB, at_least(20), ["SO"], "members executed on spying or desertion charges",
                 date("2020-01-01", "2020-07-16", "period"), "a Somali intelligence official",
                 "The militants have executed at least 20 of their own members on spying or desertion charges this year"),
    ],
    motives=[
        motive("living_conditions", "most of them citing poor pay"),
        motive("discrimination", "complaining that commanders from favoured clans received better treatment"),
    ],
    quotes=[
        quote("a Somali intelligence official", "intelligence official", "Federal Government of Somalia",
              "\"They kill their own men when they suspect them. Now every fighter is afraid of the man next to him,\""),
        quote("Al-Shabaab's radio station", "radio station", SHABAAB, "\"spies of the apostates.\""),
    ],
    notes="Reprisal for planned defection (README: detention or killing on suspicion of planning to leave). 'Since the start of the year' and 'this year' -> 1 January to publication. Motives come from the defectors' tally (poor pay -> living_conditions; favoured clans -> discrimination), document level only; the reprisal event has none. The executed men are victims who had not left: no people entries.",
))

gold("s020", lambda: dict(
    events=[
        event("defection", "Syrian Arab Army", exact(25), "Free Syrian Army", place("Idlib", "SY", 35.93, 36.63),
              date("2012-02-07"), ["brutality", "discrimination", "mistrust"], "activists",
              "A Syrian army lieutenant and two dozen soldiers under his command defected to the Free Syrian Army near the city of Idlib on Tuesday, taking with them an armoured vehicle and their rifles, activists said."),
    ],
    estimates=[
        estimate("defectors", "Syrian Arab Army", vague(2000, 9999), ["SY"], "soldiers, most of them conscripts",
                 date("2011-03-01", "2012-02-09", "period"), "Activists",
                 "Activists estimate that several thousand soldiers have defected since the uprising began last March"),
        estimate("strength", "Free Syrian Army", approx(40000), ["SY"], None, None, "The FSA",
                 "The FSA says it now has about 40,000 men"),
    ],
    motives=[
        motive("brutality", "the unit had been ordered to shell villages in Jabal al-Zawiya where there were no armed men"),
        motive("discrimination", "Our officers do not trust us because we are Sunni."),
        motive("mistrust", "They watch us more closely than they watch the enemy."),
    ],
    people=[person("Ammar Hassan al-Douri", "defector", "SY", 0)],
    quotes=[
        quote("Ammar Hassan al-Douri", "lieutenant", "Syrian Arab Army",
              "\"We joined the army to protect our people, not to kill them,\" al-Douri said in the video. \"Our officers do not trust us because we are Sunni. They watch us more closely than they watch the enemy.\""),
    ],
    notes="Count = lieutenant + two dozen (24) = 25. Switching sides -> defection with to = Free Syrian Army. Dated to Tuesday 7 Feb (the video on Wednesday is the announcement of an already dated exit). Being distrusted 'because we are Sunni' is coded both discrimination (unequal treatment) and mistrust (surveillance of their own men): a judgement call. 'Several thousand' -> thousands 2000-9999; 'since ... last March' -> from 1 March 2011. Abu Firas is an FSA spokesman, not a defector, and is not quoted directly.",
))

NEG = "Hard negative: {}. No events, estimates, motives, people; quotes are not annotated in documents without events or estimates."
gold("s021", lambda: dict(notes=NEG.format("party-political defection of councillors ('defected', 'deserting', 'surrender the leadership', 'switch sides')")))
gold("s022", lambda: dict(notes=NEG.format("football transfer ('defected to city rivals', 'desert this club', 'surrender its best player', 'cross the divide')")))
gold("s023", lambda: dict(notes=NEG.format("product recall over a manufacturing defect ('defect', 'defective'); the 12 accidents and 48,000 vehicles are not people leaving a group")))
gold("s024", lambda: dict(notes=NEG.format("opinion piece about hypothetical surrenders and defections ('if fighters were to surrender', 'suppose a commander defected'); nothing happened")))


# ---------------------------------------------------------------- output
def main():
    corpus_path = os.path.join(SAMPLES, "corpus.jsonl")
    gold_path = os.path.join(SAMPLES, "corpus.gold.jsonl")
    with open(corpus_path, "w", encoding="utf-8", newline="\n") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(gold_path, "w", encoding="utf-8", newline="\n") as f:
        for d in DOCS:
            rec = GOLD[d["id"]]
            out = {"doc": {k: d[k] for k in ("id", "url", "published", "title", "language")}}
            for k in ("events", "estimates", "motives", "people", "quotes", "notes"):
                out[k] = rec[k]
            # re-check every span against the text
            for k in ("events", "estimates", "motives", "quotes"):
                for item in out[k]:
                    ev = item["evidence"]
                    assert d["text"][ev["start"]:ev["end"]] == ev["text"], (d["id"], ev)
            for p in out["people"]:
                assert p["event"] is None or p["event"] < len(out["events"]), (d["id"], p)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    missing = [d["id"] for d in DOCS if d["id"] not in GOLD]
    assert not missing, missing
    print(f"wrote {len(DOCS)} documents to {corpus_path} and {gold_path}")


if __name__ == "__main__":
    main()
