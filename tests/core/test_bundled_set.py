"""The bundled question set: it loads, covers every kind and every core fact, copies no prose.

The facts file and the article live in ../shared/articles (the team's checkout
only); the tests that need them skip, saying so, when they are absent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp import resources
from quizapp.formats import quizset
from quizapp.questiondata import FACT_KINDS, KINDS, SetData

BUNDLED = Path(__file__).resolve().parents[2] / "questions" / "caucasus-peace-talks.yaml"
ARTICLE = "caucasus-peace-talks.txt"
FACTS = "caucasus-peace-talks.facts.json"
RUN = 6  # this many consecutive words of the article may not appear in the set file


@pytest.fixture(scope="module")
def bundled() -> SetData:
    return quizset.load(BUNDLED)


def load_facts(path: Path) -> list[dict[str, object]]:
    facts: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))["facts"]
    return facts


def fact_names(fact: dict[str, object]) -> list[str]:
    aliases = fact.get("aliases") or []
    assert isinstance(aliases, list)
    return [str(fact["answer"]), *map(str, aliases)]


def words(text: str, names: list[str], marker: str) -> list[str]:
    """Lower-case words of ``text``, each fact name replaced by ``marker``.

    A fact's name (e.g. the OSCE's seven-word full name) is a fact, not the
    publisher's prose, so it may appear whole; the marker differs per text so
    no run of copied words can straddle it.
    """
    text = text.casefold().replace("’", "'")
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", f" {marker} ", text)
    return re.findall(r"[^\W_]+(?:'[^\W_]+)*", text)


def runs(tokens: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def test_the_bundled_set_is_the_one_the_app_ships(bundled: SetData) -> None:
    # Given the files the app finds through importlib.resources
    shipped = {item.name for item in resources.bundled_sets()}
    # Then the bundled set is one of them, and it is the one named for the article
    assert BUNDLED.name in shipped
    assert bundled.name == "Caucasus peace talks (2024)"
    assert bundled.article is not None and bundled.article.source == ARTICLE
    assert bundled.description.strip()


def test_it_has_enough_questions_of_every_kind(bundled: SetData) -> None:
    kinds = {q.kind for q in bundled.questions}
    assert len(bundled.questions) >= 40
    assert kinds == set(KINDS)


def test_every_question_is_explained_and_labelled(bundled: SetData) -> None:
    for q in bundled.questions:
        assert q.explanation.strip(), q.uid
        assert q.fact_kind in FACT_KINDS, q.uid
        assert q.fact_key, q.uid
        assert q.tags, q.uid


def test_numeric_questions_carry_a_tolerance(bundled: SetData) -> None:
    numeric = [q for q in bundled.questions if q.kind == "numeric"]
    assert numeric
    assert all(q.tolerance is not None for q in numeric)


def test_every_core_fact_is_the_answer_of_some_question(
    bundled: SetData, shared_article: Callable[[str], Path]
) -> None:
    facts = load_facts(shared_article(FACTS))
    answers = {a.strip().casefold() for q in bundled.questions for a in [q.answer, *q.accepted]}
    missing = [
        fact["about"]
        for fact in facts
        if fact.get("core") and not {n.casefold() for n in fact_names(fact)} & answers
    ]
    assert not missing, f"core facts no question answers: {missing}"


def test_the_set_file_copies_no_run_of_article_words(
    shared_article: Callable[[str], Path],
) -> None:
    article = shared_article(ARTICLE).read_text(encoding="utf-8")
    names = [n for fact in load_facts(shared_article(FACTS)) for n in fact_names(fact)]
    names = [n for n in names if len(n.split()) > 1]  # only multi-word names can form a run
    article_runs = runs(words(article, names, "articlefact"), RUN)
    ours = words(BUNDLED.read_text(encoding="utf-8"), names, "setfact")
    copied = sorted(" ".join(r) for r in runs(ours, RUN) & article_runs)
    assert not copied, f"runs of {RUN} article words in {BUNDLED.name}: {copied}"


def test_the_run_check_catches_a_copied_sentence() -> None:
    # Given an invented "article" and a set text quoting six of its words in a row
    article = words("The harbour master said the ferry left at dawn on Monday.", [], "a")
    copied = words("prompt: Was it true the ferry left at dawn on Monday?", [], "s")
    reworded = words("prompt: Did the boat sail early on Monday?", [], "s")
    # Then the copy is caught and the rewording is not
    assert runs(copied, RUN) & runs(article, RUN)
    assert not runs(reworded, RUN) & runs(article, RUN)


def test_every_question_has_a_short_source_line_naming_its_answer(bundled: SetData) -> None:
    # The feedback shows it under "Source:", the answer marked in it
    for q in bundled.questions:
        assert q.source and len(q.source) <= 160, q.uid
        if q.kind in ("multiple_choice", "short_answer", "cloze", "numeric"):
            answer = q.answer.replace(",", "").casefold()
            assert answer in q.source.replace(",", "").casefold(), q.uid
