"""Tests for the status decision (frontmap.extract.rules, triggers, roles, cues) on invented sentences.

Each case is one or two sentences in the style of a 2021 wire report and the statuses it gives
the places it names (over the shipped gazetteer). Publication date: Sunday 2021-08-01.
"""

from __future__ import annotations

import pytest
from test_mentions import make_article

from frontmap.extract import gaps, rules
from frontmap.extract.events import extract_events
from frontmap.extract.mentions import MentionFinder
from geodata.gazetteer import Gazetteer

T, C, G, CL = "taliban", "contested", "government", "claimed"


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return MentionFinder(Gazetteer.load())


def statuses(finder: MentionFinder, text: str) -> set[tuple[str, str]]:
    """Return the (place, status) pairs the text reports."""
    article = make_article(text)
    return {(e.place, e.status) for e in extract_events(article, finder.find(article))}


def check(finder: MentionFinder, text: str, expected: set[tuple[str, str]]) -> None:
    assert statuses(finder, text) == expected, text


# --- who acts: agent and patient ------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Insurgents captured Maimana after a three-day battle.", {("Maimana", T)}),
    ("Afghan commandos captured Kaldar from the insurgents on Friday.", {("Kaldar", G)}),
    ("The army said its units had re-captured Kaldar overnight.", {("Kaldar", G)}),
    ("Three districts were re-occupied by the army on Saturday, among them Ghormach.", {("Ghormach", G)}),
    # ... and "losing it" a week before tells the government's retake then
    ("The Taliban regained control of Nahrin on Friday, a week after losing it.", {("Nahrin", T), ("Nahrin", G)}),
    ("Afghan forces regained control of Nahrin on Friday.", {("Nahrin", G)}),
    ("Government troops took back Sozma Qala from the Taliban.", {("Sozma Qala", G)}),
    ("The militants seized Sozma Qala from government forces.", {("Sozma Qala", T)}),
    ("The district of Nahrin was recaptured by the Taliban on Friday.", {("Nahrin", T)}),
    ("Lashkar Gah was captured by the insurgents on Friday.", {("Lashkar Gah", T)}),
    ("Ghazni became the tenth provincial capital seized by the insurgents.", {("Ghazni", T)}),
    ("Taliban fighters took Aybak without firing a shot.", {("Aybak", T)}),
    ("Fighters hoisted their white flags, bearing a verse, over the city of Aybak.", {("Aybak", T)}),
    ("The Taliban are now in full control of Taloqan.", {("Taloqan", T)}),
    ("Taloqan is now controlled by the Taliban, residents said.", {("Taloqan", T)}),
    ("Taloqan, controlled by government forces for years, was calm.", {("Taloqan", G)}),
    ("Zaranj has been in Taliban hands since Friday.", {("Zaranj", T)}),
    ("Zaranj remained in government hands on Saturday.", {("Zaranj", G)}),
    ("Insurgents stormed the city overnight and by noon Zaranj was in their hands.", {("Zaranj", T)}),
    ("Mehtarlam was handed to the Taliban on Saturday.", {("Mehtarlam", T)}),
    ("A council member confirmed that Mehtarlam had been taken.", {("Mehtarlam", T)}),
    ("Sar-e Pul city remains with the government, officials said.", {("Sar-e Pul", G)}),
    ("Government forces are still in Chahar Dara, the police chief said.", {("Chahar Dara", G)}),
    # a bombing of a district one side holds does not contest it: the holder stays
    ("The Taliban-held district of Chahar Dara was bombed.", {("Chahar Dara", T)}),
])
def test_agent_decides_the_side(finder, text, expected):
    check(finder, text, expected)


