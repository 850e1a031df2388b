"""Which facts a teacher asks first and which are trivia (texts written for these tests):
a death toll before a side figure, a forecast's year, a comparison base after "since", a
company's nationality, a speaker's employer, a rise mistaken for a range, an age "ago", the
subject's own birth year, who may be the gap of a sentence, and a name the model missed."""

from __future__ import annotations

from quizapp.generator.facts.facts import Fact
from quizapp.generator.pipeline import _trivial_gap, analyse
from quizapp.generator.ranking import (
    importance,
    lead_sentences,
    main_actors,
    recurring,
    subject_of,
    trivia,
)
from quizapp.generator.synthesis import GeneratedQuestion


def _facts(text: str) -> list[Fact]:
    return analyse(text).facts


def _why(text: str) -> dict[str, str]:
    facts = _facts(text)
    subject = subject_of(facts)
    return {f.surface: trivia(f, subject) for f in facts}


def test_a_death_toll_outranks_a_side_figure_of_its_sentence() -> None:
    text = (
        "On Monday, 12 trucks reached the port of Veloria, where the storm had killed at least "
        "40 people. The harbour reopened a week later."
    )
    facts = _facts(text)
    lead, recurs, subject = lead_sentences(facts), recurring(facts), subject_of(facts)
    weight = {f.surface: importance(f, recurs, lead, subject) for f in facts}
    assert weight["40"] > weight["12"], weight
    assert trivia(next(f for f in facts if f.surface == "Monday"), subject)


def test_a_forecast_s_year_is_trivia_and_a_past_year_is_not() -> None:
    why = _why(
        "Brannock Steel opened a new mill in Tarrow in 2019. The company expected sales of "
        "9 billion euros in 2027, its chief executive said."
    )
    assert why["2027"], why
    assert not why["2019"], why


def test_a_year_after_since_is_trivia_only_as_a_comparison_base() -> None:
    why = _why(
        "The board proposed a dividend of 2 euros, the first payment to shareholders since "
        "2019. The storm was the strongest to hit the coast since 1985, when a flood wrecked "
        "the harbour. The port authority has run the docks since 1948."
    )
    assert why["2019"], why
    assert not why["1985"], why
    assert not why["1948"], why


def test_the_country_of_a_named_company_is_no_question() -> None:
    why = _why(
        "Its rivals, Germany's Siemens Gamesa and Vestas, lost money. "
        "Azerbaijan's president met the envoy in Baku."
    )
    assert why["Germany"], why
    assert not why["Azerbaijan"], why  # "Which country's president ...?" stays


def test_the_employer_of_an_unnamed_speaker_is_no_question() -> None:
    why = _why(
        "Shares in Harlow Motors rose 9 percent. Analysts at the bank Nordea said the figures "
        "were better than expected."
    )
    assert why["Nordea"], why
    assert not why["Harlow Motors"], why


def test_a_rise_and_its_result_are_no_range() -> None:
    why = _why("Revenue climbed 18 percent to 15.2 billion euros.")
    assert not why["18 percent"], why


def test_an_age_ago_is_asked_and_a_relative_time_is_not() -> None:
    why = _why(
        "The lake formed about 25 million years ago in a rift valley. The dam was finished "
        "three years later."
    )
    assert not why["25 million years"], why
    assert why["three years"], why


def test_the_subject_s_own_birth_year_is_asked_through_she() -> None:
    why = _why(
        "Ingrid Solberg was a Norwegian botanist who crossed the ice cap of Kettlefjell. "
        "She was born in Tromso in 1868. Solberg met the sailor Nils Berg in Bergen, and "
        "Berg was born in 1861. Solberg wrote a diary of the crossing."
    )
    assert not why["1868"], why
    assert why["1861"], why


def _question(kind: str, prompt: str, answer: str) -> GeneratedQuestion:
    return GeneratedQuestion(kind, prompt, answer, "actor", "k", "s", "e")  # type: ignore[arg-type]


def test_a_main_actor_among_others_of_its_kind_may_be_a_gap() -> None:
    text = (
        "Anna Berg, Karl Holm and Lena Dahl studied the ice of the Varna glacier. In 1921 Berg "
        "and Holm measured its speed. Berg wrote the report, Holm drew the maps and Dahl took "
        "the photographs. Berg and Holm shared the Arctic Prize, and Holm gave his share to "
        "Dahl. Later Holm and Berg led a second trip with Piet Moen."
    )
    facts = _facts(text)
    subject = subject_of(facts)
    main = {id(e) for e in main_actors(facts)}
    berg = next(f for f in facts if f.surface == "Berg" and f.entity is not subject)
    assert berg.entity is not None and id(berg.entity) in main
    gap = _question("cloze", "___ wrote the report, Holm drew the maps.", "Anna Berg")
    assert not _trivial_gap(gap, berg, main, subject, facts)


def test_an_opening_agent_is_asked_by_a_real_question_but_a_described_subject_is_not() -> None:
    won = _facts(
        "Portugal won the rugby sevens world title on 4 May 2025, beating Fiji 21-17 in "
        "Lisbon. Portugal had lost to Fiji twice that season. Portugal's coach, Rui Alves, "
        "called it a dream. Portugal will defend the title in Dubai."
    )
    river = _facts(
        "The Orvana is the longest river in the Kessel valley. The Orvana rises near Tarrow. "
        "Barges on the Orvana carry timber to the Orvana delta."
    )
    for facts, asked in ((won, True), (river, False)):
        subject = subject_of(facts)
        assert subject is not None
        first = next(f for f in facts if f.entity is subject and f.sentence.index == 0)
        real = _question("short_answer", "Which country won the title?", subject.name)
        gap = _question("cloze", "___ won the title.", subject.name)
        assert _trivial_gap(real, first, set(), subject, facts) is not asked
        assert _trivial_gap(gap, first, set(), subject, facts)


def test_a_name_the_model_missed_once_is_still_a_fact() -> None:
    text = (
        "England won the football World Cup on 30 July 1966, beating West Germany 4-2 at "
        "Wembley Stadium. Geoff Hurst headed England level. England seemed to have won. "
        "England's captain received the trophy."
    )
    facts = _facts(text)
    assert any(f.answer == "England" and f.sentence.index == 0 for f in facts), [
        (f.sentence.index, f.surface) for f in facts
    ]


def test_part_of_a_longer_name_is_no_answer_and_a_title_is_no_part() -> None:
    why = _why(
        "Its rivals, Siemens Gamesa and the American company GE Vernova, lost money. "
        "Aliyev met NATO Secretary-General Jens Stoltenberg in Baku."
    )
    assert why["GE"], why
    assert not why["NATO"], why


def test_an_actor_is_asked_by_a_real_question_on_another_mention() -> None:
    from quizapp.generator.selection import Candidate, select

    text = (
        "Karl Holm and Anna Berg crossed the Varna glacier in 1921. Holm later founded a "
        "school of mountain guides in Tarrow."
    )
    facts = _facts(text)
    first, later = (f for f in facts if f.entity is not None and f.entity.name == "Karl Holm")
    gap = _question("cloze", "___ and Anna Berg crossed the Varna glacier in 1921.", "Karl Holm")
    real = _question("short_answer", "Who founded a school of mountain guides?", "Karl Holm")
    chosen = select([Candidate(gap, first, 0, 4.0), Candidate(real, later, 1, 2.5)], 5)
    assert [q.prompt for q in chosen] == [real.prompt]
