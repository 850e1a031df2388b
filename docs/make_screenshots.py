"""Screenshots of every screen, light and dark, for the README and for review.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py [OUT_DIR]
It builds a throw-away bank with a learner and two months of simulated history.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from quizapp.study import learners, review_queue  # noqa: E402
from quizapp.settings import Settings  # noqa: E402
from quizapp.startup import open_app_bank  # noqa: E402


def simulate_history(db: Path, name: str, days: int = 60) -> None:
    """Answer some questions on most of the last ``days`` days."""
    bank = open_app_bank(db)
    learner = learners.create_learner(bank, name, timezone="UTC")
    rng = random.Random(7)
    start = datetime.now(UTC) - timedelta(days=days)
    for day in range(days):
        if rng.random() < 0.2:
            continue
        now = start + timedelta(days=day, hours=18)
        for item in review_queue.study_queue(bank, learner.id, now=now)[: rng.randint(5, 15)]:
            correct = rng.random() < 0.8
            answer = review_queue.Answer(3 if correct else 1, "", correct, rng.randint(3000, 20000), now)
            review_queue.record_answer(bank, learner.id, item.question_id, answer)
    bank.close()


def grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def wait_for(done: Callable[[], bool], seconds: float = 60) -> None:
    """Let the event loop run until ``done()`` (background work finished)."""
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def teacher_screens(window: Any, out: Path, theme: str) -> None:
    """The editor, the article-to-questions dialog and the class view, teacher unlocked."""
    from quizapp.store import teacher_passphrase
    from quizapp.ui.dialogs.passphrase_dialog import unlock_teacher
    from quizapp.ui.widgets.proposal_table import ACCEPTED, REJECTED

    if not teacher_passphrase.has_passphrase(window.bank):
        teacher_passphrase.set_passphrase(window.bank, "screenshots only")
    unlock_teacher(window.session, "screenshots only")
    editor = window.teacher.open_editor()
    editor.resize(1100, 700)
    editor.set_list.setCurrentRow(0)
    uids = editor.question_list.visible_uids()
    editor.question_list.select(uids[2] if len(uids) > 2 else None)
    grab(editor, out / f"editor-{theme}.png")
    editor.close()
    dialog = window.teacher.open_generate_dialog()
    article = Path(__file__).parent.parent / "tests" / "core" / "texts" / "berlin-wall-history.txt"
    dialog.load_article(str(article))
    wait_for(lambda: bool(dialog.text.toPlainText()))
    dialog.generate()
    wait_for(lambda: bool(dialog.table.proposals))
    for row, status in ((0, ACCEPTED), (1, REJECTED), (2, ACCEPTED)):
        dialog.table.selectRow(row)
        dialog._decide(status)
    grab(dialog, out / f"generate-{theme}.png")
    dialog.done(0)  # closes without the "close without saving?" question
    screen = window.teacher.open_class_view()
    wait_for(lambda: screen.report is not None and not screen.busy.isVisible(), 10)
    grab(window, out / f"class-view-{theme}.png")
    window.show_home()


def browser_screens(window: Any, out: Path, theme: str) -> None:
    """Study > Browse with a few questions starred, suspended and buried; default and min size."""
    from quizapp.study import flags

    window.show_browser()
    screen = window.stack.currentWidget()
    ids = [row.question_id for row in screen.model.rows()]
    learner, now = window.learner.id, datetime.now(UTC)
    if not any(row.starred for row in screen.model.rows()):
        flags.set_starred(window.bank, learner, ids[1:5:3], True)
        flags.set_suspended(window.bank, learner, ids[2:3], True)
        flags.bury(window.bank, learner, ids[3:4], now=now)
    screen.load()
    screen.table.selectRow(1)
    grab(window, out / f"browser-{theme}.png")
    size = window.size()
    window.resize(window.minimumSize())
    grab(window, out / f"browser-min-{theme}.png")
    window.resize(size)
    window.show_home()


def custom_study_screens(window: Any, out: Path, theme: str) -> None:
    """Study > Custom study: the dialog, a practice session and its end; default and min size."""
    from quizapp.study import browse, flags
    from quizapp.study.custom_study import CustomKind, CustomStudy
    from quizapp.ui.dialogs.custom_study_dialog import CustomStudyDialog
    from quizapp.ui.screens.custom_review import CustomReviewScreen

    learner, set_id = window.learner.id, window.home.selected_set_id()
    rows = browse.browse(window.bank, learner, set_id=set_id, query="", now=datetime.now(UTC))
    flags.set_starred(window.bank, learner, [row.question_id for row in rows[:4]], True)
    dialog = CustomStudyDialog(window.bank, learner, set_id, window._set_title(set_id), window)
    dialog.radios[CustomKind.STARRED].setChecked(True)
    dialog.show()
    grab(dialog, out / f"custom-study-dialog-{theme}.png")
    dialog.close()
    screen = CustomReviewScreen(window.bank, window.session)
    window.show_screen(screen)
    screen.start_custom(learner, CustomStudy(CustomKind.STARRED, set_id=set_id),
                        window._set_title(set_id))  # fmt: skip
    grab(window, out / f"custom-study-{theme}.png")
    size = window.size()
    window.resize(window.minimumSize())
    grab(window, out / f"custom-study-min-{theme}.png")
    while screen.current is not None:  # the first answer wrong: it comes back at the end
        right = bool(screen.history)
        screen._record(screen.current, review_queue.Answer(3, "", right, 4000, datetime.now(UTC)))  # type: ignore[attr-defined]
        screen._on_next()  # type: ignore[attr-defined]
    grab(window, out / f"custom-study-end-min-{theme}.png")
    window.resize(size)


def learn_screens(window: Any, out: Path, theme: str) -> None:
    """Study > Learn: a round's summary, then a typed answer in round 2; default and min size."""
    from quizapp.ui.widgets.answer_inputs import ChoiceInput, MatchingInput, RevealInput, TextInput

    window.start_learn(window.home.selected_set_id())
    screen = window.stack.currentWidget()

    def answer(right: bool) -> None:
        card, shown = screen.card, screen.shown
        if isinstance(card.input, ChoiceInput):
            options = card.input._options
            card.input.choose(options.index(shown.answer) + 1 if right else 1)
        elif isinstance(card.input, TextInput):
            card.input.edit.setText(shown.answer if right else shown.answer[:-2])
            card.input.submitted.emit()
        elif isinstance(card.input, MatchingInput):
            for left, match in shown.pairs or []:
                card.input.set_match(left, match)
            card.input.submitted.emit()
        elif isinstance(card.input, RevealInput):
            card.input.submitted.emit()
            screen._on_self_graded(right)
        else:  # an order, checked as shown, then counted right (as "I was right" would)
            card.input.submitted.emit()
            if screen.overrule_button.isHidden() and screen.learn.can_undo and right:
                screen.learn.overrule()

    def both_sizes(name: str) -> None:
        grab(window, out / f"{name}-{theme}.png")
        size = window.size()
        window.resize(window.minimumSize())
        grab(window, out / f"{name}-min-{theme}.png")
        window.resize(size)

    both_sizes("learn-question")
    given = 0
    while screen.pages.currentIndex() == 0:
        answer(given % 4 != 2)
        given += 1
        screen._on_next()
    both_sizes("learn-round")
    screen._on_continue()
    while not isinstance(screen.card.input, TextInput) or screen.learn.progress().mastered < 2:
        answer(True)
        screen._on_next()
        if screen.pages.currentIndex() == 1:
            screen._on_continue()
    both_sizes("learn-typed")
    answer(False)
    both_sizes("learn-feedback")
    while screen.pages.currentIndex() != 2:
        if screen.pages.currentIndex() == 1:
            screen._on_continue()
        answer(True)
        screen._on_next()
    both_sizes("learn-end")
    window.show_home()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp())
    os.environ["QUIZAPP_HOME"] = str(home)
    db = home / "bank.sqlite3"
    simulate_history(db, "Ada")
    from quizapp.store import backup

    backup.make_backup(db, now=datetime.now(UTC), reason="manual")
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    for theme in ("light", "dark"):
        apply_theme(app, theme, 11)
        window = MainWindow(db=db, settings=Settings(theme=theme, last_learner="Ada"))
        window.resize(960, 680)
        window.show()
        grab(window, out / f"home-{theme}.png")
        window.start_review(window.home.selected_set_id())
        grab(window, out / f"review-question-{theme}.png")
        card = window.review_screen.card
        if card is not None:
            card.input.submitted.emit()  # answer as given (possibly empty) to show feedback
            grab(window, out / f"review-feedback-{theme}.png")
        window.show_home()
        window.start_quiz(window.home.selected_set_id())
        grab(window, out / f"quiz-setup-{theme}.png")
        quiz_screen = window.stack.currentWidget()
        quiz_screen.size_box.setValue(3)  # type: ignore[attr-defined]
        quiz_screen._on_start()  # type: ignore[attr-defined]
        for _ in range(3):
            card = quiz_screen.card  # type: ignore[attr-defined]
            card.input.submitted.emit()
            if card.question.kind == "flashcard":
                quiz_screen._on_graded(quiz_screen.self_grading, 3)  # type: ignore[attr-defined]
            else:
                quiz_screen._on_next()  # type: ignore[attr-defined]
        grab(window, out / f"quiz-results-{theme}.png")
        window.show_home()
        from quizapp.ui.dialogs.learner_dialog import LearnerDialog
        from quizapp.ui.dialogs.restore_dialog import RestoreDialog
        from quizapp.ui.dialogs.settings_dialog import SettingsDialog

        for name, dialog in (
            ("learner", LearnerDialog(window.bank, "Ada", window)),
            ("settings", SettingsDialog(window.bank, window.learner, window.settings, window)),
            ("restore", RestoreDialog(window.bank.path, window)),
        ):
            dialog.show()
            grab(dialog, out / f"dialog-{name}-{theme}.png")
            dialog.close()
        window.show_progress()
        screen = window.stack.currentWidget()
        wait_for(lambda: getattr(screen, "data", None) is not None)
        grab(window, out / f"progress-{theme}.png")
        window.show_home()
        browser_screens(window, out, theme)
        custom_study_screens(window, out, theme)
        learn_screens(window, out, theme)
        teacher_screens(window, out, theme)
        window.close()


if __name__ == "__main__":
    main()
