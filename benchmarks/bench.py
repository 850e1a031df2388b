"""Every figure of issue 14 beside Anki's, from one run, one table per bank size.

For each size (1,000, 10,000 and 100,000 questions by default), takes the kept
quizapp bank and Anki collection of the same simulated year (bench_banks.py
builds them once into ``benchmarks/.banks/``) and runs, each in its own process
on fresh copies: the data layer against Anki's backend (bench_scheduler.py), the
window's start, first card, next card and memory (bench_startup.py), and closing
and the command line (bench_close_and_cli.py). Then prints one table per size;
where Anki's side cannot run, the table says why.

Run:  make bench                 (or: .venv/bin/python benchmarks/bench.py)
      make bench BENCH_SIZES=1000,10000     .venv/bin/python benchmarks/bench.py --quick
      .venv/bin/python benchmarks/bench.py --markdown benchmarks/results/speed.md
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ARTICLE = HERE.parent.parent / "shared" / "articles" / "caucasus-peace-talks.txt"
Row = tuple[str, str, str, str]  # figure, quizapp, Anki, target


def window_missing() -> str:
    """Why Anki's window figures are absent (its Qt front end, aqt, is a separate package)."""
    try:
        import aqt  # noqa: F401
    except ImportError:
        return "Anki's window (aqt) is not installed here; its library alone has no window"
    return "Anki's window is installed but not driven by this benchmark"


def run_json(script: str, args: list[str]) -> Any:
    """Run one benchmark script in its own process and read the figures it writes."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "figures.json"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        command = [sys.executable, str(HERE / script), *args, "--json", str(out)]
        subprocess.run(command, check=True, env=env)
        return json.loads(out.read_text(encoding="utf-8"))


def secs(value: float | None) -> str:
    if value is None or value != value:  # None or NaN
        return "-"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.2f} ms" if value < 0.01 else f"{value * 1000:.0f} ms"


def spread(values: list[float] | None) -> str:
    if not values:
        return "-"
    return f"{secs(statistics.median(values))} ({secs(min(values))}-{secs(max(values))})"


def data_rows(data: dict[str, Any]) -> list[Row]:
    ours, theirs = data["quizapp"], data.get("anki") or {}

    def row(label: str, key: str, anki_key: str, target: str = "") -> Row:
        return label, secs(ours[key]), secs(theirs.get(anki_key)), target

    ratio = f"{ours['size'] / theirs['size']:.2f} x Anki" if theirs else ""
    return [
        ("bank size for the same history", f"{ours['size'] / 1e6:.0f} MB",
         f"{theirs['size'] / 1e6:.0f} MB" if theirs else "-", f"<= 1.5 x Anki ({ratio})"),
        row("open the bank (library)", "open", "open"),
        row("next due card, whole queue", "queue", "queue"),
        row("record an answer (median of 1,000)", "answer", "answer"),
        row("data layer per answer (intervals + answer)", "screen", "screen", "<= Anki"),
        row("statistics for a year (library)", "stats", "stats"),
    ]  # fmt: skip


def window_rows(app: dict[str, Any]) -> list[Row]:
    rows: list[Row] = [
        ("launch to interactive home screen", secs(app["start"]), "-", "< 0.5 s"),
        ("launch to first review card", secs(app["first_card"]), "-", "< 1 s"),
        ("  the process's CPU time by then", secs(app["first_card_cpu"]), "-", "all threads"),
        ("answer shown after Space, p95", secs(app["reveal_p95"]), "-", ""),
        ("next card shown after the grade, median", secs(app["next_median"]), "-", ""),
        ("next card shown after the grade, p95", secs(app["next_p95"]), "-", "< 5 ms"),
        (
            "  its GUI-thread CPU time, p95",
            secs(app["next_cpu_p95"]),
            "-",
            "what a busy machine cannot add to",
        ),
        ("peak memory at the first card (VmHWM)", f"{app['rss_open']:.0f} MB", "-", "< 150 MB"),
    ]
    if "generation_missing" in app:
        rows.append(("memory after generating in the window", "-", "-",
                     f"not measured: {app['generation_missing']}"))  # fmt: skip
    else:
        rows.append(("memory after generating in the window", f"{app['gen_after']:.0f} MB", "-",
                     f"~{app['gen_before']:.0f} MB (before); in-process: "
                     f"{app['gen_inline']:.0f} MB"))  # fmt: skip
    return rows


def cli_rows(close: dict[str, Any]) -> list[Row]:
    labels = [
        ("close_recent", "Ctrl+Q to exit, a recent backup exists", "< 1 s"),
        ("close_backup", "Ctrl+Q to exit, backing up first", "off the GUI thread"),
        ("version", "quizapp --version", "< 0.15 s"),
        ("help", "quizapp --help", "< 0.15 s"),
        ("sets", "quizapp sets (Anki: open, list decks)", "< 0.5 s"),
        ("stats", "stats --json (Anki: open, a year of stats)", "< Anki"),
        ("floor", "(python -c pass: this machine's floor)", ""),
    ]
    return [(label, spread(close[key][0]), spread(close[key][1]), target)
            for key, label, target in labels]  # fmt: skip


def machine() -> str:
    """The cores and the load now: figures from a busy machine run slower than the app does."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, load average {load}"


