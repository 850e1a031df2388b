"""Wh-questions on dates and actors the subject and object forms once missed (issue 16).

Each text is our own; each rule is one of grammar: an aside after the subject or the object,
a comparison closing the clause, a date the parse hangs deep in the object, a "when" clause
on a date, a clause joined by "and" with a subject of its own, and a place named as "the
town of X"."""

from __future__ import annotations

from quizapp.generator.pipeline import analyse
from quizapp.generator.synthesis import QuestionForm, fact_questions


def _wh_prompts(text: str, surface: str) -> set[str]:
    a = analyse(text)
    facts = [f for f in a.facts if f.surface == surface]
    assert facts, surface
    return {
        q.prompt for f in facts for q in fact_questions(f, a.facts) if q.form == QuestionForm.WH
    }


def test_an_aside_after_the_subject_and_a_closing_comparison_are_left_out() -> None:
    text = (
        "The Harbour Party, led by Ingrid Solberg, won 41 percent of the vote in the Norland "
        "election of 2022, just short of the majority it had hoped for."
    )
    assert "Which organisation won 41 percent of the vote in the Norland election of 2022?" in (
        _wh_prompts(text, "Harbour Party")
    )
    text = "Tomas Brandt, the world number three from Austria, had won 19 races on snow in 2021."
    assert "Who had won 19 races on snow in 2021?" in _wh_prompts(text, "Tomas Brandt")


def test_a_name_or_a_list_after_a_comma_is_never_cut_as_an_aside() -> None:
    text = "Norway, Finland and Iceland signed the Arctic fishing pact in Tromso in 2015."
    prompts = _wh_prompts(text, "2015")
    assert prompts
    assert all("Finland" in p for p in prompts if "Norway" in p)


def test_an_aside_on_the_object_is_left_out_of_a_date_question() -> None:
    text = (
        "Westland held its first vote open to citizens of all races on 12 March 1952, ending "
        "four decades of army rule, the system of control that the generals had imposed."
    )
    assert _wh_prompts(text, "12 March 1952") == {
        "On which date did Westland hold its first vote open to citizens of all races?"
    }


def test_a_when_clause_on_a_date_gives_the_date_and_its_subject() -> None:
    text = (
        "A turning point came on 4 May 2001, when the Harlow Council sold the old harbour to "
        "a private firm, so that ships could dock there again."
    )
    assert "On which date did the Harlow Council sell the old harbour to a private firm?" in (
        _wh_prompts(text, "4 May 2001")
    )
    assert "Which body sold the old harbour to a private firm on 4 May 2001?" in _wh_prompts(
        text, "Harlow Council"
    )


def test_a_when_clause_telling_a_state_is_not_asked_for_the_date() -> None:
    text = "Erik Lund was born in Bergen on 2 March 1850, when Norway was ruled by Sweden."
    assert not any(
        p.startswith("On which date was Norway") for p in _wh_prompts(text, "2 March 1850")
    )


def test_a_clause_joined_by_and_with_a_named_subject_is_asked_alone() -> None:
    text = (
        "The council approved the new bridge in 1988, and Queen Sonja opened the Tana bridge "
        "to traffic in 1991."
    )
    assert "In which year did Queen Sonja open the Tana bridge to traffic?" in (
        _wh_prompts(text, "1991")
    )


def test_a_joined_clause_that_leans_on_the_first_is_not_asked_alone() -> None:
    text = (
        "Alma Berg shared her prize with Ivo Dahl in 1930, and Nils Holm shared his with Per Lind."
    )
    assert not any("shared his" in p for p in _wh_prompts(text, "Nils Holm"))
    text = "Karl Moe scored in the 20th minute, and Lars Eng equalised ten minutes later."
    assert not any("later" in p for p in _wh_prompts(text, "Lars Eng"))


