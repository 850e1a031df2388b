"""Peak memory and time of importing big files, each just under the 20 MiB limit (issue 19.8).

Writes hostile-but-legal files (many tiny questions, or many tiny XML elements)
into a temporary folder, then imports each one in a fresh Python process into a
new bank and prints that process's peak resident memory (``VmHWM`` of
``/proc/self/status``), the time taken and the outcome (questions imported, or
the one-line refusal). Linux only.

Run by hand:  .venv/bin/python benchmarks/bench_import_memory.py [--only NAME]
Target: every file imports, or is refused, within a few hundred MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

LIMIT = 20 * 1024 * 1024 - 64 * 1024  # just under the import limit

CHILD = """
import json, sys, time
from quizapp.content import interchange
from quizapp.store.bank import open_bank
from quizapp.errors import QuizappError

def peak_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0

bank = open_bank(sys.argv[2])
start = time.perf_counter()
try:
    report = interchange.import_file(bank, sys.argv[1], skip_bad=sys.argv[3] == "skip")
    outcome = f"imported {report.imported}, skipped {len(report.skipped)}"
except QuizappError as exc:
    outcome = "refused: " + str(exc).splitlines()[0].replace(sys.argv[1], "FILE")
print(json.dumps({"peak_mb": peak_mb(), "seconds": time.perf_counter() - start,
                  "outcome": outcome}))
"""


def _fill(path: Path, head: str, item: Callable[[int], str], tail: str = "") -> int:
    """Write ``head``, items until the file is near the limit, then ``tail``; the item count."""
    size, count = len(head) + len(tail), 0
    with path.open("w", encoding="utf-8") as out:
        out.write(head)
        while True:
            text = item(count)
            if size + len(text) > LIMIT:
                break
            out.write(text)
            size += len(text)
            count += 1
        out.write(tail)
    return count


def gift_tiny(path: Path) -> int:
    return _fill(path, "", lambda n: f"q{n}{{T}}\n\n")


def gift_errors(path: Path) -> int:
    return _fill(path, "", lambda n: f"q{n}{{#x}}\n\n")


def xml_tiny_questions(path: Path) -> int:
    item = '<question type="truefalse"><questiontext><text>q</text></questiontext>' \
        '<answer fraction="100"><text>true</text></answer></question>\n'  # fmt: skip
    return _fill(path, "<quiz>\n", lambda _n: item, "</quiz>\n")


def xml_tiny_elements(path: Path) -> int:
    head = '<quiz><question type="truefalse"><questiontext><text>q</text></questiontext>'
    return _fill(path, head, lambda _n: "<a/>", "</question></quiz>\n")


def csv_tiny(path: Path) -> int:
    return _fill(path, "", lambda n: f"f{n},b\n")


def aiken_tiny(path: Path) -> int:
    return _fill(path, "", lambda n: f"Q{n}\nA) a\nB) b\nANSWER: A\n")


def yaml_tiny(path: Path) -> int:
    head = "format: quizapp-set/1\nname: big\nquestions:\n"
    return _fill(
        path, head, lambda n: f"- {{id: q{n}, kind: true_false, prompt: p, answer: true}}\n"
    )


PROSE = "The river rises in the hills and flows east to the sea. " * 16  # about 1 KB


def gift_full(path: Path) -> int:
    return _fill(path, "", lambda n: f"::q{n}::{PROSE}{{={PROSE[:300]} ~{PROSE[:200]}}}\n\n")


def xml_full(path: Path) -> int:
    item = '<question type="multichoice"><questiontext format="html"><text>' + PROSE + \
        '</text></questiontext><answer fraction="100"><text>' + PROSE[:300] + '</text></answer>' \
        '<answer fraction="0"><text>' + PROSE[:200] + '</text></answer></question>\n'  # fmt: skip
    return _fill(path, "<quiz>\n", lambda _n: item, "</quiz>\n")


def yaml_full(path: Path) -> int:
    head = "format: quizapp-set/1\nname: big\nquestions:\n"
    return _fill(path, head, lambda n: f"- id: q{n}\n  kind: flashcard\n  prompt: {PROSE}\n"
                 f"  answer: {PROSE[:300]}\n")  # fmt: skip


FILES: dict[str, tuple[str, Callable[[Path], int], str]] = {
    "gift: tiny questions": ("tiny.gift", gift_tiny, "all"),
    "gift: tiny bad questions, --skip-bad": ("bad.gift", gift_errors, "skip"),
    "moodle xml: tiny questions": ("tiny.xml", xml_tiny_questions, "all"),
    "moodle xml: one question, tiny elements": ("elements.xml", xml_tiny_elements, "all"),
    "csv: tiny rows": ("tiny.csv", csv_tiny, "all"),
    "aiken: tiny questions": ("tiny.aiken", aiken_tiny, "all"),
    "yaml: tiny questions": ("tiny.yaml", yaml_tiny, "all"),
    "gift: 1 KB questions": ("full.gift", gift_full, "all"),
    "moodle xml: 1 KB questions": ("full.xml", xml_full, "all"),
    "yaml: 1 KB questions": ("full.yaml", yaml_full, "all"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run only the files whose name contains this")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as folder:
        for label, (name, make, mode) in FILES.items():
            if args.only and args.only not in label:
                continue
            path = Path(folder) / name
            items = make(path)
            bank = Path(folder) / f"{name}.sqlite3"
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(path), str(bank), mode],
                capture_output=True, text=True, cwd=root, check=False,
            )  # fmt: skip
            if done.returncode:
                print(f"{label}: failed after {time.perf_counter() - started:.0f} s: "
                      f"{done.stderr.strip().splitlines()[-1:]}")  # fmt: skip
                continue
            got = json.loads(done.stdout.strip().splitlines()[-1])
            size = path.stat().st_size / 1e6
            print(f"{label:42} {size:5.1f} MB, {items:>9,} items: peak {got['peak_mb']:6.0f} MB, "
                  f"{got['seconds']:6.1f} s, {got['outcome']}")  # fmt: skip
            path.unlink()


if __name__ == "__main__":
    main()