def measure(size: int, runs: int, article: Path) -> tuple[list[Row], list[str]]:
    began = machine()
    data = run_json("bench_scheduler.py", ["--sizes", str(size)])[str(size)]
    app = run_json("bench_startup.py", ["--size", str(size), "--runs", str(runs),
                                        "--article", str(article)])  # fmt: skip
    close = run_json("bench_close_and_cli.py", ["--size", str(size), "--runs", str(runs)])
    notes = [f"{data['reviews']:,} reviews in the simulated year; queue cut to Anki's "
             f"{data['quizapp']['due']:.0f} due cards; {runs} runs per process figure "
             f"(median, min-max)"]  # fmt: skip
    ids = data["quizapp"].get("answer_ids")
    if ids:
        notes.append(f"of quizapp's bank, the last week's answer ids (kept so a retried answer "
                     f"is recorded once) take {ids / 1e6:.2f} MB")  # fmt: skip
    if data["anki_missing"]:
        notes.append(f"Anki not measured: {data['anki_missing']}")
    notes.append(f"Anki's window figures: {window_missing()}")
    notes.append(f"machine: {began} at the start, {machine()} at the end")
    return data_rows(data) + window_rows(app) + cli_rows(close), notes


def text_table(size: int, rows: list[Row], notes: list[str]) -> str:
    widths = [max(len(r[i]) for r in [*rows, ("figure", "quizapp", "Anki", "target")])
              for i in range(4)]  # fmt: skip
    lines = [f"\n{size:,} questions"]
    for row in [("figure", "quizapp", "Anki", "target"), *rows]:
        lines.append("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    lines += [f"  {note}" for note in notes]
    return "\n".join(lines)


def markdown_table(size: int, rows: list[Row], notes: list[str]) -> str:
    lines = [f"## {size:,} questions", "", "| figure | quizapp | Anki | target |",
             "|---|---|---|---|", *(f"| {' | '.join(row)} |" for row in rows), ""]  # fmt: skip
    return "\n".join([*lines, *(f"- {note}" for note in notes), ""])


def sizes(text: str) -> list[int]:
    return [int(part) for part in text.replace(",", " ").split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes",
        default=os.environ.get("BENCH_SIZES", "1000,10000,100000"),
        help="bank sizes, e.g. 1000,10000 (default: BENCH_SIZES or all three)",
    )
    parser.add_argument("--quick", action="store_true", help="1,000 and 10,000 questions only")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per process figure")
    parser.add_argument("--article", default=str(ARTICLE), help="the article to generate from")
    parser.add_argument("--markdown", metavar="FILE", help="also write the tables here")
    args = parser.parse_args()
    chosen = [1000, 10000] if args.quick else sizes(args.sizes)
    markdown = []
    for size in chosen:
        rows, notes = measure(size, args.runs, Path(args.article))
        print(text_table(size, rows, notes), flush=True)
        markdown.append(markdown_table(size, rows, notes))
    if args.markdown:
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        head = f"# Speed beside Anki (`make bench`, {when})\n"
        Path(args.markdown).write_text("\n".join([head, *markdown]), encoding="utf-8")


if __name__ == "__main__":
    main()
