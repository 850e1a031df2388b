"""Details mentioned in passing are trivia (issue 16); the texts are invented for these
tests. Before this change the generator asked who the beaten side's goalkeeper was (named
once, as the one a scorer shot past), one of two example towns ("___ and Crewe were
among the towns that ..."), the other company's share dip that a "while" clause sets
beside the news, and the years a superlative reaches back over ("the biggest crowd in more
than three decades")."""

from __future__ import annotations

from dataclasses import replace

from quizapp.generator import generate
from quizapp.generator.common_openers import common_opener, lower_case_words
from quizapp.generator.facts.facts import ACTOR, PERSON, Entity
from quizapp.generator.pipeline import analyse
from quizapp.generator.ranking import subject_of, trivia

MATCH = (
    "Dunmore Town lift the shield\n\n"
    "Dunmore Town beat Ellis Rangers 2-0 at Quay Road on Sunday to lift the county shield. "
    "A crowd of 9,200, the biggest for the shield in more than three decades, saw the win. "
    "Dunmore Town scored first when striker Owen Price ran onto a long ball and shot past "
    "Rangers goalkeeper Tomas Brink. Owen Price also hit the bar late on. "
    "Dunmore Town coach Lena Ford said Owen Price had been superb."
)
VOTE = (
    "Greens gain ground in council vote\n\n"
    "The Green Party won 41 of the 90 council seats in the election on Thursday. "
    "Ashby and Crewe were among the towns that switched to the Green Party. "
    "The Green Party had held 22 seats before the vote."
)
SHARES = (
    "Alder Robotics to be bought by Birch Holdings\n\n"
    "Birch Holdings agreed to buy Alder Robotics for 900 million dollars. "
    "Alder Robotics shares rose 18% in early trading in London, while Birch's slipped about 2%. "
    "Alder Robotics makes warehouse robots."
)
STUDENT = (
    "Marta Vell, chemist\n\n"
    "Marta Vell was a Danish chemist. She studied chemistry under Henrik Sand in Aarhus. "
    "Marta Vell later led a laboratory in Oslo, where Marta Vell found a new dye in 1931."
)


def _why(text: str) -> dict[str, str]:
    facts = analyse(text).facts
    subject = subject_of(facts)
    return {f.surface: trivia(f, subject) for f in facts}


def _answers(text: str) -> list[str]:
    return [q.answer for q in generate(text)]


def test_a_person_named_once_as_the_one_another_shot_past_is_trivia() -> None:
    why = _why(MATCH)
    assert why["Tomas Brink"].startswith("a person named once"), why
    assert not why.get("Owen Price"), why
    assert "Tomas Brink" not in _answers(MATCH)  # nor asked by "Who was the goalkeeper?"


def test_a_teacher_one_studied_under_is_no_trivia() -> None:
    why = _why(STUDENT)
    assert not why["Henrik Sand"], why  # "she studied under X": the subject's own story


def test_one_of_two_example_towns_is_trivia_and_the_seats_are_not() -> None:
    why = _why(VOTE)
    assert why["Ashby"].startswith("one of a few examples"), why
    assert not why["41"], why
    assert "Ashby" not in _answers(VOTE)


def test_the_figure_a_while_clause_sets_beside_the_news_is_trivia() -> None:
    why = _why(SHARES)
    assert why["2%"].startswith("the other side of a contrast"), why
    assert not why["18%"], why
    assert "2%" not in _answers(SHARES)


def test_the_span_a_superlative_reaches_back_over_is_trivia() -> None:
    why = _why(MATCH)
    assert why["three decades"].startswith("the span a superlative"), why
    assert "three decades" not in _answers(MATCH)


BIOGRAPHY = (
    "Karin Lund, astronomer\n\n"
    "Karin Lund was a Swedish astronomer who mapped the southern sky. Karin Lund worked at "
    "the Lunden observatory for twenty years. Lund, who had spent most of her adult life at "
    "the telescope, was diagnosed with a lung illness in 1900 and died on 3 May 1902."
)


def test_the_subject_s_own_death_date_is_no_trivia_when_her_name_is_far_from_died() -> None:
    why = _why(BIOGRAPHY)
    assert why["3 May 1902"] == "", why  # "Lund ... was diagnosed ... and died on ..."


DEER = (
    "Red deer of the Alps\n\n"
    "Red deer in the Alps usually live below 1,200 metres, though some have been seen above "
    "2,000 metres in summer. The Alpine Deer Survey counted 14,000 red deer in 2023, while "
    "hunting licences fell by 8%."
)


