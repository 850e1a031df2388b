"""How fast Custom study counts and selects its questions on a big bank, on this machine.

Run by hand: ``.venv/bin/python benchmarks/bench_custom_study.py [QUESTIONS]``.
Builds the Browser benchmark's bank (20,000 questions by default, a third learnt,
tags on all) with a few hundred stars and a thousand answers today (a quarter
wrong), then prints the time of
:func:`quizapp.study.custom_study.count` (what the dialog runs at each change) and of
:func:`quizapp.study.custom_study.session_items` per kind, best of a few runs.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench_browser import best, build


def main(total: int) -> None:
    from quizapp.study import custom_study, flags, review_queue
    from quizapp.study.custom_study import CustomKind, CustomStudy

    with tempfile.TemporaryDirectory() as folder:
        bank, ada = build(Path(folder) / "bench.sqlite3", total)
        flags.set_starred(bank, ada, list(range(1, total, 50)), True)
        now = datetime.now(UTC)
        for n, item in enumerate(review_queue.study_queue(bank, ada, now=now, limit=1000)):
            right = n % 4 > 0  # a quarter missed today, the rest due again within days
            answer = review_queue.Answer(3 if right else 1, "", right, 900, now)
            review_queue.record_answer(bank, ada, item.question_id, answer)
        choices = [
            CustomStudy(CustomKind.MORE_NEW),
            CustomStudy(CustomKind.AHEAD, days=60),
            CustomStudy(CustomKind.MISSED, days=30),
            CustomStudy(CustomKind.STARRED),
            CustomStudy(CustomKind.TAG, tag="places"),
        ]
        print(f"{total} questions, all sets")
        for custom in choices:
            counted = best(lambda c=custom: custom_study.count(bank, ada, c, now=now))
            line = f"  {custom.kind.value:<9} count {counted * 1000:7.1f} ms"
            if custom.kind is not CustomKind.MORE_NEW:
                found = custom_study.count(bank, ada, custom, now=now)
                taken = best(lambda c=custom: custom_study.session_items(bank, ada, c, now=now))
                asked = min(found, custom_study.SESSION_LIMIT)
                line += f"   session ({asked:>3} of {found:>5}): {taken * 1000:7.1f} ms"
            print(line)
        bank.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
