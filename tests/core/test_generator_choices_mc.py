"""Multiple choice: choices that give nothing away, question words that do not point at the
answer, role questions that read naturally (texts written for these tests)."""

from __future__ import annotations

import random
import re

from quizapp.generator import generate
from quizapp.generator.choices.distractor_fit import abbreviates
from quizapp.generator.choices.distractors import distractors
from quizapp.generator.choices.figure_variations import figure_variations
from quizapp.generator.forms.phrasing import what
from quizapp.generator.forms.role_questions import role_questions
from quizapp.generator.pipeline import analyse

PARTS = re.compile(r"\d{4}|[A-Z][a-z]+|\d{1,2}")


def _shared(choice: str, others: list[str]) -> list[int]:
    """For each part of ``choice`` (day, month, year), how many other choices have it."""
    parts = PARTS.findall(choice)
    return sorted(sum(p in PARTS.findall(o) for o in others if o != choice) for p in parts)


def test_date_choices_share_as_many_parts_as_the_answer_does() -> None:
    # One part changed at a time left the answer the only date whose day, month and year
    # all stand in the other choices: a test-wise learner picks it without reading.
    texts = (
        "The new library in Harwick opened on 12 October 1998, two years after a fire.",
        "Rebels took the fortress of Kelmar in June 1642 and held it for a winter.",
        "The ferry service to Orsa island began on 3 May after a storm delayed it.",
    )
    for text in texts:
        a = analyse(text)
        fact = next(f for f in a.facts if f.type in ("full_date", "month_year"))
        wrong = distractors(fact, a.facts)
        assert wrong is not None, text
        choices = [fact.answer, *wrong]
        key = _shared(fact.answer, choices)
        assert all(_shared(w, choices) == key for w in wrong), choices


def test_no_figure_choice_is_exactly_half_or_double_the_answer() -> None:
    # "2.1 million" and "8.4 million" beside "4.2 million" point at the one they came from
    texts = (
        "About 4.2 million people live in the river basin, which floods most springs.",
        "The fire at Dunmore destroyed 212 homes before rain reached the valley.",
        "The new bridge over the Tamsa is 636 metres long and took six years to build.",
    )
    for text in texts:
        a = analyse(text)
        fact = next(f for f in a.facts if f.kind == "figure" and f.value)
        wrong = figure_variations(fact, random.Random(1))  # every candidate, not three
        assert wrong, text
        values = [float(re.sub(r"[^\d.]", "", w.split()[0])) for w in wrong]
        answer = float(fact.value or 0)
        assert not [v for v in values if v in (answer / 2, answer * 2)], (text, wrong)


def test_a_figure_in_millions_gets_no_choice_below_one_million() -> None:
    text = "The agency said 1.8 million people on the coast still needed clean water."
    a = analyse(text)
    fact = next(f for f in a.facts if f.surface.startswith("1.8"))
    wrong = figure_variations(fact, random.Random(3))
    assert wrong and not [w for w in wrong if w.startswith("0.")], wrong


def test_a_year_the_article_only_expects_is_no_bound_nor_choice_for_a_past_event() -> None:
    # "will need new power by 2030" is no reason to offer 2030 for a ruling made in 2021
    text = (
        "A regional court in Darrow ruled against the copper mine in 2021. The owners say "
        "the region will need the metal by 2034, and they hope to reopen the pit."
    )
    a = analyse(text)
    fact = next(f for f in a.facts if f.surface == "2021")
    wrong = distractors(fact, a.facts, count=6) or []
    assert wrong and all(int(w) <= 2021 for w in wrong), wrong


def test_the_head_noun_is_the_question_word_only_where_another_name_shares_it() -> None:
    one = analyse(
        "The Tarrow Union pledged 50 million euros to rebuild the harbour at Lisk. "
        "The money will be paid over three years."
    )
    union = next(f for f in one.facts if f.answer.endswith("Tarrow Union"))
    assert what(union) == "which organisation"  # "Which union pledged ...?" points at it
    two = analyse(
        "The Tarrow Union pledged 50 million euros to rebuild the harbour at Lisk. "
        "The Farmers' Union of Lisk asked for a share of the money."
    )
    union = next(f for f in two.facts if f.answer.endswith("Tarrow Union"))
    assert what(union) == "which union"


def test_the_bank_of_a_country_has_bank_for_head() -> None:
    from quizapp.generator.forms.head_words import head_word

    assert head_word("the Bank of Norland") == "bank"
    assert head_word("Harbour Labour Party") == "party"
    assert head_word("Reuters") == ""


def test_an_acronym_of_the_answer_is_another_name_of_it() -> None:
    assert abbreviates("WFP", "World Food Programme")
    assert abbreviates("ECB", "the European Central Bank")
    assert not abbreviates("NATO", "World Food Programme")
    assert not abbreviates("Bank", "Bank of Norland")


def test_a_role_question_asks_who_held_the_role_in_the_sentence_tense() -> None:
    text = (
        "The Austrian referee, Karl Moser, stopped the match after an hour. "
        "Tom Berger scored twice for the visitors, and Jan Vos and Piet Mol scored for the "
        "hosts. Tarrow's Finance Minister, Anna Roth, is planning a new stadium in the capital."
    )
    a = analyse(text)
    prompts = {q.prompt: q for q, _f in role_questions(a.entities, a.facts)}
    # the referee of which match? A nationality is the referee's, not the owner of the role
    assert not [p for p in prompts if "referee" in p], prompts
    assert "Who is Tarrow's Finance Minister?" in prompts, prompts
    assert not [p for p in prompts if "named in the article" in p], prompts


