"""Where each core fact of the test articles is lost, for a developer's eyes.

Run by hand::

    PYTHONPATH=. .venv/bin/python benchmarks/fact_fates.py [ARTICLE-NAME-PART ...]

For every core fact (``tests/core/texts/*.facts.json``) not asked by the generated set it
prints the facts the generator found for it (none: the extraction missed it), each with its
weight, rank and trivia reason, and every candidate question of each with its fate: refused
as a trivial gap, for an unnamed person, by a check (``defects``), or left to the selection
(whose reason, when it passed the fact over, is printed after it: its topic already asked,
its sentence full, or another question of the sentence showing its answer; "never offered"
when the set was full before its turn).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from benchmarks.generator_quality import answer_forms, articles, fold
from quizapp.generator import pipeline, ranking, read_article, selection
from quizapp.generator.checks.checks import defects, unnamed_person
from quizapp.generator.naming.naming import Namer
from quizapp.generator.synthesis import fact_questions

SKIPPED: dict[str, str] = {}  # fact key -> why the selection passed it over
BUILT: dict[str, list[Any]] = {}  # fact key -> its questions as the pipeline named them


def _traced_gap_check(original: Any) -> Any:
    def check(q: Any, fact: Any, *rest: Any) -> bool:
        BUILT.setdefault(fact.key, []).append(q)  # after the pipeline put names back
        return bool(original(q, fact, *rest))

    return check


def _traced_offer(original: Any) -> Any:
    def offer(chooser: Any, options: list[Any]) -> None:
        before = len(chooser.kept)
        first = options[0]
        why = ""
        entity = first.fact.entity
        if first.about in chooser.topics:
            why = "its topic is asked already"
        elif entity is not None and id(entity) in chooser.entities and not chooser.second:
            why = "its actor is asked already (one question per actor)"
        elif not any(chooser._allowed(c) for c in options):
            why = "its sentence is full or another question shows its answer"
        original(chooser, options)
        if len(chooser.kept) == before:
            for c in options:
                SKIPPED.setdefault(c.fact.key, why or "a better kind was chosen elsewhere")

    return offer


def main(only: list[str]) -> None:
    selection._Chooser.offer = _traced_offer(selection._Chooser.offer)  # type: ignore[method-assign]
    trivial_gap = pipeline._trivial_gap
    pipeline._trivial_gap = _traced_gap_check(trivial_gap)  # type: ignore[assignment]
    for path in articles():
        if only and not any(o in path.stem for o in only):
            continue
        SKIPPED.clear()
        BUILT.clear()
        article = read_article(path)
        core = [f for f in json.loads(path.with_suffix(".facts.json").read_text())["facts"]]
        core = [f for f in core if f["core"]]
        analysis = pipeline.analyse(article.text)
        limit = selection.default_count(len(article.text.split()))
        asked = [q.to_json() for q in pipeline.questions_from(analysis, limit)]
        facts = analysis.facts
        subject = pipeline._subject(analysis)
        main_ids = {id(e) for e in ranking.main_actors(facts)}
        lead, recurs = ranking.lead_sentences(facts), ranking.recurring(facts)
        weight = ranking.weights(facts, recurs, lead, subject)
        ranked = sorted(facts, key=lambda f: (-weight[id(f)], f.sentence.index, f.start))
        people = pipeline._people(analysis.entities)
        namer = Namer(analysis.sentences, analysis.entities, facts, subject)
        print(f"=== {path.stem}: {len(asked)} of {limit} asked; subject {subject and subject.name}")
        # the selection stops offering facts once the set is full: the rest are never offered
        unoffered = "never offered (the set was full)" if len(asked) >= limit else "?"
        for c in core:
            forms = {fold(c["answer"]), *(fold(a) for a in c["aliases"])}
            if any(fold(a) in forms for q in asked for a in answer_forms(q)):
                continue
            print(f"  not asked: {c['answer']} ({c['about']})")
            found = [f for f in facts if fold(f.answer) in forms or fold(f.surface) in forms]
            if not found:
                print("    no fact found")
            for f in found:
                why = ranking.trivia(f, subject)
                print(
                    f"    s{f.sentence.index} {f.kind}/{f.type} weight {weight[id(f)]:.2f} rank "
                    f"{ranked.index(f)}" + (f" trivia: {why}" if why else "")
                )
                if why:
                    continue
                questions = BUILT.get(f.key, [])  # as named by the pipeline ("she" -> Curie)
                if not questions and fact_questions(f, facts):  # never weighed: named here
                    questions = [namer.named(q, f) for q in fact_questions(f, facts)]
                    print("      not among the facts the pipeline weighs (too low a rank)")
                elif not questions:
                    print("      no question form")
                for q in questions:
                    if trivial_gap(q, f, main_ids, subject, facts):
                        fate = "a trivial gap"
                    elif unnamed_person(q, people):
                        fate = "an unnamed person"
                    elif defects(q, f):
                        fate = "; ".join(defects(q, f))
                    else:
                        fate = "selection: " + SKIPPED.get(f.key, unoffered)
                    print(f"      [{q.kind}] {q.prompt[:90]} -> {fate}")


if __name__ == "__main__":
    main(sys.argv[1:])