# --- losing, falling, handing over, leaving -------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The government lost Khwaja Ghar to the Taliban on Friday.", {("Khwaja Ghar", T)}),
    ("The Taliban lost Khwaja Ghar to Afghan forces on Friday.", {("Khwaja Ghar", G)}),
    ("The loss of Lashkar Gah would be a heavy blow.", set()),
    ("Officials mourned the loss of Lashkar Gah on Friday.", {("Lashkar Gah", T)}),
    ("Pul-e Khumri fell to the insurgents on Tuesday.", {("Pul-e Khumri", T)}),
    ("Pul-e Khumri, the capital of Baghlan province, fell on Tuesday.", {("Pul-e Khumri", T)}),
    ("Kunduz, Taloqan and Aybak have all fallen.", {("Kunduz", T), ("Taloqan", T), ("Aybak", T)}),
    ("Nahrin fell back into government hands on Friday.", {("Nahrin", G)}),
    ("Wheat prices fell sharply in Herat this week.", set()),
    ("Local officials handed over Dehrawud to the Taliban after talks with elders.", {("Dehrawud", T)}),
    ("Elders handed the city of Mehtarlam over to the insurgents.", {("Mehtarlam", T)}),
    ("The governor surrendered Mehtarlam to the Taliban on Saturday.", {("Mehtarlam", T)}),
    ("Soldiers in Mehtarlam surrendered to the Taliban.", {("Mehtarlam", T)}),
    ("Security forces have left Gizab, the provincial police said.", {("Gizab", T)}),
    ("Afghan troops pulled out of Gizab overnight.", {("Gizab", T)}),
    ("Police abandoned Gizab without a fight on Friday.", {("Gizab", T)}),
    ("The Taliban withdrew from Gizab after heavy air strikes.", {("Gizab", G)}),
    ("The Taliban were pushed out of Gizab on Friday.", {("Gizab", G)}),
    ("Government forces were pushed out of Gizab on Friday.", {("Gizab", T)}),
    ("Commandos drove the Taliban out of Gizab.", {("Gizab", G)}),
    ("Thousands of families have left Gizab since June.", set()),
    ("Police retreated to the airport after losing Farah city.", {("Farah", T)}),
    ("Security forces left Farah and retreated to a base outside Kandahar.", {("Farah", T)}),
    ("Insurgents walked into Farah without a fight on Tuesday.", {("Farah", T)}),
    ("Insurgents walked into Farah on Tuesday.", {("Farah", T)}),  # walking in: nobody fought it
    ("Insurgents entered Farah on Tuesday.", {("Farah", C)}),
])
def test_losing_and_leaving(finder, text, expected):
    check(finder, text, expected)


# --- negation and denial --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The interior ministry denied that Ghazni had fallen.", {("Ghazni", G)}),
    ("Officials rejected reports that Ghazni was captured, saying troops still hold it.", {("Ghazni", G)}),
    ("There was no truth to reports that Ghazni had been overrun, the governor said.", {("Ghazni", G)}),
    ("Ghazni has not fallen, the governor insisted on Friday.", {("Ghazni", G)}),
    ("Ghazni did not fall to the Taliban.", {("Ghazni", G)}),
    ("Ghazni has never surrendered to anyone, the elders boasted.", set()),  # all time: no denial of a fall
    ("The insurgents have not captured any part of Ghazni city, the governor said.", {("Ghazni", G)}),
    ("Government forces did not withdraw from Ghazni.", {("Ghazni", G)}),
    ("The Taliban did not enter Ghazni.", set()),
    ("Ghazni remains under government control.", {("Ghazni", G)}),
    ("The militants failed to capture Ghazni.", set()),
    ("There was no fighting in Ghazni on Friday.", set()),
    ("Officials denied reports of fighting in Ghazni.", set()),
])
def test_negation_and_denial(finder, text, expected):
    check(finder, text, expected)


# --- attribution ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban said they had captured Shinkai.", {("Shinkay", CL)}),
    ("A Taliban spokesman claimed the group had overrun Shinkai.", {("Shinkay", CL)}),
    ("Zabihullah Mujahid said on Twitter that fighters had seized Shinkai.", {("Shinkay", CL)}),
    ("Fighters captured Shinkai on Friday, according to the group.", {("Shinkay", CL)}),
    ("Fighters captured Shinkai on Friday, the claim could not be independently verified.", {("Shinkay", CL)}),
    ("The Taliban captured Shinkai on Friday, officials said.", {("Shinkay", T)}),
    ("The Taliban said they captured Shinkai, a claim confirmed by a provincial official.", {("Shinkay", T)}),
    ("Mujahid said: fighters have taken full control of Shinkai.", {("Shinkay", CL)}),
])
def test_attribution(finder, text, expected):
    check(finder, text, expected)