def test_a_lone_assembly_is_asked_as_a_body() -> None:
    a = analyse("The National Assembly of Tarrow elected Anna Roth as president on Monday.")
    body = next(f for f in a.facts if "Assembly" in f.answer)
    assert what(body) == "which body"  # not "which assembly", nor "which organisation"


def test_no_figure_gets_both_its_half_and_its_double_as_choices() -> None:
    # "2 percent" and "8 percent" beside "4 percent" leave the answer in the middle
    texts = (
        "Coffee prices in Mombasa rose 4 percent after the harbour reopened.",
        "Bus fares in Lisk went up by 6 percent in the spring.",
        "Ticket sales at the Lisk museum fell 8 percent last year.",
    )
    for text in texts:
        a = analyse(text)
        fact = next(f for f in a.facts if f.kind == "figure" and f.value)
        wrong = distractors(fact, a.facts, count=6) or []
        values = {float(w.split()[0]) for w in wrong}
        answer = float(fact.value or 0)
        assert not {answer / 2, answer * 2} <= values, (text, wrong)


def test_a_role_that_relates_to_another_person_is_not_asked_alone() -> None:
    text = (
        "The deal was signed in Lisk by Tarrow's trade minister, Anna Roth, and her Orsan "
        "counterpart, Jan Vos. Piet Mol and Karl Moser watched the ceremony."
    )
    a = analyse(text)
    prompts = [q.prompt for q, _f in role_questions(a.entities, a.facts)]
    assert not [p for p in prompts if "counterpart" in p], prompts


def test_a_bare_title_is_no_role_to_ask() -> None:
    # "Who was the President?" does not say of what; "the Finance Minister" of a country is
    text = (
        "President Elena Kovac signed the law on Friday. Finance Minister Anna Roth said the "
        "budget would balance. Jan Vos and Piet Mol of the opposition voted against it."
    )
    a = analyse(text)
    prompts = [q.prompt for q, _f in role_questions(a.entities, a.facts)]
    assert not [p for p in prompts if p.endswith("the President?")], prompts


def test_the_articles_last_year_is_not_always_the_latest_choice() -> None:
    # Capping the choices at the article's last year made that year, when asked, the latest
    # of the four every time; a few years after a past event are fair wrong guesses.
    text = "The bridge at Lisk was designed in 1961 by Jan Vos and opened in 1968."
    a = analyse(text)
    fact = next(f for f in a.facts if f.surface == "1968")
    wrong = distractors(fact, a.facts, count=6) or []
    assert [w for w in wrong if int(w) > 1968], wrong
    assert all(int(w) <= 1971 for w in wrong), wrong


def test_a_role_question_says_whose_office_it_is_and_when() -> None:
    text = (
        "Chief executive Lena Holm said the plant at Orvik would close. Karl Moser, chief "
        "executive of Brightwater Foods, disagreed. In June 1987, Soviet leader Ivan Petrov "
        "visited Lisk, where Jan Vos and Piet Mol met him."
    )
    a = analyse(text)
    prompts = {q.prompt: q.answer for q, _f in role_questions(a.entities, a.facts)}
    assert not [p for p in prompts if p.endswith("the chief executive?")], prompts
    assert prompts.get("Who was the chief executive of Brightwater Foods?") == "Karl Moser"
    assert prompts.get("Who was the Soviet leader in June 1987?") == "Ivan Petrov", prompts


def test_a_title_in_news_of_the_week_is_asked_in_the_present() -> None:
    text = (
        "Orsan President Mira Dane said on Sunday that talks with Tarrow would resume. The "
        "press office of Tarrowian Prime Minister Aram Petros did not respond. Jan Vos and "
        "Piet Mol were at the talks."
    )
    a = analyse(text)
    prompts = {q.prompt for q, _f in role_questions(a.entities, a.facts)}
    assert "Who is the Tarrowian Prime Minister?" in prompts, prompts


def test_a_title_of_nobility_is_no_office_to_ask() -> None:
    text = (
        "Clara Wendt, Duchess of Varnholm, was a painter who studied in Rome. Jan Vos and Piet "
        "Mol taught her there, and Karl Moser bought her work."
    )
    a = analyse(text)
    prompts = [q.prompt for q, _f in role_questions(a.entities, a.facts)]
    assert not [p for p in prompts if "Duchess" in p], prompts


def test_a_role_is_not_asked_of_a_person_another_question_asks() -> None:
    text = (
        "Tarrow's finance minister, Anna Roth, said on Monday that the budget would balance. "
        '"We will not raise taxes this year," Roth told reporters in Lisk. Jan Vos, who leads '
        "the opposition, said the plan would fail. Piet Mol and Karl Moser voted against it."
    )
    asked = [q for q in generate(text, max_questions=12) if q.answer == "Anna Roth"]
    assert len(asked) <= 1, [q.prompt for q in asked]
