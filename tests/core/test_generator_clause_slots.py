"""Facts of a subordinate clause with a subject of its own asked of that clause alone
(forms/clause_slots.py, issue 16): its subject, its object, a score, a place, a date of
its own or, for an "as"/"when" clause, the main clause's date."""

from __future__ import annotations

from quizapp.generator.forms.clause_slots import clause_slot_questions
from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import fact_questions

FINAL = (
    "Tomas Varga scored twice in the second half as Dunmore United came from behind to beat "
    "Ashgrove Rangers 4-1 in the Western Shield final at Castlegate Park on Sunday, 12 May."
)
OPENING = (
    "Hundreds of readers waited along the river on Friday, 3 March 2023, as the Harwick "
    "Museum of Art opened its doors, giving the town a new landmark."
)
STORM = (
    "At least six people died and 20,000 homes lost power after Storm Ilse swept across "
    "the Irish coast overnight on Monday, police said."
)


def _slots(text: str, answer: str) -> list[str]:
    a = analyse(text)
    out: list[str] = []
    for fact in a.facts:
        if fact.answer == answer:
            out.extend(clause_slot_questions(fact, a.facts))
    return out


def _prompts(text: str, answer: str) -> set[str]:
    a = analyse(text)
    return {q.prompt for f in a.facts if f.answer == answer for q in fact_questions(f, a.facts)}


def test_the_subject_of_an_as_clause_is_asked_with_its_kind() -> None:
    prompts = _prompts(FINAL, "Dunmore United")
    assert (
        "Which team came from behind to beat Ashgrove Rangers in the Western Shield final?"
        in prompts
    ), prompts


def test_the_object_of_the_clause_infinitive_is_asked_with_did_and_the_subject() -> None:
    prompts = _prompts(FINAL, "Ashgrove Rangers")
    assert (
        "Which team did Dunmore United come from behind to beat in the Western Shield final?"
        in prompts
    ), prompts


def test_the_score_beside_the_object_is_asked_by_what_score() -> None:
    asked = _slots(FINAL, "4-1")
    assert asked and all(q.startswith("By what score did Dunmore United come from") for q in asked)
    assert all("4-1" not in q and "Sunday" not in q for q in asked)


def test_a_place_of_the_clause_is_asked_with_its_preposition() -> None:
    asked = _slots(FINAL, "Castlegate Park")
    assert any(q.startswith("At which park did Dunmore United") for q in asked), asked
    assert all("Castlegate" not in q for q in asked)


def test_a_lean_form_leaves_out_the_other_facts_of_the_clause() -> None:
    asked = _slots(FINAL, "Ashgrove Rangers")
    assert len(asked) == 2
    assert "4-1" in asked[0] and "4-1" not in asked[1] and "Castlegate" not in asked[1]


def test_the_main_clause_date_is_asked_of_an_as_clause() -> None:
    asked = _slots(OPENING, "3 March 2023")
    assert asked == ["On which date did the Harwick Museum of Art open its doors?"], asked


def test_a_clause_subject_that_says_too_little_borrows_the_main_date() -> None:
    asked = _slots(OPENING, "Harwick Museum of Art")
    assert asked and asked[0].endswith("opened its doors on 3 March 2023?"), asked


def test_a_storm_is_asked_as_a_storm_and_a_weekday_is_left_out() -> None:
    asked = _slots(STORM, "Storm Ilse")
    assert asked == ["Which storm swept across the Irish coast overnight?"], asked
    assert _slots(STORM, "Monday") == []


def test_an_after_clause_does_not_borrow_the_main_date() -> None:
    text = (
        "Shares of Pellworth fell sharply on 9 June 2022 after the Halden Group cut its "
        "forecast for the year."
    )
    assert _slots(text, "9 June 2022") == []


def test_a_clause_without_its_own_named_subject_is_refused() -> None:
    text = "The mayor resigned in 2019 after rescuers reached the village of Orleby too late."
    assert _slots(text, "Orleby") == []
    text = "Hanne Lind won gold in Oslo after she beat Maria Costa in the final at Bislett Hall."
    assert _slots(text, "Maria Costa") == []


def test_a_clause_that_names_nothing_besides_the_answer_is_refused() -> None:
    text = "The crowd had thinned by the time Erik Sund made his decisive move late in the race."
    assert _slots(text, "Erik Sund") == []


def test_a_part_of_the_object_is_not_asked_as_the_object() -> None:
    text = "Talks resumed after Norland retook its Vessel region from the rebels in 2021."
    assert not any(q.startswith("Which region did Norland") for q in _slots(text, "Vessel"))


def test_a_clause_that_dates_a_noun_modifier_is_refused() -> None:
    text = (
        "The final lasted five hours, beating the record of four hours set when Marta "
        "Oyelaran beat Petra Lind in 2011."
    )
    assert _slots(text, "2011") == []


def test_a_when_clause_right_after_a_noun_is_refused() -> None:
    text = "Ilsa Brun broke the record set when Marta Oyelaran beat Petra Lind in 2011."
    assert _slots(text, "2011") == []
    assert _slots(text, "Petra Lind") == []


def test_a_when_the_parse_calls_an_adverb_opens_a_clause() -> None:
    text = "Markets slid when the Reserve Bank of Tasmania raised rates to 6 percent in 2022."
    asked = _slots(text, "6 percent")
    assert asked and asked[0].startswith("To what percentage did the Reserve Bank"), asked
