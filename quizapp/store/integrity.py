"""Is the bank sound? SQLite's own checks, the app's consistency rules, safe repairs.

:func:`full_check` is ``quizapp check``: ``PRAGMA integrity_check`` plus the
app's rules (rows pointing at missing rows, impossible values, invalid
questions), repairing what can be repaired without guessing; the rules written
as SQL are :mod:`quizapp.store.integrity_rules`. The checks run before a bank
is opened (damaged, emptied or read-only files) live in
:mod:`quizapp.store.filecheck` and are re-exported here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError

from quizapp.questiondata import (
    FACT_KINDS,
    FIELDS,
    KINDS,
    QuestionData,
    kind_problems,
    problems,
    with_fact_kind,
)
from quizapp.store.bank import Bank
from quizapp.store.dberrors import DamagedBankError as DamagedBankError
from quizapp.store.filecheck import check_before_open as check_before_open
from quizapp.store.filecheck import ensure_folder_writable as ensure_folder_writable
from quizapp.store.filecheck import ensure_intact as ensure_intact
from quizapp.store.filecheck import ensure_writable as ensure_writable
from quizapp.store.filecheck import integrity_problems as integrity_problems
from quizapp.store.filecheck import is_empty_file as is_empty_file
from quizapp.store.filecheck import quick_check as quick_check
from quizapp.store.integrity_rules import COVERED_LINKS, RULES

MAX_EXAMPLES = 5


@dataclass
class Finding:
    """One kind of problem the check found, how many rows, and what was done."""

    problem: str
    count: int
    fix: str | None  # how it is (or would be) repaired; None when it needs a person
    repaired: bool = False
    examples: list[str] = field(default_factory=list)  # a few of the rows, for a person

    def describe(self) -> str:
        if self.fix is None:
            text_ = f"{self.problem}: {self.count} (not repaired: needs a person)"
        else:
            done = "repaired" if self.repaired else "can be repaired with --repair"
            text_ = f"{self.problem}: {self.count} ({done}: {self.fix})"
        shown = "".join(f"\n    {e}" for e in self.examples[:MAX_EXAMPLES])
        more = len(self.examples) - MAX_EXAMPLES
        return text_ + shown + (f"\n    ... and {more} more" if more > 0 else "")


@dataclass
class CheckReport:
    """What :func:`full_check` found and did."""

    integrity: list[str] = field(default_factory=list)  # SQLite's complaints; empty when sound
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is left to fix."""
        return not self.integrity and all(f.repaired for f in self.findings)

    def lines(self) -> list[str]:
        """The report, one line per finding."""
        if self.integrity:
            head = [f"SQLite integrity check failed: {m}" for m in self.integrity[:20]]
            return [*head, "the bank was not changed; restore a backup: quizapp restore --latest"]
        if not self.findings:
            return ["integrity check ok; no inconsistencies found"]
        return ["integrity check ok", *(f.describe() for f in self.findings)]


def full_check(bank: Bank, *, repair: bool) -> CheckReport:
    """SQLite's integrity check plus the app's consistency rules; repairs the safe ones.

    A bank that fails SQLite's own check is reported and never written to.
    Repairs run in one transaction. Problems that need a person (invalid
    questions, unexpected foreign keys) are reported, never guessed at.
    """
    report = CheckReport()
    report.integrity = _sqlite_integrity(bank)
    if report.integrity:
        return report
    with bank.engine.connect() as conn:
        try:
            for check in (_check_rules, _check_learners, _check_questions, _check_foreign_keys):
                report.findings.extend(check(conn, repair))
        except BaseException:
            conn.rollback()
            raise
        if repair:
            conn.commit()
        else:
            conn.rollback()
    return report


def _sqlite_integrity(bank: Bank) -> list[str]:
    """SQLite's own complaints (none: sound); PostgreSQL's storage is the server's to check."""
    if bank.engine.dialect.name != "sqlite":
        return []
    try:
        with bank.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").all()
    except DatabaseError as exc:
        return [str(exc.orig or exc)]
    messages = [str(r[0]) for r in rows]
    return [] if messages == ["ok"] else messages


