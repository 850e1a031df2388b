"""Facts asked by real wh-questions, and gap-fills only on whole clauses (issue 16)."""

from __future__ import annotations

from quizapp.generator.forms.gaps import short_gapped, whole_clause_gap
from quizapp.generator.forms.phrasing import wh_question
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions
from quizapp.questiondata import QuestionKind

FINAL = (
    "Norland won the hockey championship for the first time on 12 March 1988, beating "
    "Ostmark 5-3 after overtime in the final at Kessel Arena in Brunholm."
)


def _question(text: str, surface: str) -> str | None:
    fact = next(f for f in analyse(text).facts if f.surface == surface)
    return wh_question(fact)


def _prompts(text: str, surface: str) -> list[str]:
    a = analyse(text)
    fact = next(f for f in a.facts if f.surface == surface)
    return [q.prompt for q in fact_questions(fact, a.facts)]


def test_a_date_the_parse_hangs_on_a_noun_dates_the_main_verb() -> None:
    assert _question(FINAL, "12 March 1988") == (
        "On which date did Norland win the hockey championship for the first time?"
    )


def test_the_score_of_a_participle_clause_is_asked_by_what_score() -> None:
    assert _question(FINAL, "5-3") == "By what score did Norland beat Ostmark?"


def test_a_place_in_a_participle_clause_is_asked_with_its_kind_of_place() -> None:
    text = "Scotland won the cup in 1931, beating Wales after extra time at Wembley Stadium."
    question = _question(text, "Wembley Stadium")
    assert question is not None
    assert question.startswith("At which stadium did Scotland beat Wales"), question


def test_a_participle_clause_after_a_verb_with_an_auxiliary_is_left_alone() -> None:
    text = "Norland has won the hockey championship, beating Ostmark 5-3 in Brunholm."
    assert _question(text, "5-3") is None  # not "By what score did Norland beat Ostmark?"


def test_one_of_two_joined_subjects_is_asked_along_with_the_other() -> None:
    text = "Argentina and Chile sent rescue teams, and the United Nations pledged more aid."
    assert _question(text, "Argentina") == "Which country sent rescue teams along with Chile?"
    assert _question(text, "Chile") == "Which country sent rescue teams along with Argentina?"


def test_joined_subjects_of_a_present_verb_are_left_alone() -> None:
    text = "Argentina and Chile send rescue teams to the coast every winter."
    assert _question(text, "Argentina") is None  # "Which country send ...": no agreement


def test_a_counted_object_is_asked_how_many() -> None:
    text = "During the storm, the Valdra coastguard rescued 40 sailors from two sinking ships."
    question = _question(text, "40")
    assert question is not None and question.startswith(
        "How many sailors did the Valdra coastguard rescue"
    ), question


def test_a_sum_of_money_after_to_is_not_asked_how_many_euros() -> None:
    text = "Net profit at Halvard Foods rose to 900 million euros from 610 million euros."
    assert not (_question(text, "900 million") or "").startswith("To how many")


def test_an_aside_on_the_subject_after_the_verb_is_left_out() -> None:
    text = (
        "Mira Holt was a Danish painter. She was born in Aarhus on 4 May 1901, the youngest "
        "daughter of a ship's carpenter and a teacher."
    )
    assert _question(text, "4 May 1901") == "On which date was she born in Aarhus?"


def test_a_fragment_cut_at_both_ends_gives_no_cloze() -> None:
    text = (
        "Emperor penguins of the Ross Sea hunt fish and squid near the surface, but one bird was "
        "recorded at a depth of 564 metres, and dives can last more than 20 minutes."
    )
    a = analyse(text)
    depth = next(f for f in a.facts if f.surface.startswith("564"))
    assert not whole_clause_gap(depth), short_gapped(depth)
    kinds = [q.kind for q in fact_questions(depth, a.facts)]
    assert QuestionKind.CLOZE not in kinds


def test_a_whole_clause_joined_by_and_is_a_cloze_of_its_own() -> None:
    text = (
        "The Orvel rises in the Tarrow hills of the north and runs for about 400 kilometres "
        "to the Grey Sea, and the Orvel crosses the borders of six provinces, more than any "
        "other river in the land."
    )
    a = analyse(text)
    six = next(f for f in a.facts if f.surface == "six")
    assert whole_clause_gap(six)
    assert short_gapped(six).startswith("The Orvel crosses the borders of ___ provinces")
    assert "…" not in short_gapped(six)


def test_a_cut_clause_keeps_its_ellipsis_when_what_follows_belongs_to_it() -> None:
    text = (
        "The club had been built up over ten years by the coach Anton Marek, who had predicted "
        "long before that the team would one day win the national title and the cup."
    )
    a = analyse(text)
    coach = next(f for f in a.facts if f.surface == "Anton Marek")
    assert "who had predicted long before." not in short_gapped(coach)


def test_a_gap_fill_with_choices_is_never_a_fragment() -> None:
    text = FINAL.removesuffix(".") + ", the capital of the northern province."
    a = analyse(text)
    date = next(f for f in a.facts if f.surface == "12 March 1988")
    prompts = [q.prompt for q in fact_questions(date, a.facts)]
    assert prompts and not any("…" in p for p in prompts), prompts


def test_a_second_verb_sharing_the_subject_is_asked_with_do_support() -> None:
    text = "Mandela served a single term and handed over to his deputy in 1999."
    assert _question(text, "1999") == "In which year did Mandela hand over to his deputy?"


def test_a_rise_in_percent_is_asked_by_what_percentage_without_the_aside() -> None:
    text = (
        "Shares in Halvard Foods rose 7 percent in Oslo trading on the news, their largest "
        "gain in a decade."
    )
    assert _question(text, "7 percent") == (
        "By what percentage did shares in Halvard Foods rise in Oslo trading on the news?"
    )


def test_a_date_on_a_noun_after_with_dates_that_noun_not_the_verb() -> None:
    text = (
        "The valley has had its driest summer on record, with only 9 millimetres of rain in July."
    )
    assert not (_question(text, "July") or "").startswith("In which month has the valley had")


def test_a_year_the_parse_hangs_on_the_verbs_phrase_dates_the_verb() -> None:
    text = "UNESCO added the old town of Kessel to its list of protected sites in 1996."
    assert _question(text, "1996") == (
        "In which year did UNESCO add the old town of Kessel to its list of protected sites?"
    )


def test_a_year_opening_the_sentence_before_the_name_is_asked_in_which_year() -> None:
    text = "In 1843 Lovelace translated a long article on engines from French."
    assert _question(text, "1843") == (
        "In which year did Lovelace translate a long article on engines from French?"
    )


def test_a_share_of_something_is_asked_what_percentage_of_it() -> None:
    text = "The Halvard party received 20 percent of the seats in the northern assembly."
    assert _question(text, "20 percent") == (
        "What percentage of the seats in the northern assembly did the Halvard party receive?"
    )


def test_an_opening_date_moved_to_the_end_of_a_who_question_takes_no_comma() -> None:
    """ "On 14 March 2019, Maria Lindqvist opened ..." asks "Who opened ... on 14 March
    2019?"; a phrase that is no prepositional one keeps its comma ("Speaking in Oslo, ...")."""
    from quizapp.generator.forms.phrasing import wh_question
    from quizapp.generator.pipeline import analyse

    text = "On 14 March 2019, the engineer Maria Lindqvist opened the Storfjord Bridge in Norway."
    person = next(f for f in analyse(text).facts if f.answer == "Maria Lindqvist")
    asked = "Who opened the Storfjord Bridge in Norway on 14 March 2019?"
    assert wh_question(person) == asked
