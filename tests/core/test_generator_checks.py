"""The defect families of ../shared/notes/question-quality.md that a rule can catch.

The rules run on questions built by hand (no language model) and, as a net, on every
question generated from our test texts.
"""

from __future__ import annotations

import calendar
import re
from pathlib import Path
from typing import Any

import pytest

from quizapp.generator import GeneratedQuestion, generate, read_article
from quizapp.generator.checks.checks import defects
from quizapp.generator.choices.distractors import hedge_holds
from quizapp.generator.facts.facts import Entity, Fact, Sentence
from quizapp.generator.forms.role_questions import role_questions
from quizapp.generator.pipeline import analyse
from quizapp.generator.ranking import trivia
from quizapp.generator.synthesis import QuestionForm, fact_questions

TEXTS = Path(__file__).parent / "texts"
WEEKDAYS = {d.casefold() for d in calendar.day_name}


def fact(text: str, answer: str, kind: str = "actor", type_: str = "country", **extra: Any) -> Fact:
    """A fact on ``answer`` as it stands in ``text`` (no parse needed for the checks)."""
    start = text.index(answer)
    sentence = Sentence(0, text, None, 0, True)
    return Fact(kind, type_, answer, sentence, start, start + len(answer), **extra)


def question(kind: str, prompt: str, answer: str, **extra: Any) -> GeneratedQuestion:
    return GeneratedQuestion(kind, prompt, answer, "actor", "k", "s", "e", **extra)


def test_a_weekday_is_never_an_answer() -> None:
    f = fact("The talks ended on Sunday in Geneva.", "Sunday", "date", "weekday")
    q = question("cloze", "The talks ended on ___ in Geneva.", "Sunday")
    assert "a weekday as the answer" in defects(q, f)
    assert trivia(f, None)


def test_no_other_name_of_the_answer_among_the_choices() -> None:
    nato = Entity("North Atlantic Treaty Organization", "org", {"NATO"})
    f = fact("The North Atlantic Treaty Organization met in Oslo.",
             "North Atlantic Treaty Organization", type_="org", entity=nato)  # fmt: skip
    choices = ["North Atlantic Treaty Organization", "NATO", "OSCE", "United Nations"]
    q = question("multiple_choice", "Which organisation met in Oslo?", choices[0], choices=choices)
    assert any("another name of the answer" in d for d in defects(q, f))
    person = Entity("Ilham Aliyev", "person", {"Aliyev"})
    g = fact("Ilham Aliyev spoke in Baku.", "Ilham Aliyev", type_="person", entity=person)
    choices = ["Ilham Aliyev", "Aliyev", "Jens Stoltenberg", "Nikol Pashinyan"]
    q = question("multiple_choice", "Who spoke in Baku?", "Ilham Aliyev", choices=choices)
    assert any("another name of the answer" in d for d in defects(q, g))


def test_no_choice_of_another_type_than_the_answer() -> None:
    f = fact("The bridge opened in 1998.", "1998", "date", "year")
    mixed = question("multiple_choice", "In which year did the bridge open?", "1998",
                     choices=["1998", "1997", "Oslo", "2001"])  # fmt: skip
    years = question("multiple_choice", "In which year did the bridge open?", "1998",
                     choices=["1998", "1997", "1996", "2001"])  # fmt: skip
    assert "choices of different shapes" in defects(mixed, f)
    assert defects(years, f) == []
    broken = question("multiple_choice", "Who was made an earl?", "William King",
                      choices=["William King", "Earl of", "Charles Babbage", "Ada"])  # fmt: skip
    g = fact("William King was made an earl.", "William King", type_="person")
    assert "a choice that is not a whole name" in defects(broken, g)


@pytest.mark.parametrize(
    ("sentence", "answer", "prompt"),
    [
        # the answer's stem elsewhere in the prompt
        ("The Armenian Prime Minister spoke for Armenia.", "Armenia",
         "The Armenian Prime Minister spoke for ___."),
        ("The army of Count Baldwin of Flanders marched.", "Flanders",
         "The army of Count Baldwin of ___ marched."),
        # one word of a longer answer
        ("The final was played at Wembley Stadium.", "Wembley Stadium",
         "Where was the final played, at Wembley?"),
    ],
)  # fmt: skip
def test_a_prompt_that_gives_its_answer_away_is_refused(
    sentence: str, answer: str, prompt: str
) -> None:
    form = QuestionForm.GAPPED if "___" in prompt else QuestionForm.WH
    q = question("multiple_choice", prompt, answer, choices=[answer, "A", "B", "C"], form=form)
    if "Flanders" in sentence:  # the whole answer stands in the prompt
        q = question("cloze", sentence.replace(answer, "___") + " Flanders", answer)
    assert "the prompt gives the answer away" in defects(q, fact(sentence, answer))