def test_a_place_named_as_the_town_of_x_is_asked_by_the_town() -> None:
    text = (
        "Firefighters stopped a forest fire near the mountain town of Ulvik on Friday after it "
        "had burned for six days, the regional fire service said."
    )
    assert "Near which town did firefighters stop a forest fire on Friday?" in (
        _wh_prompts(text, "Ulvik")
    )


def test_a_date_the_parse_hangs_deep_in_the_object_dates_the_verb() -> None:
    import spacy
    from spacy.tokens import Doc

    from quizapp.generator.forms.wh_forms import date_on_noun

    # the parse the model gave a sentence of this shape: "on 12 March 1952" hung on "races"
    words = "Westland held its first election open to citizens of all races on 12 March 1952 ,"
    heads = [1, 1, 4, 4, 1, 4, 5, 6, 7, 10, 8, 10, 13, 11, 13, 1]
    deps = ["nsubj", "ROOT", "poss", "amod", "dobj", "amod", "prep", "pobj", "prep", "det",
            "pobj", "prep", "nummod", "pobj", "nummod", "punct"]  # fmt: skip
    pos = ["PROPN", "VERB", "PRON", "ADJ", "NOUN", "ADJ", "ADP", "NOUN", "ADP", "DET", "NOUN",
           "ADP", "NUM", "PROPN", "NUM", "PUNCT"]  # fmt: skip
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=words.split(), heads=heads, deps=deps, pos=pos)
    assert date_on_noun(doc[13], doc[1])
    doc = Doc(vocab, words=[*words.split()[:-1], "today"], heads=heads, deps=deps, pos=pos)
    assert not date_on_noun(doc[13], doc[1])  # the phrase does not close the object


def test_a_reason_after_what_a_speaker_said_is_left_out_of_the_question_on_the_speaker() -> None:
    text = (
        "Harlow Mills, the Scottish maker of paper, said on Monday that its profit rose sharply "
        "in 2024 as demand from printers in Asia and Africa recovered after three weak years."
    )
    assert _wh_prompts(text, "Harlow Mills") == {
        "Which organisation said on Monday that its profit rose sharply in 2024?"
    }


def test_a_relative_clause_defining_the_subject_is_asked_with_the_subject_put_back() -> None:
    text = (
        "The Velden Charter is a royal decree of rights that Queen Maud of Norland agreed to on "
        "2 May 1402 at Lindholm, a village beside the River Ska."
    )
    assert "On which date did Queen Maud of Norland agree to the Velden Charter at Lindholm?" in (
        _wh_prompts(text, "2 May 1402")
    )
    assert "Who agreed to the Velden Charter on 2 May 1402 at Lindholm?" in (
        _wh_prompts(text, "Queen Maud")
    )
    text = "The Ulm Stone is a carved stone that the farmer Jon Berg found in 1911 near Lake Ulm."
    assert "Near which lake did the farmer Jon Berg find the Ulm Stone in 1911?" in (
        _wh_prompts(text, "Lake Ulm")
    )
    text = "The Tana Bridge is a steel bridge that was opened in 1932 by King Haakon."
    assert "In which year was the Tana Bridge opened by King Haakon?" in _wh_prompts(text, "1932")


def test_a_range_in_a_defining_relative_clause_is_not_asked_by_one_end() -> None:
    text = "The Oslo Wall was a guarded fence that divided the Oslo harbour from 1901 to 1929."
    assert not any(p.startswith("From which") for p in _wh_prompts(text, "1901"))


def test_a_date_framed_by_the_end_of_is_asked_with_its_frame() -> None:
    text = "By the end of 1962 the Harlow Council had built three new schools in the town."
    assert (
        "By the end of which year had the Harlow Council built three new schools in the town?"
        in (_wh_prompts(text, "1962"))
    )


def test_a_question_never_keeps_a_list_cut_to_its_names() -> None:
    text = (
        "By the end of 1962 the Harlow Council had built three schools: Eastfield, a school for "
        "girls; Westfield, a school for boys; and the Abbey, a school for music."
    )
    assert not any(";" in p or ":" in p for p in _wh_prompts(text, "1962"))