def test_a_claim_confirmed_later_in_the_text_is_a_fact(finder):
    text = ("The Taliban said they had captured Shinkai on Friday. "
            "A provincial council member later said Shinkai had fallen.")
    check(finder, text, {("Shinkay", T)})


# --- modality -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("After taking Kunduz the insurgents are setting their sights on Mazar-i-Sharif.", {("Kunduz", T)}),
    ("The Taliban vowed to take Mazar-i-Sharif within weeks.", set()),
    ("Officials warned that Mazar-i-Sharif could fall within days.", set()),
    ("Mazar-i-Sharif is in danger of falling, a lawmaker said.", set()),
    ("Insurgents are threatening Mazar-i-Sharif from three sides.", set()),
    # a ring still closing, not yet a siege
    ("They took two more capitals in an offensive that is gradually encircling Mazar-i-Sharif.", set()),
    ("The militants are slowly surrounding Mazar-i-Sharif, residents said.", set()),
    ("Fighters steadily encircled Mazar-i-Sharif over the summer.", set()),
    ("If Mazar-i-Sharif falls, the north is lost.", set()),
    ("Will Mazar-i-Sharif fall to the Taliban?", set()),
    ("The governor called talk of a Taliban advance on Mazar-i-Sharif a rumour.", set()),
    ("Residents of Mazar-i-Sharif braced for an assault.", set()),
    # a prospect opened, not the event itself
    ("The loss of Aybak has opened the door to a Taliban assault on Mazar-i-Sharif.", {("Aybak", T)}),
    ("The rout paved the way for a siege of Mazar-i-Sharif, analysts said.", set()),
    ("Their gains in the north set the stage for an attack on Mazar-i-Sharif.", set()),
    ("The Taliban plan to storm Mazar-i-Sharif, a commander said.", set()),
    ("Government forces were forced to withdraw from Gizab.", {("Gizab", T)}),
    ("Aybak became the sixth provincial capital to fall.", {("Aybak", T)}),
    # a rank foreseen, not reached
    ("Mazar-i-Sharif would be the biggest city to fall to the insurgents.", set()),
    ("Aybak could become the sixth provincial capital to be overrun this week.", set()),
    ("Seized, Mazar-i-Sharif will be the largest prize to be taken by the militants.", set()),
    # near, not yet done (a fronted "within hours of capturing" is a fact)
    ("The militants are within hours of overrunning Aybak, a lawmaker said.", set()),
    ("Insurgents now appear only days away from seizing Mazar-i-Sharif.", set()),
    ("Within hours of capturing Aybak, the insurgents pushed north.", {("Aybak", T)}),
    # an attempt that was made is fighting, even when it failed; one only planned is nothing
    ("A Taliban push to take Aybak was beaten back on Saturday.", {("Aybak", C)}),
    ("Insurgent efforts to seize Gizab failed on Saturday, officials said.", {("Gizab", C)}),
    ("Commandos struggled to retake Gizab on Saturday.", {("Gizab", C)}),
    ("Officials said a fresh drive to recapture Gizab would follow.", set()),
    ("The army made no effort to retake Gizab.", set()),
    ("The insurgents failed to take Aybak in a night assault on Saturday.", {("Aybak", C)}),
    ("Commandos failed on Saturday to recapture Gizab, the governor said.", {("Gizab", C)}),
    ("Officials said the Taliban would fail to take Aybak.", set()),
    ("If the militants fail to seize Aybak, the north will hold.", set()),
    # foreseen with more than one adverb: "is now only a matter of hours"
    ("A Taliban takeover of Aybak is now only a matter of hours, a lawmaker said.", set()),
    ("The fall of Mazar-i-Sharif now seems only days away.", set()),
    # a headline's "to" is the future: "Army to launch counter-offensive in X"
    ("Army to launch counter-offensive in Aybak", set()),
    ("Commandos to mount a large-scale operation in Gizab, officials say", set()),
    ("Army launches counter-offensive in Aybak on Saturday", {("Aybak", C)}),
    # the common misspelling "siezed" is read as "seized", plans and all
    ("Insurgents siezed Gizab on Saturday.", {("Gizab", T)}),
    ("Militants captured Gizab, advancing to sieze Mazar-i-Sharif.", {("Gizab", T)}),
])
def test_modality(finder, text, expected):
    check(finder, text, expected)


