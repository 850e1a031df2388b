"""The generator's questions on our test articles, as sheets a reviewer can judge.

Run by hand::

    PYTHONPATH=. .venv/bin/python benchmarks/generator_quality.py [--label NAME] [--max N]

For every article in ``tests/core/texts`` (and the shared article, when present)
it writes ``benchmarks/results/NAME/<article>.md``: the article's title and
length, then each question as a learner would see it with its key, so that a
reviewer who sees only the article and the sheet can judge it with the rubric
of ``../shared/notes/question-quality.md``. Each sheet ends with mechanical
figures (questions per 100 words, kinds, core facts asked, and what the
checks below find). ``summary.md`` adds the totals and the time per article.

The checks here are the benchmark's own, written apart from the generator's,
so that they can catch what the generator lets through: a form of the answer
in its prompt, a weekday as an answer, a true/false statement over 25 words,
two questions on one fact, a choice that is another name of the answer, and
choices of different shapes (a year beside a word, digits beside words).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "tests" / "core" / "texts"
# ../shared from the project's root; a git worktree one level deeper finds it one up
SHARED = next(
    (
        p / "shared" / "articles" / "caucasus-peace-talks.txt"
        for p in ROOT.parents
        if (p / "shared" / "articles" / "caucasus-peace-talks.txt").exists()
    ),
    ROOT.parent / "shared" / "articles" / "caucasus-peace-talks.txt",
)
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MAX_STATEMENT_WORDS = 25


def articles() -> list[Path]:
    """The articles with a facts file: ours, then the shared one when present."""
    own = sorted(p for p in TEXTS.iterdir() if p.suffix in (".txt", ".md"))
    return [*own, SHARED] if SHARED.exists() else own


def fold(text: str) -> str:
    text = re.sub(r"[^\w\s%]", " ", text.casefold())
    text = " ".join(text.split())
    return re.sub(r"^(the|a|an) ", "", text)


def answer_forms(q: dict[str, Any]) -> set[str]:
    forms = {str(q["answer"]), *(q.get("accepted") or [])}
    if q.get("fact_type") == "person":
        forms |= {f.split()[-1] for f in list(forms) if " " in f}
    return {f for f in forms if f.strip()}


def shape(text: str) -> str:
    """Digits, words, a year: the form of a choice without its value."""
    if re.fullmatch(r"\d{4}", text):
        return "year"
    plain = re.sub(r"\d[\d,.]*", "#", text)
    return "number" if plain == "#" else ("number+words" if "#" in plain else "words")


def problems(q: dict[str, Any], facts: list[dict[str, Any]]) -> list[str]:
    """What the mechanical checks find wrong with one question."""
    found = []
    prompt = fold(q["prompt"])
    if q["kind"] not in ("true_false", "ordering", "matching"):
        for form in answer_forms(q):
            if re.search(rf"(?<!\w){re.escape(fold(form))}(?!\w)", prompt) and fold(form):
                found.append(f"leak: '{form}' stands in the prompt")
    if fold(str(q["answer"])) in WEEKDAYS:
        found.append("trivia: a weekday as the answer")
    if q["kind"] == "true_false":
        words = len(q["prompt"].removeprefix("True or false? ").split())
        if words > MAX_STATEMENT_WORDS:
            found.append(f"long statement: {words} words")
    choices = q.get("choices") or []
    if q["kind"] == "multiple_choice" and choices:
        if len({shape(c) for c in choices}) > 1:
            found.append("type clash: choices of different shapes")
        names = _aliases_of(str(q["answer"]), facts)
        for c in choices:
            if c != q["answer"] and fold(c) in names:
                found.append(f"alias among choices: '{c}'")
    return found


def _aliases_of(answer: str, facts: list[dict[str, Any]]) -> set[str]:
    folded = fold(answer)
    names = {folded}
    for f in facts:
        forms = {fold(f["answer"]), *(fold(a) for a in f["aliases"])}
        if folded in forms:
            names |= forms
    if " " in answer:
        names.add(fold(answer.split()[-1]))
    return names


def covered(fact: dict[str, Any], questions: list[dict[str, Any]]) -> bool:
    forms = {fold(fact["answer"]), *(fold(a) for a in fact["aliases"])}
    return any(fold(f) in forms for q in questions for f in answer_forms(q))


def sheet(
    name: str, path: Path, text: str, questions: list[dict[str, Any]], facts: list[Any]
) -> str:
    words = len(text.split())
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else Path("../shared") / path.name
    lines = [f"# {name}", "", f"Article: `{where}`. {words} words, {len(questions)} questions."]
    lines += ["Fill each Verdict with acceptable, minor edit or reject (see README.md).", ""]
    for i, q in enumerate(questions, 1):
        lines += [f"## {i}. {q['kind'].replace('_', ' ')}", "", q["prompt"], ""]
        for c in q.get("choices") or []:
            mark = "**(key)**" if c == q["answer"] else ""
            lines.append(f"- {c} {mark}".rstrip())
        if q.get("pairs"):
            lines += [f"- {a} → {b}" for a, b in q["pairs"]]
        key = q["answer"] if not isinstance(q["answer"], list) else " → ".join(q["answer"])
        lines.append("")
        lines.append(f"Key: {key}")
        if q.get("accepted"):
            lines.append("Also accepted: " + "; ".join(q["accepted"]))
        if q.get("tolerance"):
            lines.append(f"Tolerance: ± {q['tolerance']:g}")
        lines += ["", "Verdict: ______", ""]
    lines += figures(text, questions, facts)
    return "\n".join(lines) + "\n"


def figures(text: str, questions: list[dict[str, Any]], facts: list[Any]) -> list[str]:
    words = len(text.split())
    kinds = Counter(q["kind"] for q in questions)
    core = [f for f in facts if f["core"]]
    asked = [f for f in core if covered(f, questions)]
    keys = Counter(q["fact_key"] for q in questions)
    found = [(i, p) for i, q in enumerate(questions, 1) for p in problems(q, facts)]
    found += [(0, f"duplicate fact: {k} asked {n} times") for k, n in keys.items() if n > 1]
    out = ["---", "", "## Mechanical figures", ""]
    out.append(f"- questions per 100 words: {100 * len(questions) / max(words, 1):.1f}")
    out.append("- kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    out.append(f"- core facts asked: {len(asked)} of {len(core)}")
    missed = [f["answer"] for f in core if f not in asked]
    if missed:
        out.append("- core facts not asked: " + "; ".join(missed))
    out.append(f"- problems found by the checks: {len(found)}")
    out += [f"  - Q{i}: {p}" if i else f"  - {p}" for i, p in found]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--label", default="latest", help="results go to benchmarks/results/LABEL")
    parser.add_argument("--max", type=int, default=None, help="questions per article")
    args = parser.parse_args()
    from quizapp.generator import generate, read_article
    from quizapp.generator.nlp import get_nlp

    get_nlp()
    out_dir = ROOT / "benchmarks" / "results" / args.label
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for path in articles():
        article = read_article(path)
        facts = json.loads(path.with_suffix(".facts.json").read_text(encoding="utf-8"))["facts"]
        start = time.perf_counter()
        made = _generate(generate, article.text, args.max)
        elapsed = time.perf_counter() - start
        questions = [q.to_json() for q in made]
        (out_dir / f"{path.stem}.md").write_text(
            sheet(article.title or path.stem, path, article.text, questions, facts),
            encoding="utf-8",
        )
        rows.append(_row(path, article.text, questions, facts, elapsed))
        print(rows[-1])
    speed = _speed(generate)
    print(speed)
    (out_dir / "summary.md").write_text(_summary(rows) + "\n" + speed + "\n", encoding="utf-8")
    print(f"sheets in {out_dir}")


def _generate(generate: Any, text: str, most: int | None) -> Any:
    try:
        return generate(text, max_questions=most)
    except TypeError:  # a generator from before max_questions existed
        return generate(text)


def _speed(generate: Any) -> str:
    """The benchmark line of issue 16: a 3 KB article, after the model is loaded."""
    from quizapp.generator import read_article

    text = " ".join(read_article(p).text for p in articles())
    text = text[: text.rfind(". ", 0, 3000) + 1]
    best = min(_timed(generate, text) for _ in range(5))
    return f"{len(text.encode()) / 1000:.1f} KB article after the model is loaded: {best:.2f} s"


def _timed(generate: Any, text: str) -> float:
    start = time.perf_counter()
    generate(text)
    return time.perf_counter() - start


def _row(path: Path, text: str, questions: list[Any], facts: list[Any], elapsed: float) -> str:
    core = [f for f in facts if f["core"]]
    asked = sum(covered(f, questions) for f in core)
    found = sum(len(problems(q, facts)) for q in questions)
    dupes = sum(n - 1 for n in Counter(q["fact_key"] for q in questions).values())
    per100 = 100 * len(questions) / len(text.split())
    return (
        f"| {path.stem} | {len(text.split())} | {len(questions)} | {per100:.1f} | "
        f"{asked}/{len(core)} | {found + dupes} | {elapsed * 1000:.0f} ms |"
    )


def _summary(rows: list[str]) -> str:
    head = [
        "| article | words | questions | per 100 words | core facts asked | problems | time |",
        "|---|---|---|---|---|---|---|",
    ]
    return "\n".join(head + rows) + "\n"


if __name__ == "__main__":
    main()
