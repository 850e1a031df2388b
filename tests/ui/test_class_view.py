"""The teacher's class view: each learner's progress, each question's % correct, CSV export."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from quizapp.store import teacher_passphrase
from quizapp.study import learners, review_queue
from quizapp.study.answering import Answer
from quizapp.ui.dialogs.passphrase_dialog import unlock_teacher
from quizapp.ui.main_window import MainWindow
from quizapp.ui.screens.class_view import ClassViewScreen

NOW = datetime(2026, 3, 2, 17, 30, tzinfo=UTC)


def test_class_view_shows_each_learner_and_question_and_exports_csv(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    bank = window.bank
    assert bank is not None
    set_id = window.home.selected_set_id()  # 'Every kind', eight questions
    # Given Ada answered two questions (one right, one wrong) and Ben one, right; Cy nothing
    ada = learners.get_learner(bank, "Ada")
    ben = learners.create_learner(bank, "Ben", timezone="UTC")
    learners.create_learner(bank, "Cy", timezone="UTC")
    first, second = review_queue.study_queue(bank, ada.id, now=NOW, set_id=set_id)[:2]
    script = [(ada, first, True), (ada, second, False), (ben, first, True)]
    for minute, (who, item, correct) in enumerate(script):
        review_queue.record_answer(
            bank,
            who.id,
            item.question_id,
            Answer(
                rating=3 if correct else 1,
                response="",
                correct=correct,
                duration_ms=30_000,
                time=NOW + timedelta(minutes=minute),
            ),
        )
    teacher_passphrase.set_passphrase(bank, "teacher passphrase")
    assert unlock_teacher(window.session, "teacher passphrase")

    # When the teacher opens the class view on that set
    screen = window.teacher.open_class_view()
    assert isinstance(screen, ClassViewScreen)
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10_000)

    # Then the summary counts in words that agree with their numbers
    assert screen.summary.text() == (
        "Every kind: 8 questions · 3 learners, 2 of them studied it · 3 answers"
    )
    # And each learner has a row: seen, answers, % correct, minutes
    table = screen.learner_table
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    }
    assert rows["Ada"][1:2] + rows["Ada"][4:7] == ["2 / 8", "2", "50%", "1"]
    assert rows["Ben"][1:2] + rows["Ben"][4:7] == ["1 / 8", "1", "100%", "0.5"]
    assert rows["Cy"][1] == "0 / 8" and rows["Cy"][-1] == "never"
    # And each question its % correct, overall and per learner
    questions = screen.question_table
    headers = [questions.horizontalHeaderItem(c).text() for c in range(questions.columnCount())]
    assert headers[3:] == ["Answers", "% correct", "Ada", "Ben", "Cy"]
    by_prompt = {
        questions.item(r, 1).text(): [questions.item(r, c).text() for c in range(3, 8)]
        for r in range(questions.rowCount())
    }
    assert by_prompt[first.question.prompt] == ["2", "100%", "100%", "100%", "–"]
    assert by_prompt[second.question.prompt] == ["1", "0%", "0%", "–", "–"]

    # When they export it, the CSV holds the same figures
    written = screen.export_csv(tmp_path / "class.csv")
    assert written is not None and "exported to" in screen.summary.text()
    with written.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    ada_line = next(line for line in lines if line[:1] == ["Ada"])
    assert ada_line[1:3] + ada_line[5:8] == ["2", "8", "2", "50", "1"]
    second_line = next(line for line in lines if line[1:2] == [second.question.prompt])
    assert second_line[3:] == ["1", "0", "0", "", ""]