# --- parts and seats ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban captured Lashkar Gah but forces still hold the airport.", {("Lashkar Gah", T)}),
    ("Government forces still hold the airport outside Lashkar Gah.", set()),
    ("The Taliban took parts of Lashkar Gah on Friday.", {("Lashkar Gah", C)}),
    ("Troops hold one base, but all other parts of Lashkar Gah are under Taliban control.", {("Lashkar Gah", T)}),
    ("The police headquarters in Lashkar Gah fell on Friday.", {("Lashkar Gah", C)}),
    ("The insurgents seized the governor's compound in Lashkar Gah.", {("Lashkar Gah", T)}),
    ("Taliban fighters took control of the presidential palace in Kabul.", {("Kabul", T)}),
    ("Taliban fighters entered Lashkar Gah on Friday.", {("Lashkar Gah", C)}),
    ("The Taliban seized weapons and vehicles in Lashkar Gah.", set()),
    ("Soldiers lost their lives in Lashkar Gah on Friday.", set()),
])
def test_parts_and_seats(finder, text, expected):
    check(finder, text, expected)


# --- non-events -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Heavy rain hit Bamyan on Friday.", set()),
    ("Police are investigating the incident in Kabul.", set()),
    ("Families fled to Kabul from the north.", set()),
    ("Officials in Faryab said the road was open.", set()),
    ("Taliban fighters who seized Aybak now control the road to Mazar-i-Sharif.", {("Aybak", T)}),
    ("Insurgents hold the highway from Pul-e Khumri to Mazar-i-Sharif.", set()),
    ("Displaced families arrived in Kabul after the fall of Kunduz.", set()),  # an undated fall told as background
    ("The Kabul-based commando unit pushed the Taliban out of Nerkh.", {("Nerkh", G)}),
    ("The fall of Aybak left Mazar-i-Sharif exposed.", {("Aybak", T)}),
    ("Elders in Khost said they would not let the Taliban take the city.", set()),
    ("The Taliban named a governor of Kunduz two days after seizing the city.", {("Kunduz", T)}),
    ("Taliban fighters repelled an army attack near Chahar Dara.", {("Chahar Dara", C)}),
])
def test_non_events(finder, text, expected):
    check(finder, text, expected)


# --- lists ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The Taliban seized nine districts, including Kohsan and Karukh.", {("Kohsan", T), ("Karukh", T)}),
    ("The Taliban captured Kahmard in Bamyan and Sholgara in Balkh.", {("Kahmard", T), ("Sholgara", T)}),
    ("Jaghori and Malistan are still in government hands.", {("Jaghori", G), ("Malistan", G)}),
    ("Forces handed over Kishm and Jurm districts to the Taliban.", {("Keshem", T), ("Jurm", T)}),
    ("Five districts of Badakhshan fell on Monday, among them Yamgan and Warduj.", {("Yamgan", T), ("Warduj", T)}),
    # holding out: still the government's, every name of the list that opens the "while" clause
    ("While Herat, Kandahar and Lashkar Gah held out, Ghazni fell.",
     {("Herat", G), ("Kandahar", G), ("Lashkar Gah", G), ("Ghazni", T)}),
    ("Taliban fighters took control of Shah Wali Kot and Khakrez districts of Kandahar.",
     {("Shah Wali Kot", T), ("Khakrez", T)}),
    # a list named as the subject of its verb: "X and Y districts fell", "X, Y and Z districts of W were taken"
    ("Qaisar and Ghormach districts were overrun by the Taliban on Friday.", {("Qaisar", T), ("Ghormach", T)}),
    ("Officials said Qaisar and Ghormach districts are now in Taliban hands.", {("Qaisar", T), ("Ghormach", T)}),
    ("Kohsan, Karukh and Pashtun Zarghun districts of Herat have fallen to the insurgents.",
     {("Kohsan", T), ("Karukh", T), ("Pashtun Zarghun", T)}),
])
def test_lists(finder, text, expected):
    check(finder, text, expected)


