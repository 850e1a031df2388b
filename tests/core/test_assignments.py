"""Set work: the teacher assigns a set (due day, quiz length, pass mark); who did it, and how."""

from __future__ import annotations

import csv
import json
import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from quizapp.cli import main
from quizapp.content import sets
from quizapp.errors import QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank
from quizapp.study import assignments, learners, quiz
from quizapp.study.answering import Answer
from quizapp.study.assignments import AssignmentInfo, WorkState
from quizapp.study.quiz_options import QuizOptions

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
TODAY = date(2026, 3, 2)
DUE = date(2026, 3, 6)


def _set(bank: Bank, name: str, size: int) -> None:
    questions = [QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"{name} {i}?",
                              answer=f"a{i}") for i in range(size)]  # fmt: skip
    sets.add_set(bank, SetData(name=name, questions=questions))


def take(bank: Bank, learner_id: int, work: AssignmentInfo, right: int, at: datetime) -> None:
    """Take the assignment's quiz, getting the first ``right`` questions right."""
    run = assignments.start_assigned(bank, learner_id, work, now=at, rng=random.Random(1))
    for n, item in enumerate(run.items):
        quiz.record_quiz_answer(
            bank, run.attempt_id, item.question_id, Answer(3, "x", n < right, 1000, at)
        )
    quiz.finish_quiz(bank, run.attempt_id, now=at + timedelta(minutes=2))


def test_assign_change_and_unassign(bank: Bank) -> None:
    # Given two sets
    _set(bank, "Rivers", 10)
    _set(bank, "Capitals", 3)
    # When the teacher assigns both, Rivers with a length and a pass mark
    rivers, new = assignments.assign(bank, "Rivers", DUE, quiz_length=4, pass_mark=70,
                                     today=TODAY, now=NOW)  # fmt: skip
    assert new and (rivers.due_on, rivers.length, rivers.pass_mark) == (DUE, 4, 70)
    capitals, _ = assignments.assign(bank, "Capitals", TODAY, today=TODAY, now=NOW)
    # Then both are listed, the soonest due first; without a length the quiz asks every question
    assert [a.set_name for a in assignments.list_assignments(bank)] == ["Capitals", "Rivers"]
    assert (capitals.quiz_length, capitals.length, capitals.pass_mark) == (None, 3, None)
    # Assigning again changes it (still one assignment per set)
    again, new = assignments.assign(bank, "Rivers", DUE + timedelta(days=7), quiz_length=20,
                                    today=TODAY, now=NOW)  # fmt: skip
    assert not new and again.id == rivers.id
    assert (again.due_on, again.length, again.pass_mark) == (DUE + timedelta(days=7), 10, None)
    assert len(assignments.list_assignments(bank)) == 2
    # Unassigning takes it off the list
    assert assignments.unassign(bank, "Capitals").set_name == "Capitals"
    assert [a.set_name for a in assignments.list_assignments(bank)] == ["Rivers"]


