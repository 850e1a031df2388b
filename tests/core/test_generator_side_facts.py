"""Side facts and give-aways a blind judge rejected (issue 16); the texts are invented for
these tests. Before this change the generator asked how many sons one bereaved villager
lost, the buyer's own share dip in a story about the target of a takeover, a count of a
company's previous purchases, a city right after its district ("in Notting Hill, ___"),
the one team left for a gap when the sentence names the other of a two-team match, and a
bound ("more than 50 homes") by choices of which several were true."""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.checks.match_sides import other_side_named
from quizapp.generator.facts.facts import Fact
from quizapp.generator.pipeline import _keep, analyse
from quizapp.generator.ranking import subject_of, trivia
from quizapp.generator.synthesis import GeneratedQuestion, fact_questions
from quizapp.questiondata import QuestionKind

SLIDE = (
    "Landslide buries village of Tessa\n\n"
    "A landslide buried more than 50 homes in the mountain village of Tessa on Sunday, "
    "killing at least 12 people, officials said. Marco Villi, who lost two sons, said the "
    "warnings came too late. Pia Lund, who had farmed there for 40 years, left at dawn.\n\n"
    "Rescuers from Orvia reached a shelter in Notting Hill, London, by noon. The army sent "
    "up to 300 soldiers."
)
TAKEOVER = (
    "Norvell Group to buy Calloway Foods\n\n"
    "Shares in Calloway Foods jumped 24% on Tuesday after Norvell Group agreed to buy the "
    "snack maker for 3.1 billion dollars. Norvell's shares fell 3%. Calloway Foods employs "
    "4,000 people in Ohio, and Calloway Foods said the deal would close in June. "
    "Norvell has made three previous purchases in the region."
)
FINAL = (
    "Harlow United win county cup\n\n"
    "Harlow United won the county cup on Saturday, beating Kelby Athletic 2-1 in Tarrow. "
    "Harlow United took the lead through Mark Sole. "
    "After Harlow's Dunne was sent off, Kelby Athletic poured forward. "
    "Harlow United had lost the final in 2019, and Harlow United will now play in the "
    "national cup."
)


def _why(text: str) -> dict[str, str]:
    facts = analyse(text).facts
    subject = subject_of(facts)
    return {f.surface: trivia(f, subject) for f in facts}


def _candidates(text: str, answer: str) -> list[tuple[GeneratedQuestion, Fact]]:
    facts = analyse(text).facts
    return [(q, f) for f in facts for q in fact_questions(f, facts) if q.answer == answer]


def test_a_side_person_s_family_and_figures_are_trivia_and_the_toll_is_not() -> None:
    why = _why(SLIDE)
    assert why["two"], why  # "who lost two sons"
    assert why["40 years"], why  # in a relative clause about a side person
    assert not why["50"] and not why["12"], why


def test_the_buyer_s_share_move_and_previous_deals_are_trivia_in_a_story_on_the_target() -> None:
    why = _why(TAKEOVER)
    assert why["3%"], why
    assert why["three"], why
    assert not why["24%"] and not why["3.1 billion dollars"], why


def test_a_city_is_not_asked_right_after_its_district() -> None:
    candidates = _candidates(SLIDE, "London")
    assert any("Notting Hill, ___" in q.prompt for q, _ in candidates)  # the case is made
    for q, fact in candidates:
        assert "Notting Hill, ___" not in q.prompt or not _keep(q, fact, set()), q.prompt


def test_a_gap_on_one_of_two_teams_is_refused_where_the_other_is_named() -> None:
    facts = analyse(FINAL).facts
    made = 0
    for fact in facts:
        for q in fact_questions(fact, facts):
            if q.prompt.endswith("Dunne was sent off, ___ poured forward."):
                made += 1
                assert other_side_named(q, fact, facts), q.prompt
            if q.prompt == "___ took the lead through Mark Sole.":
                assert not other_side_named(q, fact, facts), q.prompt
    assert made  # the case is made


def test_a_bound_is_never_asked_by_choices() -> None:
    bounds = {"50", "300"}
    questions = generate(SLIDE, max_questions=40)
    for q in questions:
        assert not (q.kind == QuestionKind.MULTIPLE_CHOICE and q.answer in bounds), q.prompt
    typed = [q for a in bounds for q, _ in _candidates(SLIDE, a)]
    assert any(q.kind == QuestionKind.NUMERIC for q in typed)
    assert not any(q.kind == QuestionKind.MULTIPLE_CHOICE for q in typed)


def test_a_figure_about_an_official_named_with_a_title_is_no_trivia() -> None:
    why = _why(
        "Floods hit Tarrow\n\nFloods cut off the town of Tarrow on Monday. Help came late, "
        "said police chief Ona Brisk, who sent 600 officers to the town."
    )
    assert not why["600"], why