def test_a_figure_beside_its_conversion_in_brackets_is_refused() -> None:
    text = "The lake is 636 kilometres (395 miles) long."
    f = fact(text, "636 kilometres", "figure", "quantity", value=636.0)
    q = question("cloze", "The lake is ___ (395 miles) long.", "636 kilometres")
    assert "a figure in brackets next to the asked one" in defects(q, f)


def test_a_numeric_key_must_be_the_articles_value() -> None:
    text = "The flight took two and a quarter hours."
    f = fact(text, "two and a quarter hours", "figure", "duration", value=2.0)
    q = question("numeric", "How many hours did the flight take?", "2")
    assert "the key is not the article's value" in defects(q, f)


@pytest.mark.parametrize(
    "prompt",
    ["He said the talks would go on in ___.",
     "Which is due to open in ___ near the coast.",
     "…the latter's president, ___, said…"],
)  # fmt: skip
def test_a_question_that_is_not_self_contained_is_refused(prompt: str) -> None:
    q = question("cloze", prompt, "x")
    assert "not self-contained" in defects(q, fact("Ilham Aliyev said x.", "x"))


@pytest.mark.parametrize(
    ("before", "choice", "holds"),
    [("more than ", "8", True), ("more than ", "3", False), ("about ", "24", True),
     ("about ", "12", False), ("fewer than ", "3", True), ("exactly ", "6", False)],
)  # fmt: skip
def test_a_choice_true_under_the_hedge_is_known(before: str, choice: str, holds: bool) -> None:
    f = fact(f"Prices rose by {before}5 percent.", "5 percent", "figure", "percent", value=5.0)
    if before == "about ":
        f = fact("Turnout was about 25 percent.", "25 percent", "figure", "percent", value=25.0)
    assert hedge_holds(f, choice) is holds


def test_trivia_is_left_out() -> None:
    text = (
        "Northwind said on Wednesday that net profit rose to 1.4 billion euros from 610 million "
        "euros a year earlier. Earnings per share came to 2.35 euros. The lake is 636 kilometres "
        "(395 miles) long. The treaty was signed by France, Spain, Italy and Portugal."
    )
    facts = analyse(text).facts
    left_out = {f.surface for f in facts if trivia(f, None)}
    kept = {f.surface for f in facts if not trivia(f, None)}
    assert {"Wednesday", "610 million", "2.35", "395 miles", "Spain"} <= left_out, left_out
    assert "1.4 billion" in kept and "636 kilometres" in kept, kept


@pytest.mark.parametrize("path", sorted(p for p in TEXTS.iterdir() if p.suffix in (".txt", ".md")))
def test_generated_sets_pass_the_rules(path: Path) -> None:
    questions = generate(read_article(path).text)
    keys = [q.fact_key for q in questions]
    assert len(keys) == len(set(keys)), "one question per fact"
    for q in questions:
        assert q.answer.casefold() not in WEEKDAYS, q.prompt
        assert q.kind not in ("ordering", "matching"), q.prompt
        assert not q.prompt.startswith("Which number fills the gap?"), q.prompt  # a cloze
        assert q.kind != "true_false", q.prompt  # judged too weak: no longer made
        if q.choices:
            others = {c.casefold() for c in q.choices} - {q.answer.casefold()}
            assert not others & {a.casefold() for a in q.accepted}, (q.prompt, q.choices)


@pytest.mark.parametrize(
    "prompt",
    ["Who is the second-longest river in Europe after the Volga?",
     "Who was killed, three years later?"],
)  # fmt: skip
def test_who_of_a_thing_and_relative_times_are_refused(prompt: str) -> None:
    q = question("short_answer", prompt, "Danube")
    assert defects(q, fact("The Danube is long.", "Danube", type_="person")) != []


def test_an_acronym_question_needs_a_real_acronym() -> None:
    text = (
        "The Organization for Security and Co-operation in Europe (OSCE) met in Vienna in 1975. "
        "Pope Innocent III wrote to the king in 1215, and Innocent III later died in Perugia."
    )
    prompts = {q.prompt for q in generate(text, max_questions=20)}
    assert "What does III stand for?" not in prompts


def test_a_biographys_she_is_named_in_the_questions() -> None:
    # Given a biography that names its person once, then says "she"
    text = (
        "Grace Hopper was an American computer scientist and a rear admiral of the navy. "
        "She was born in New York City on 9 December 1906. In 1944 she joined the team of the "
        "Harvard Mark I computer. Her compiler of 1952 turned words into machine code. "
        "In 1959 she helped to design the language COBOL. He said nothing about it."
    )
    prompts = [q.prompt for q in generate(text, max_questions=20)]
    assert any("Grace Hopper" in p and ("1944" in p or "___" in p) for p in prompts), prompts
    # Then no question leans on a "she" whose person it does not name
    assert not [p for p in prompts if re.search(r"\bshe\b", p, re.IGNORECASE)], prompts