def test_bad_assignments_are_refused_in_one_line(bank: Bank) -> None:
    _set(bank, "Rivers", 3)
    for kwargs, said in (
        ({"set_name": "Nope", "due_on": DUE}, "no set called 'Nope'"),
        ({"set_name": "Rivers", "due_on": TODAY - timedelta(days=1)}, "already past"),
        ({"set_name": "Rivers", "due_on": DUE, "quiz_length": 0}, "quiz length is 1 to 200"),
        ({"set_name": "Rivers", "due_on": DUE, "pass_mark": 101}, "pass mark is 1 to 100"),
        ({"set_name": "Rivers", "due_on": DUE, "pass_mark": 0}, "pass mark is 1 to 100"),
    ):
        with pytest.raises(QuizappError, match=said):
            assignments.assign(bank, today=TODAY, now=NOW, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(QuizappError, match="'Rivers' is not assigned"):
        assignments.unassign(bank, "Rivers")
    with pytest.raises(QuizappError, match=r"^no set called 'Nope' \(sets: .*'Rivers'"):
        assignments.unassign(bank, "Nope")  # the sets listed, as every command does
    with pytest.raises(QuizappError, match="YYYY-MM-DD"):
        assignments.parse_due("6/3/2026")
    assert assignments.parse_due(" 2026-03-06 ") == DUE
    assert assignments.list_assignments(bank) == []


def test_every_pass_mark_an_assignment_takes_its_quiz_takes_too(bank: Bank) -> None:
    _set(bank, "Rivers", 3)
    for mark in (1, 100, None):
        made, _ = assignments.assign(bank, "Rivers", DUE, pass_mark=mark, today=TODAY, now=NOW)
        assert made.quiz_options().pass_mark == mark
    for mark in (0, 101):
        with pytest.raises(QuizappError, match="pass mark is 1 to 100"):
            assignments.assign(bank, "Rivers", DUE, pass_mark=mark, today=TODAY, now=NOW)
        with pytest.raises(QuizappError, match="pass mark is 1 to 100"):
            QuizOptions(pass_mark=mark)


@pytest.mark.parametrize(("right", "state"), [(25, WorkState.FAILED), (26, WorkState.PASSED)])
def test_passed_or_not_is_one_rule_for_the_results_and_the_class(
    bank: Bank, right: int, state: WorkState
) -> None:
    # Given an assignment of 41 questions with a pass mark of 61 %
    _set(bank, "Rivers", 41)
    work, _ = assignments.assign(bank, "Rivers", DUE, pass_mark=61, today=TODAY, now=NOW)
    ann = learners.create_learner(bank, "Ann").id
    # When Ann gets 25 right (60.98 %, shown as 61.0 %) or 26 (63.4 %)
    run, options = assignments.start_assigned_quiz(bank, ann, work, now=NOW)
    for n, item in enumerate(run.items):
        quiz.record_quiz_answer(
            bank, run.attempt_id, item.question_id, Answer(3, "x", n < right, 1000, NOW)
        )
    result = quiz.finish_quiz(bank, run.attempt_id, now=NOW + timedelta(minutes=2))
    # Then her results page and the class's work (its CSV and JSON too) say the same
    (report,) = assignments.class_work(bank)
    assert report.work[0].state is state
    assert options.passed(result.score, result.total) is (state is WorkState.PASSED)
    assert assignments.work_rows([report])[1][5] == str(state)
    (learner,) = assignments.as_json([report])[0]["learners"]
    assert learner["passed"] is (state is WorkState.PASSED)
    assert learner["best_percent"] == round(100 * right / 41, 1)


def test_a_quiz_stopped_before_any_answer_is_only_started(bank: Bank) -> None:
    # Given an assignment without a pass mark
    _set(bank, "Rivers", 3)
    work, _ = assignments.assign(bank, "Rivers", DUE, today=TODAY, now=NOW)
    ann = learners.create_learner(bank, "Ann").id
    # When Ann starts its quiz and stops it at once (Esc, Stop and see the score)
    run = assignments.start_assigned(bank, ann, work, now=NOW)
    quiz.finish_quiz(bank, run.attempt_id, now=NOW + timedelta(seconds=5))
    # Then it is started, not done, in the class's work and on her home
    (report,) = assignments.class_work(bank)
    assert (report.work[0].state, report.work[0].attempts, report.work[0].finished) == (
        WorkState.STARTED, 0, False)  # fmt: skip
    (mine,) = assignments.my_work(bank, ann, now=NOW)
    assert mine.work.state is WorkState.STARTED and not mine.work.finished
    # And one answer before stopping is enough to have done it
    take(bank, ann, work, 0, NOW + timedelta(minutes=5))
    (report,) = assignments.class_work(bank)
    assert (report.work[0].state, report.work[0].attempts) == (WorkState.DONE, 1)


def test_a_quiz_that_cannot_be_taken_writes_no_attempt(bank: Bank) -> None:
    # Given an assignment whose pass mark was written out of range by hand
    _set(bank, "Rivers", 3)
    work, _ = assignments.assign(bank, "Rivers", DUE, pass_mark=50, today=TODAY, now=NOW)
    with bank.engine.begin() as conn:
        conn.execute(update(assignments.ASSIGNMENTS).values(pass_mark=150))
    ann = learners.create_learner(bank, "Ann").id
    # When Ann starts it, then it is refused in one line and no attempt is left behind
    with pytest.raises(QuizappError, match="a pass mark is 1 to 100 percent, not 150"):
        assignments.start_assigned_quiz(bank, ann, work, now=NOW)
    with bank.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(quiz.ATTEMPTS)).scalar_one() == 0


def test_a_pass_mark_of_0_stored_by_an_older_quizapp_is_no_pass_mark(bank: Bank) -> None:
    # Given an assignment stored with a pass mark of 0 % (an older quizapp allowed it)
    _set(bank, "Rivers", 3)
    work, _ = assignments.assign(bank, "Rivers", DUE, pass_mark=50, today=TODAY, now=NOW)
    with bank.engine.begin() as conn:
        conn.execute(update(assignments.ASSIGNMENTS).values(pass_mark=0))
    ann = learners.create_learner(bank, "Ann").id
    # When Ann starts it, Then her quiz starts, asked without a pass mark
    run, options = assignments.start_assigned_quiz(bank, ann, work, now=NOW)
    assert run.items and options.pass_mark is None