# --- a relative clause after the place: its own verb comes after it ------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Nad Ali, which British troops patrolled for a decade, was overrun by the Taliban on Friday.", {("Nad Ali", T)}),
    ("Ghazni, where the insurgents were driven out in 2018, fell to the Taliban on Thursday night.", {("Ghazni", T)}),
    ("Maimana, which the army retook from the militants in 2019, came under attack again on Friday.",
     {("Maimana", C)}),
    ("Ghazni, where fighting raged for days, remains under government control.", {("Ghazni", G)}),
    ("Ghazni, which the Taliban captured on Friday, is the tenth provincial capital to fall.", {("Ghazni", T)}),
    ("Clashes spread to the neighbouring district of Shibar, which fell late on Friday.", {("Shibar", T)}),
    ("Ghazni, which lies on the main highway, was quiet on Friday.", set()),
])
def test_relative_clause_after_the_place(finder, text, expected):
    check(finder, text, expected)


def test_the_main_verb_keeps_its_date_past_a_relative_clause(finder):
    article = make_article("Kaldar, which the Taliban overran in 2015, fell to the insurgents again on Friday.")
    events = extract_events(article, finder.find(article))
    assert [(e.place, e.status, str(e.event_date)) for e in events] == [("Kaldar", T, "2021-07-30")]


# --- "after X" / "following X" with names alone: X shared the verb's outcome earlier ---------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Mehtarlam fell to the insurgents before dawn on Saturday, hours after Asadabad.",
     {("Mehtarlam", T), ("Asadabad", T)}),
    ("Sharana became the fourth provincial capital to fall this week, after Gardez, Khost and Zaranj.",
     {("Sharan", T), ("Gardez", T), ("Khost", T), ("Zaranj", T)}),
    ("Afghan commandos retook Kaldar on Monday, following Qarqin.", {("Kaldar", G), ("Qarqin", G)}),
    ("The Taliban captured Kaldar after weeks of fighting.", {("Kaldar", T)}),
    ("The Taliban captured Kaldar after government troops withdrew.", {("Kaldar", T)}),
    ("Clashes erupted in Maimana after Kunduz.", {("Maimana", C)}),
    ("The militants have not captured Kaldar, unlike Qarqin.", {("Kaldar", G)}),
    ("Kaldar fell on Monday after Qarqin was attacked.", {("Kaldar", T), ("Qarqin", C)}),
    ("Insurgents seized a crossing near Herat, the largest city in the west after Kabul.", {("Herat", C)}),
])
def test_an_elliptical_after_shares_the_outcome(finder, text, expected):
    check(finder, text, expected)


@pytest.mark.parametrize(("before", "found"), [
    ("fell late on Thursday, hours after ", True),
    ("to fall on Saturday, after Gardez and ", True),
    ("seized in a week, following Faizabad, ", True),
    ("captured the town after the army left ", False),
    ("fell on Monday, ", False),
    ("Mazar, by far the biggest northern town after ", False),
    ("the biggest loss after ", False),
    ("became the latest capital to fall, after ", True),
])
def test_ellipsis_start_needs_names_alone_after_the_word(before, found):
    assert (gaps.ellipsis_start(before) is not None) == found


# --- provinces: districts in them are other units ---------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban take districts in Kandahar and Helmand", set()),
    ("The Taliban seized seven of the 16 districts in Herat.", set()),
    ("Districts recaptured in Faryab", set()),
    ("Seven districts of Badakhshan fell to the Taliban on Monday.", set()),
    ("Insurgents have taken over a pair of police districts inside Lashkar Gah.", {("Lashkar Gah", C)}),
])
def test_districts_of_a_province(finder, text, expected):
    check(finder, text, expected)


def test_judge_indexes_a_sentence_once():
    sentence = "Afghan forces retook Kunduz while the Taliban captured Herat."
    reader = rules.SentenceReader(sentence, rules.find_triggers(sentence))
    kunduz, herat = sentence.index("Kunduz"), sentence.index("Herat")
    assert reader.judge(kunduz, kunduz + 6).status == G
    assert reader.judge(herat, herat + 5).status == T
    assert reader.clause_of(herat) == reader.clauses[-1]

