"""Personal scheduling (Learner menu): readiness, what to install, a fit in another process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from quizapp.store.bank import Bank
from quizapp.study import learners, optimizer, review_queue
from quizapp.study.answering import Answer
from quizapp.ui.dialogs.optimize_dialog import OptimizeDialog
from quizapp.ui.main_window import MainWindow

START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
FIT_MS = 300_000  # a real fit in a real process; never a speed check


def answer_every_question_daily(bank: Bank, learner_id: int, set_id: int, days: int) -> None:
    """Ada answers each question of the set once a day (mostly right) for ``days`` days."""
    items = review_queue.study_queue(bank, learner_id, now=START, set_id=set_id)
    for day in range(days):
        for n, item in enumerate(items):
            right = (day + n) % 5 != 0
            review_queue.record_answer(
                bank,
                learner_id,
                item.question_id,
                Answer(
                    rating=3 if right else 1,
                    response="",
                    correct=right,
                    duration_ms=5000,
                    time=START + timedelta(days=day, minutes=n),
                ),
            )


def ready_for_a_fit(window: MainWindow) -> Bank:
    """Ada answers every question of the selected set daily for 66 days: 520 reviews count."""
    bank, learner = window.bank, window.learner
    assert bank is not None and learner is not None
    set_id = window.home.selected_set_id()
    assert set_id is not None
    answer_every_question_daily(bank, learner.id, set_id, days=66)
    return bank


@pytest.fixture
def ada_dialog(qtbot: QtBot, window: MainWindow) -> OptimizeDialog:
    bank, learner = window.bank, window.learner
    assert bank is not None and learner is not None
    dialog = OptimizeDialog(bank, learner, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_learner_menu_opens_it_and_it_says_how_far_the_learner_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    bank = window.bank
    assert bank is not None and window.learner is not None
    # Given Ada answered each question on two days: the second day's answers count
    set_id = window.home.selected_set_id()
    assert set_id is not None
    answer_every_question_daily(bank, window.learner.id, set_id, days=2)
    seen: list[tuple[str, int, str, bool, str]] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OptimizeDialog):
            QTimer.singleShot(20, look_and_close)
            return
        seen.append((dialog.status.text(), dialog.reviews.value(), dialog.reviews.text(),
                     dialog.start_button.isEnabled(), dialog.in_use.text()))  # fmt: skip
        dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()

    # When she opens Learner > Personal scheduling...
    QTimer.singleShot(0, look_and_close)
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Personal scheduling...")
    action.trigger()
    # Then it counts her 16 answers, of which 8 reviews count toward 512, and cannot start yet
    assert seen == [
        (
            "You have answered 16 times so far; 8 of those answers count, since a review counts "
            "only when it comes a day or more after your previous answer to the same card "
            "(same-day repeats and quiz retries do not). "
            "8 of the 512 reviews on separate days needed to fit the scheduler to you.",
            8,
            "8 of 512 reviews on separate days",
            False,
            "In use: FSRS's standard parameters.",
        )
    ]


@pytest.mark.skipif(optimizer.torch_installed(), reason="checks the message shown without torch")
def test_enough_reviews_without_torch_says_what_to_install(
    window: MainWindow, ada_dialog: OptimizeDialog
) -> None:
    ready_for_a_fit(window)
    ada_dialog.refresh()
    assert ada_dialog.reviews.value() == ada_dialog.reviews.maximum() == 512
    assert 'pip install "quizapp[optimizer]"' in ada_dialog.status.text()
    assert not ada_dialog.start_button.isEnabled()


@pytest.mark.skipif(optimizer.torch_installed(), reason="needs a worker without torch")
def test_a_fit_that_fails_in_its_process_is_reported_and_changes_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, ada_dialog: OptimizeDialog
) -> None:
    bank = ready_for_a_fit(window)
    # This window believes torch is there; the worker process, started afresh, finds it is not
    monkeypatch.setattr(optimizer, "torch_installed", lambda: True)
    ada_dialog.refresh()
    assert ada_dialog.start_button.isEnabled()
    qtbot.mouseClick(ada_dialog.start_button, Qt.MouseButton.LeftButton)
    assert ada_dialog.progress.isVisible() and not ada_dialog.start_button.isEnabled()
    assert ada_dialog.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "&Cancel"
    qtbot.waitUntil(lambda: ada_dialog.job is None, timeout=FIT_MS)
    assert ada_dialog.status.text().startswith("⚠ The fit did not finish:")
    assert not ada_dialog.progress.isVisible()
    assert learners.get_learner(bank, "Ada").parameters is None


@pytest.mark.skipif(not optimizer.torch_installed(), reason="torch is absent: quizapp[optimizer]")
def test_a_fit_runs_in_the_background_and_reports_its_outcome(
    qtbot: QtBot, window: MainWindow, ada_dialog: OptimizeDialog
) -> None:
    bank = ready_for_a_fit(window)
    ada_dialog.refresh()
    with qtbot.waitSignal(ada_dialog.fitted, timeout=FIT_MS) as fitted:
        ada_dialog.start()
        assert ada_dialog.progress.isVisible()
    kept = fitted.args[0]
    assert "log loss" in ada_dialog.status.text()
    stored = learners.get_learner(bank, "Ada").parameters
    assert (stored is not None) == kept


def test_answers_on_one_day_are_counted_beside_the_reviews_that_count(
    window: MainWindow, ada_dialog: OptimizeDialog
) -> None:
    # Given Ada answered every question of the set three times, all on one day
    bank, learner = window.bank, window.learner
    assert bank is not None and learner is not None
    items = review_queue.study_queue(bank, learner.id, now=START)
    for n in range(3):
        for i, item in enumerate(items):
            review_queue.record_answer(
                bank,
                learner.id,
                item.question_id,
                Answer(
                    rating=3,
                    response="",
                    correct=True,
                    duration_ms=5000,
                    time=START + timedelta(minutes=20 * n + i),
                ),
            )
    # When the dialog looks again, Then it says how many answers she gave, and why none count
    ada_dialog.refresh()
    text = ada_dialog.status.text()
    assert f"You have answered {3 * len(items)} times so far; 0 of those answers count" in text
    assert "0 of the 512" in text