def test_a_though_clause_s_figure_beside_one_of_its_unit_is_trivia_and_another_unit_not() -> None:
    why = _why(DEER)
    assert why["above 2,000 metres"].startswith("the other side of a contrast"), why
    assert not why["1,200 metres"], why
    assert not why["8%"], why  # a percentage beside a count of deer is news of its own


FLOOD = (
    "Flood cuts off river towns\n\n"
    "A flood cut off three towns on the Marr river on Monday, and about 4,000 people were "
    "moved to shelters, the Marr District Council said. Floods and storms strike the valley "
    "almost every year during the wet season, which usually runs from October to February. "
    "The council said the water would take a week to go down."
)


def test_a_sentence_opener_the_article_writes_in_lower_case_is_no_answer() -> None:
    # the model at times takes a plural opening a sentence for a name ("Floods" a person):
    # such an actor, one the model alone typed, is the article's own topic word
    facts = analyse(FLOOD).facts
    opening = next(f for f in facts if f.sentence.text.startswith("Floods"))
    floods = replace(
        opening, kind=ACTOR, type=PERSON, answer="Floods", start=0, end=6,
        entity=Entity("Floods", PERSON, sure=False),
    )  # fmt: skip
    words = lower_case_words(facts)
    assert common_opener(floods, words)
    sure = replace(floods, entity=Entity("Floods", PERSON, sure=True))
    assert not common_opener(sure, words)  # a name the article gives evidence for stays
    marr = next(f for f in facts if f.answer == "Marr District Council")
    assert not common_opener(marr, words)


def test_one_end_of_a_span_of_months_is_trivia() -> None:
    why = _why(FLOOD)
    assert why["February"].startswith("one end of a span of months"), why
    assert why["October"].startswith("one end of a span of months"), why


RECALL = (
    "Kettle maker recalls 300,000 kettles\n\n"
    "Brenna Home said on Monday it would recall about 300,000 kettles sold in Ireland. "
    "Brenna Home said it had received 88 complaints of leaks, including 12 scalds and "
    "three small fires, but no deaths."
)


def test_a_part_of_a_total_told_before_it_is_trivia_and_the_total_is_asked() -> None:
    why = _why(RECALL)
    assert why["12"].startswith("a part of a total"), why
    assert why["three"].startswith("a part of a total"), why
    assert not why["88"], why


def test_the_ends_of_between_a_and_b_are_no_facts_of_their_own() -> None:
    why = _why(
        "Grey wolves\n\nThe grey wolf lives across Europe. Grey wolves usually weigh between "
        "30 and 60 kilograms. About 2,000 grey wolves live in Italy."
    )
    # the range is one fact (facts/figure_ranges); an end alone is never asked
    assert "60 kilograms" not in why and "30" not in why, why
    assert not why["between 30 and 60 kilograms"], why
    assert not why["2,000"], why


def test_a_count_of_things_a_comparative_sets_beside_the_story_s_own_is_trivia() -> None:
    why = _why(
        "Pell Labs buys Orin Data\n\nPell Labs agreed to buy Orin Data for 600 million "
        "dollars, Pell Labs said on Monday. Orin Data employs 900 people. Pell Labs has made "
        "four smaller purchases since 2019. Rescuers found three more bodies in Orin."
    )
    assert why["four"].startswith("a count of things set beside"), why
    assert not why["900"], why
    assert not why.get("three"), why  # "three more bodies" adds to a count
    assert why["2019"].startswith("the start of a tally"), why


def test_a_partner_named_once_after_with_is_no_trivia() -> None:
    why = _why(
        "Prize for two chemists\n\nThe chemist Ida Holm shared the Berg Medal with the "
        "physicist Otto Rask in 1961. Ida Holm later led the Kemi Institute."
    )
    assert not why["Otto Rask"], why


def test_years_that_measure_no_superlative_are_no_trivia() -> None:
    why = _why(
        "Orvik Shipping\n\nOrvik Shipping, the largest ferry company in Norway, has carried "
        "cars across the fjord for 40 years. It was the deadliest storm to strike the coast "
        "in more than three decades, Orvik Shipping said."
    )
    assert not why["40 years"], why  # "the largest ..., has carried cars for 40 years"
    assert why["three decades"].startswith("the span a superlative"), why