def test_class_work_tells_who_did_it_their_best_score_and_who_has_not_started(
    bank: Bank, tmp_path: Path
) -> None:
    # Given an assignment of 4 questions with a pass mark of 70 %, and four learners
    _set(bank, "Rivers", 10)
    work, _ = assignments.assign(bank, "Rivers", DUE, quiz_length=4, pass_mark=70,
                                 today=TODAY, now=NOW)  # fmt: skip
    ids = {n: learners.create_learner(bank, n).id for n in ("Ann", "Ben", "Cleo", "Dan")}
    # When Ann passes at her second go, Ben fails, Cleo starts without finishing, Dan does nothing
    take(bank, ids["Ann"], work, 2, NOW)
    take(bank, ids["Ann"], work, 3, NOW + timedelta(hours=1))
    take(bank, ids["Ben"], work, 1, NOW)
    assignments.start_assigned(bank, ids["Cleo"], work, now=NOW)
    # A quiz on the set that is not the assignment's, and a retry of misses, do not count
    plain = quiz.start_quiz(bank, ids["Dan"], set_id=work.set_id, size=4, now=NOW)
    quiz.finish_quiz(bank, plain.attempt_id, now=NOW)
    missed = quiz.retry_missed(bank, _last_attempt(bank, ids["Ben"]), now=NOW)
    assert missed is not None
    quiz.finish_quiz(bank, missed.attempt_id, now=NOW)

    # Then the class's work on it says so, learner by learner
    (report,) = assignments.class_work(bank)
    seen = [(w.name, w.state, w.attempts, w.best) for w in report.work]
    assert seen == [
        ("Ann", WorkState.PASSED, 2, 75.0),
        ("Ben", WorkState.FAILED, 1, 25.0),
        ("Cleo", WorkState.STARTED, 0, None),
        ("Dan", WorkState.NOT_STARTED, 0, None),
    ]
    assert report.work[0].finished_at == NOW + timedelta(minutes=2)  # her first finished quiz
    assert report.count(WorkState.PASSED, WorkState.FAILED) == 2
    # And the CSV holds the same, one row per learner
    path = assignments.write_csv([report], tmp_path / "work.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:6] == ["set", "due", "questions", "pass mark %", "learner", "state"]
    assert rows[1] == ["Rivers", "2026-03-06", "4", "70", "Ann", "passed", "75", "2",
                       "2026-03-02 09:02"]  # fmt: skip
    assert rows[4][4:8] == ["Dan", "not started", "", "0"]
    listed = assignments.as_json([report])[0]["learners"]
    assert [(x["learner"], x["passed"], x["finished"]) for x in listed] == [
        ("Ann", True, True), ("Ben", False, True), ("Cleo", None, False), ("Dan", None, False)
    ]  # fmt: skip


def _last_attempt(bank: Bank, learner_id: int) -> int:
    from sqlalchemy import func, select

    from quizapp.study.studydb import ATTEMPTS

    with bank.engine.connect() as conn:
        query = select(func.max(ATTEMPTS.c.id)).where(ATTEMPTS.c.learner_id == learner_id)
        return int(conn.execute(query).scalar_one())


def test_a_learners_own_work_left_to_do_first_and_overdue_on_their_own_day(bank: Bank) -> None:
    # Given three assignments, and a learner in Tokyo whose day starts at 4
    for name, size in (("Rivers", 5), ("Capitals", 3), ("Peaks", 2)):
        _set(bank, name, size)
    rivers, _ = assignments.assign(bank, "Rivers", DUE, today=TODAY, now=NOW)
    assignments.assign(bank, "Capitals", TODAY, today=TODAY, now=NOW)
    assignments.assign(bank, "Peaks", date(2026, 3, 3), pass_mark=50, today=TODAY, now=NOW)
    kai = learners.create_learner(bank, "Kai", timezone="Asia/Tokyo").id
    take(bank, kai, rivers, 5, NOW)  # done first, though due last... shown last
    # When she looks on 3 March at 20:00 UTC (4 March 05:00 in Tokyo: a new day there)
    mine = assignments.my_work(bank, kai, now=datetime(2026, 3, 3, 20, 0, tzinfo=UTC))
    # Then what is left comes first, soonest due first, and both are overdue on her day
    assert [(m.assignment.set_name, m.overdue, m.days_left) for m in mine] == [
        ("Capitals", True, -2), ("Peaks", True, -1), ("Rivers", False, 2)
    ]  # fmt: skip
    assert mine[2].work.state is WorkState.DONE and mine[2].work.best == 100.0
    # The quiz asked every question of the set (no length given)
    assert len(_questions_of_last(bank, kai)) == 5


def _questions_of_last(bank: Bank, learner_id: int) -> list[int]:
    from sqlalchemy import select

    from quizapp.study.studydb import ATTEMPTS

    with bank.engine.connect() as conn:
        query = select(ATTEMPTS.c.question_ids).where(ATTEMPTS.c.learner_id == learner_id)
        return list(conn.execute(query.order_by(ATTEMPTS.c.id.desc())).scalars().first() or [])


def test_deleting_a_set_removes_its_assignment_and_keeps_the_quizzes(bank: Bank) -> None:
    _set(bank, "Rivers", 3)
    work, _ = assignments.assign(bank, "Rivers", DUE, today=TODAY, now=NOW)
    ann = learners.create_learner(bank, "Ann").id
    take(bank, ann, work, 3, NOW)
    assignments.unassign(bank, "Rivers")
    assert assignments.class_work(bank) == []
    with pytest.raises(QuizappError, match="'Rivers' is no longer assigned"):
        assignments.start_assigned(bank, ann, work, now=NOW)  # shown before it was taken off
    assert _questions_of_last(bank, ann)  # the quiz taken for it stays
    assignments.assign(bank, "Rivers", DUE, today=TODAY, now=NOW)
    sets.delete_set(bank, "Rivers")
    assert assignments.list_assignments(bank) == []


def test_cli_assign_list_and_unassign(
    bank: Bank, bank_url: str, tmp_path: Path, capsys: Any
) -> None:
    # Given a set and two learners in a bank (a computer the class shares, or a class bank)
    _set(bank, "Rivers", 6)
    ann = learners.create_learner(bank, "Ann").id
    learners.create_learner(bank, "Ben")
    due = (date.today() + timedelta(days=3)).isoformat()
    # When the teacher assigns it on the command line
    argv = ["class", "assign", "Rivers", "--due", due, "--quiz-length", "4", "--pass-mark", "60"]
    assert main([*argv, "--db", bank_url]) == 0
    assert (
        capsys.readouterr().out == f"assigned: Rivers · due {due} · 4 questions · pass mark 60%\n"
    )
    # and Ann does it
    (work,) = assignments.list_assignments(bank)
    take(bank, ann, work, 3, NOW)
    # Then the list says who finished, with the best score, and who has not started
    assert main(["class", "assignments", "--db", bank_url]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Rivers · due {due} · 4 questions · pass mark 60% · 1 of 2 finished",
        "  Ann: passed, best 75% (1 quiz)",
        "  Ben: not started",
    ]
    out = tmp_path / "work.csv"
    assert main(["class", "assignments", "--json", "-o", str(out), "--db", bank_url]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["quiz_length"] == 4 and listed["learners"][0]["best_percent"] == 75.0
    assert "Ben,not started" in out.read_text(encoding="utf-8-sig")
    # Assigning again changes it; unassign takes it off
    assert main(["class", "assign", "Rivers", "--due", due, "--db", bank_url]) == 0
    assert capsys.readouterr().out.startswith("changed: Rivers")
    assert main(["class", "unassign", "Rivers", "--db", bank_url]) == 0
    assert main(["class", "assignments", "--db", bank_url]) == 0
    assert "no work set" in capsys.readouterr().out


def test_cli_refuses_bad_work_in_one_line(bank: Bank, bank_url: str, capsys: Any) -> None:
    _set(bank, "Rivers", 2)
    for argv in (["assign", "Rivers", "--due", "next friday"],
                 ["assign", "Rivers", "--due", "2001-01-01"],
                 ["assign", "Nope", "--due", "2999-01-01"],
                 ["assign", "Rivers", "--due", "2999-01-01", "--pass-mark", "150"],
                 ["unassign", "Rivers"]):  # fmt: skip
        assert main(["class", *argv, "--db", bank_url]) == 1
        err = capsys.readouterr().err
        assert err.startswith("quizapp: ") and err.count("\n") == 1, err
    assert assignments.list_assignments(bank) == []