def test_a_last_word_is_accepted_alone_only_where_the_article_uses_it() -> None:
    text = (
        "Northwind Energy said on Monday that its profit doubled in 2025. Chief executive "
        "Maria Lindqvist said prices had risen. Lindqvist added that Northwind Energy would "
        "hire 2,000 workers in Poland in 2026."
    )
    a = analyse(text)
    accepted = {
        f.answer: {x for q in fact_questions(f, a.facts) for x in q.accepted}
        for f in a.facts
        if f.answer in ("Northwind Energy", "Maria Lindqvist")
    }
    assert "Lindqvist" in accepted.get("Maria Lindqvist", set()), accepted
    assert "Energy" not in accepted.get("Northwind Energy", set()), accepted


def test_a_telling_role_is_asked_and_a_plain_one_is_not() -> None:
    text = (
        "Tarrow's Interior Minister, Rodrigo Salas, promised aid on Monday. The manager Carla "
        "Ruiz said the port would reopen. The Norwegian Erik Dahl arrived in Oslo."
    )
    a = analyse(text)
    prompts = {q.prompt: q for q, _fact in role_questions(a.entities, a.facts)}
    asked = prompts.get("Who is Tarrow's Interior Minister?")
    assert asked is not None and asked.answer == "Rodrigo Salas", prompts
    assert not [p for p in prompts if "manager" in p or "Norwegian" in p], prompts


def test_a_count_is_not_asked_when_the_sentence_lists_the_items() -> None:
    text = "The river passes through four countries: Germany, Austria, Hungary and Serbia."
    f = fact(text, "four", "figure", "count", value=4)
    q = question("cloze", text.replace("four", "___"), "four")
    assert "the sentence lists as many items as the answer counts" in defects(q, f)
    other = "The Orvana passes through four countries before reaching the sea."
    g = fact(other, "four", "figure", "count", value=4)
    assert defects(question("cloze", other.replace("four", "___"), "four"), g) == []


def test_a_clause_tacked_on_after_a_comma_is_refused() -> None:
    f = fact("With the count complete, Labour had taken about 49 percent.", "Labour", type_="org")
    bad = "Which organisation had taken about 49 percent, With the count complete?"
    good = "Which organisation had taken about 49 percent of the vote?"
    assert "a clause tacked on after a comma" in defects(question("short_answer", bad, "Labour"), f)
    assert defects(question("short_answer", good, "Labour"), f) == []


def test_a_pronoun_after_an_opening_phrase_is_not_self_contained() -> None:
    f = fact("From there it flows east through Bavaria and Austria.", "Bavaria", type_="region")
    q = question("cloze", "From there it flows east through ___ and Austria.", "Bavaria")
    assert "not self-contained" in defects(q, f)
    named = question(
        "cloze", "From there the Danube flows east through ___ and Austria.", "Bavaria"
    )
    assert "not self-contained" not in defects(named, f)


def test_a_role_another_person_also_has_is_not_asked() -> None:
    text = (
        "Marta Novak was a gifted French physicist who studied radioactivity. In Paris she met "
        "the French physicist Pierre Lenoir, and they married in 1895. Novak worked with the "
        "Dutch chemist Henri Dubois and the engineer Paul Vidal."
    )
    a = analyse(text)
    prompts = {q.prompt for q, _fact in role_questions(a.entities, a.facts)}
    assert not [p for p in prompts if "physicist" in p], prompts


def test_a_figures_unit_word_and_a_possessive_after_an_opening_name_are_fine() -> None:
    """ "___ ethnic Serbs" keeps its unit (not a leak of the answer's stem), and "its"
    after a name that opens the sentence has that name to refer to; "its" with nothing
    named before it still has not."""
    text = "Most of the valley's 40,000 ethnic Serbs left for the coast."
    f = fact(text, "40,000", "figure", "count", value=40000.0,
             aliases=("40,000 ethnic Serbs",), unit="ethnic Serbs")  # fmt: skip
    q = question("cloze", "Most of the valley's ___ ethnic Serbs left for the coast.", "40,000")
    assert defects(q, f) == []
    text = "Portugal wants its neighbour to return three islands."
    f = fact(text, "three", "figure", "count", value=3.0, unit="islands")
    q = question("cloze", "Portugal wants its neighbour to return ___ islands.", "three")
    assert defects(q, f) == []
    bare = question("cloze", "Then its neighbour agreed to return ___ islands.", "three")
    assert "not self-contained" in defects(bare, f)
