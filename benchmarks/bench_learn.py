"""How fast Learn mode prepares a big set and builds each multiple choice, on this machine.

Run by hand: ``.venv/bin/python benchmarks/bench_learn.py [QUESTIONS]`` (3,000 by
default). Makes a set of every kind in memory (no bank), then prints the time to
work out the forms (:func:`quizapp.study.learn_forms.ladders`) of the first round's
questions (when Learn starts) and of every question (each is worked out when it is
first asked), and to build one multiple choice from the set's other answers
(:func:`quizapp.study.learn_forms.asked`, done at each question).
"""

from __future__ import annotations

import random
import sys
import time

from quizapp.questiondata import FactKind, QuestionData, QuestionKind
from quizapp.study.learn import ROUND_SIZE, Form
from quizapp.study.learn_forms import LearnQuestion, asked, ladders

KINDS = [
    QuestionKind.SHORT_ANSWER, QuestionKind.CLOZE, QuestionKind.MULTIPLE_CHOICE,
    QuestionKind.NUMERIC, QuestionKind.FLASHCARD, QuestionKind.TRUE_FALSE,
]  # fmt: skip
ASKED = 100


def make_set(total: int, rng: random.Random) -> list[LearnQuestion]:
    found = []
    for i in range(total):
        kind = KINDS[i % len(KINDS)]
        if kind == QuestionKind.NUMERIC:
            answer = str(rng.randint(1, 10**6))
        elif kind == QuestionKind.TRUE_FALSE:
            answer = "true"
        else:
            answer = f"answer {i} word{rng.randint(0, 99)}"
        choices = [answer, f"other {i}"] if kind == QuestionKind.MULTIPLE_CHOICE else None
        fact = FactKind.DATE if i % 3 else None
        data = QuestionData(f"q{i}", kind, f"Prompt {i} ___", answer, choices, fact_kind=fact)
        found.append(LearnQuestion(i, data))
    return found


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(1)
    questions = make_set(total, rng)
    start = time.perf_counter()
    forms = ladders(questions)
    first_round = [forms[q.question_id] for q in questions[:ROUND_SIZE]]
    took = (time.perf_counter() - start) * 1000
    print(f"{total} questions: the first round's forms in {took:.1f} ms")
    start = time.perf_counter()
    every = dict(forms)
    took = time.perf_counter() - start
    print(f"every question's forms (read as each is first asked) in {took:.2f} s")
    assert len(first_round) == ROUND_SIZE and len(every) == total
    pool = [q.question for q in questions]
    choices = [q for q in questions if forms[q.question_id].easy is Form.CHOICE][:ASKED]
    start = time.perf_counter()
    for item in choices:
        asked(item.question, Form.CHOICE, pool, rng)
    each = (time.perf_counter() - start) / max(1, len(choices)) * 1000
    print(f"one multiple choice built from the set's answers: {each:.1f} ms")


if __name__ == "__main__":
    main()