def _count(conn: Connection, sql: str) -> int:
    return int(conn.exec_driver_sql(sql).scalar() or 0)


def _check_rules(conn: Connection, repair: bool) -> list[Finding]:
    found = []
    for rule in RULES:
        count = _count(conn, f"SELECT COUNT(*) FROM {rule.table} WHERE {rule.where}")
        if not count:
            continue
        finding = Finding(rule.problem, count, rule.fix)
        if repair and rule.action is not None:
            conn.exec_driver_sql(rule.statement(conn.dialect))
            finding.repaired = True
        found.append(finding)
    return found


def _check_learners(conn: Connection, repair: bool) -> list[Finding]:
    bad_zone, bad_params = [], []
    for learner_id, zone, params in conn.exec_driver_sql(
        "SELECT id, timezone, fsrs_parameters FROM learner"
    ):
        if not _known_zone(zone):
            bad_zone.append(learner_id)
        if params is not None and not _valid_parameters(params):
            bad_params.append(learner_id)
    found = []
    for ids, problem, assignment, fix in (
        (bad_zone, "learners with an unknown time zone", "timezone = 'UTC'", "set to UTC"),
        (
            bad_params,
            "learners with invalid FSRS parameters",
            "fsrs_parameters = NULL",
            "reset to the defaults",
        ),
    ):
        if not ids:
            continue
        finding = Finding(problem, len(ids), fix)
        if repair:
            for learner_id in ids:
                conn.execute(
                    text(f"UPDATE learner SET {assignment} WHERE id = :id"), {"id": learner_id}
                )
            finding.repaired = True
        found.append(finding)
    return found


def _known_zone(zone: Any) -> bool:
    try:
        ZoneInfo(str(zone))
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _valid_parameters(raw: Any) -> bool:
    try:
        values = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return False
    return values is None or (
        isinstance(values, list)
        and len(values) in (17, 19, 21)
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
    )


_JSON_LISTS = ("choices", "accepted", "pairs", "tags")


def _check_questions(conn: Connection, _repair: bool) -> list[Finding]:
    columns = FIELDS
    select_list = ", ".join(f"q.{c}" for c in columns)
    sql = f"SELECT s.name, {select_list} FROM question q LEFT JOIN questionset s ON s.id = q.set_id"
    examples = []
    for set_name, *row in conn.exec_driver_sql(sql):
        values = dict(zip(columns, row, strict=True))
        found = _question_problems(values)
        if found:
            examples.append(f"{set_name}/{values['uid']}: {found[0]}")
    if not examples:
        return []
    problem = "questions that break their kind's rules"
    return [Finding(problem, len(examples), None, examples=examples)]


def _question_problems(values: dict[str, Any]) -> list[str]:
    try:
        for name in _JSON_LISTS:
            raw = values[name]
            values[name] = json.loads(raw) if isinstance(raw, str) else raw
        kind, fact_kind = values["kind"], values["fact_kind"]
        if kind not in KINDS:
            return [message for _field, message in kind_problems(values["uid"], kind)]
        known_fact = fact_kind if fact_kind in FACT_KINDS else None
        data = QuestionData.from_row(SimpleNamespace(**{**values, "fact_kind": known_fact}))
        return [message for _field, message in with_fact_kind(problems(data), fact_kind)]
    except (ValueError, TypeError, AttributeError, KeyError) as exc:
        return [f"unreadable question: {exc}"]


def _check_foreign_keys(conn: Connection, _repair: bool) -> list[Finding]:
    if conn.dialect.name != "sqlite":
        return []  # PostgreSQL enforces every foreign key itself
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    by_link: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _index in rows:
        by_link[(table, parent)] = by_link.get((table, parent), 0) + 1
    return [
        Finding(f"{table} rows pointing at missing {parent} rows", count, None)
        for (table, parent), count in sorted(by_link.items())
        if (table, parent) not in COVERED_LINKS
    ]
