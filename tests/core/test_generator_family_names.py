"""Whose a lone surname is in a biography where a relative bears it too (issue 16).

The texts are invented for the tests. Before, a lone "Vilaró" beside the subject Jordi
Vilaró and his father Pere Vilaró was either nobody's (unclear) or, where the model missed
the opening name, the father's: "To which city did Pere Vilaró move in 1871?". In a
biography the lone surname is the person the article is about, unless its sentence names
the relative in full.
"""

from __future__ import annotations

from quizapp.generator import generate
from quizapp.generator.pipeline import analyse

FAMILY = (
    "Jordi Vilaró\n\n"
    "Jordi Vilaró i Puig (3 May 1840 – 9 April 1911) was a Catalan shipbuilder and the "
    "best-known designer of fishing schooners. His boats were famous along the coast.\n\n"
    "Vilaró was born in Girona, the eldest of four children of Pere Vilaró i Soler, a rope "
    "maker. He moved to Tarragona in 1871 and opened a yard there. In 1890 Vilaró launched "
    "his largest ship."
)


def _whose(text: str, word: str, verb: str) -> set[str | None]:
    analysis = analyse(text)
    return {
        f.entity.name if f.entity is not None else None
        for f in analysis.facts
        if f.surface == word and verb in f.sentence.text
    }


def test_lone_surname_of_a_biography_is_its_subject_not_the_father() -> None:
    assert _whose(FAMILY, "Vilaró", "launched") == {"Jordi Vilaró"}


def test_lone_surname_beside_the_relative_named_in_full_stays_unclear() -> None:
    assert "Jordi Vilaró" not in _whose(FAMILY, "Vilaró", "rope maker")


STYLE = (
    "Berta Quell (1861-1930) was a Catalan painter. Lumenisme, the Catalan form of Symbolism, "
    "shaped her work. Her paintings hang in Girona."
)


def test_a_name_described_as_a_form_or_style_is_no_person() -> None:
    analysis = analyse(STYLE)
    assert all(e.name != "Lumenisme" for e in analysis.entities)  # neither person nor body


FESTIVAL = (
    "Harbour Lights wins top prize at Lindmark film festival\n\n"
    "Harbour Lights, a quiet drama about a lighthouse keeper, won the Golden Anchor at the "
    "Lindmark International Film Festival on Sunday. The jury, chaired by the Polish director "
    'Ewa Nowicka, praised the film for "its patience and its warmth". Around 120 films were '
    "shown during the festival, which sold more than 90,000 tickets."
)


def test_the_film_is_never_a_festival_whose_name_holds_the_word() -> None:
    prompts = [q.prompt for q in generate(FESTIVAL, max_questions=10)]
    assert not any("praised the Lindmark" in p for p in prompts)


AIRLINE = (
    "Skyvale profit jumps as summer demand holds\n\n"
    "Skyvale, Finland's third-largest airline, reported a 30 percent rise in quarterly profit "
    "on Tuesday. The carrier flew 5.2 million passengers during the quarter, up from 4.8 "
    "million a year earlier. Around 90 concerts were staged during the six-day event, which "
    "drew more than 40,000 visitors."
)


def test_the_carrier_is_named_as_the_one_airline() -> None:
    prompts = [q.prompt for q in generate(AIRLINE, max_questions=10)]
    assert not any("the carrier" in p for p in prompts)
    assert any("did Skyvale fly" in p for p in prompts)


def test_a_length_of_time_does_not_say_which_event() -> None:
    prompts = [q.prompt for q in generate(AIRLINE, max_questions=10)]
    assert not any(p.endswith("during the six-day event?") for p in prompts)


def test_the_head_before_of_names_the_museum() -> None:
    from quizapp.generator.naming.definites import _head_words

    assert "Museum" in _head_words("Harbour Museum of Glass")
    assert "Film" not in _head_words("Lindmark International Film Festival")
