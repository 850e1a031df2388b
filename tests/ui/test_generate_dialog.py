"""Article to questions, driven as a teacher would: open, generate, review, edit, save.

The generator really runs (spaCy and its small English model), on texts written for
these tests; the first run in a session loads the model, hence the long waits.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from modal_steps import on_next_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp import generator
from quizapp.content import sets
from quizapp.store import teacher_passphrase
from quizapp.study.grading import expected_text
from quizapp.ui.dialogs.generate_dialog import GenerateDialog
from quizapp.ui.dialogs.passphrase_dialog import unlock_teacher
from quizapp.ui.dialogs.question_dialog import QuestionDialog
from quizapp.ui.humanize import count as counted
from quizapp.ui.main_window import MainWindow
from quizapp.ui.widgets.proposal_table import ACCEPTED, PENDING, REJECTED

TEXTS = Path(__file__).parent.parent / "core" / "texts"
GENERATING_MS = 120_000  # loads the language model on the first run; never a speed check
LEFT = Qt.MouseButton.LeftButton

PASTED = (
    "The harbour museum of Port Ellis opened on 4 May 1998. Its founder, the shipwright "
    "Marta Olsen, gave the town 312 model ships. In 2006 the museum moved to the old "
    "customs house, and 41,000 people visited it that summer."
)


@pytest.fixture
def dialog(
    qtbot: QtBot, window: MainWindow, modal_under_test: list[object]
) -> Iterator[GenerateDialog]:
    """The article-to-questions dialog over the study bank, the teacher unlocked."""
    bank = window.bank
    assert bank is not None
    teacher_passphrase.set_passphrase(bank, "teacher passphrase")
    assert unlock_teacher(window.session, "teacher passphrase")
    opened = window.teacher.open_generate_dialog()
    assert opened is not None and opened.isVisible()
    modal_under_test.append(opened)
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    yield opened
    if shiboken6.isValid(opened) and opened.isVisible():
        opened.done(QDialog.DialogCode.Rejected)  # without the "close without saving?" question


def generate(qtbot: QtBot, dialog: GenerateDialog) -> int:
    """Press Generate and wait for the proposals; how many there are."""
    with qtbot.waitSignal(dialog.generated, timeout=GENERATING_MS) as blocker:
        qtbot.mouseClick(dialog.generate_button, LEFT)
        assert dialog.progress.isVisible(), "a progress bar shows while generating"
        assert not dialog.generate_button.isEnabled()
    assert not dialog.progress.isVisible()
    count = blocker.args[0]
    assert isinstance(count, int)
    return count


def highlighted(dialog: GenerateDialog) -> str:
    marks = dialog.text.extraSelections()
    return marks[0].cursor.selectedText() if marks else ""


def edit_explanation_when_shown(qtbot: QtBot, text: str) -> list[str]:
    """When the question dialog opens, replace its explanation and accept it."""
    seen: list[str] = []

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QuestionDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(modal.form.prompt.toPlainText())
        modal.form.explanation.clear()
        qtbot.keyClicks(modal.form.explanation, text)
        assert modal.ok_button.isEnabled()
        qtbot.mouseClick(modal.ok_button, LEFT)

    QTimer.singleShot(0, act)
    return seen


def test_article_file_to_a_new_set(
    qtbot: QtBot, window: MainWindow, dialog: GenerateDialog
) -> None:
    bank = window.bank
    assert bank is not None
    # Given the teacher opens an article file
    with qtbot.waitSignal(dialog.article_loaded, timeout=10_000):
        dialog.load_article(str(TEXTS / "berlin-wall-history.txt"))
    assert dialog.title_edit.text() == "The Berlin Wall"
    assert dialog.set_name_edit.text() == "The Berlin Wall", "the new set is named after it"
    assert "13 August 1961" in dialog.text.toPlainText()
    assert not dialog.save_button.isEnabled(), "nothing to save before generating"

    # When they generate questions
    count = generate(qtbot, dialog)

    # Then every proposal is listed with its kind and fact kind, none decided yet
    table = dialog.table
    assert count >= 5 and table.rowCount() == count
    assert dialog.table.counts() == {PENDING: count, ACCEPTED: 0, REJECTED: 0}
    assert {table.item(r, 2).text() for r in range(count)} >= {"Date", "Actor", "Figure"}
    assert f"{count} questions proposed" in dialog.status.text()
    # And the chosen proposal's source sentence is highlighted in the article
    first = table.proposals[0].question
    assert table.current() == 0
    assert first.source and highlighted(dialog) == first.source.strip()
    table.selectRow(3)
    assert highlighted(dialog) == (table.proposals[3].question.source or "").strip()
    table.selectRow(0)

    # When they accept the first by key, reject the second by key, edit the third
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert table.proposals[0].status == ACCEPTED and table.current() == 1
    qtbot.keyClick(table, Qt.Key.Key_X)
    rejected = table.proposals[1].question
    assert table.proposals[1].status == REJECTED and table.current() == 2
    assert table.item(1, 3).font().strikeOut(), "a rejected question is struck through"
    edited_prompt = edit_explanation_when_shown(qtbot, "Checked against the museum's records.")
    qtbot.mouseClick(dialog.edit_button, LEFT)
    assert edited_prompt == [table.proposals[2].question.prompt]
    assert table.proposals[2].status == ACCEPTED and table.proposals[2].edited
    assert table.item(2, 3).text().endswith("(edited)")
    # And accept all the rest: the rejected one stays rejected
    qtbot.mouseClick(dialog.accept_all_button, LEFT)
    assert dialog.table.counts() == {PENDING: 0, ACCEPTED: count - 1, REJECTED: 1}
    assert dialog.save_button.text() == f"&Save {count - 1} accepted"

    # And save them into a new set under a name of their own
    dialog.set_name_edit.clear()
    qtbot.keyClicks(dialog.set_name_edit, "Berlin Wall quiz")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert saved.args == ["Berlin Wall quiz"]
    assert not dialog.isVisible()

    # Then the bank holds the accepted questions, the edit and the article
    stored = sets.get_set(bank, "Berlin Wall quiz")
    assert len(stored.questions) == count - 1
    assert rejected.prompt not in [q.prompt for q in stored.questions]
    by_prompt = {q.prompt: q for q in stored.questions}
    assert by_prompt[edited_prompt[0]].explanation == "Checked against the museum's records."
    assert stored.article is not None and stored.article.title == "The Berlin Wall"
    assert "13 August 1961" in stored.article.text
    assert stored.article.source.endswith("berlin-wall-history.txt")
    # And the home screen lists the new set with its count
    rows = {row.name: row for row in window.home.rows()}
    assert rows["Berlin Wall quiz"].total == count - 1


def test_pasted_text_added_to_an_existing_set(
    qtbot: QtBot, window: MainWindow, dialog: GenerateDialog
) -> None:
    bank = window.bank
    assert bank is not None
    before = len(sets.get_set(bank, "Every kind").questions)
    # Given pasted text, nothing generated from an empty box
    assert not dialog.generate_button.isEnabled()
    dialog.text.setPlainText(PASTED)
    count = generate(qtbot, dialog)
    assert count >= 2  # one question per fact, none showing another's answer
    # Reject all leaves nothing to save (even a row accepted by hand); accept all then takes
    # every one back
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.mouseClick(dialog.reject_all_button, LEFT)
    assert dialog.table.counts()[REJECTED] == count
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.accept_all_button, LEFT)
    assert dialog.table.counts()[ACCEPTED] == count
    # When they add them to an existing set
    dialog.existing_radio.setChecked(True)
    dialog.set_combo.setCurrentText("Every kind")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, LEFT)
    stored = sets.get_set(bank, "Every kind")
    assert len(stored.questions) == before + count
    new = stored.questions[before:]
    assert all(q.source and q.source in PASTED for q in new)
    assert stored.article is not None and stored.article.title == "Pasted article"
    assert stored.article.text == PASTED


def test_the_count_box_caps_the_proposals(qtbot: QtBot, dialog: GenerateDialog) -> None:
    # Given an article and "Questions: 2" typed next to Generate
    dialog.text.setPlainText((TEXTS / "berlin-wall-history.txt").read_text(encoding="utf-8"))
    assert dialog.count_spin.text() == "Questions: auto"
    dialog.count_spin.selectAll()
    qtbot.keyClicks(dialog.count_spin, "2")
    assert dialog.count_spin.value() == 2
    # Then two proposals come, where "auto" gives more
    assert generate(qtbot, dialog) == 2
    dialog.count_spin.setValue(0)
    assert generate(qtbot, dialog) > 2


def test_an_unreadable_article_says_why_and_keeps_the_dialog(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, dialog: GenerateDialog
) -> None:
    # A slide deck is not an article; an empty text file has nothing to ask about
    for name, content in (("slides.pdf", b"%PDF-1.4"), ("empty.txt", b"  \n\n")):
        path = tmp_path / name
        path.write_bytes(content)
        with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
            dialog.load_article(str(path))
        message = str(failed.args[0])
        assert name in message
        assert dialog.status.text() == f"⚠ {message}"
        assert dialog.isVisible() and dialog.open_button.isEnabled()
    assert QApplication.activeModalWidget() is dialog, "no error box: the status says it"
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)


def test_the_chosen_proposal_shows_in_full_beside_the_table(
    qtbot: QtBot, dialog: GenerateDialog
) -> None:
    # Given proposals from a pasted text
    dialog.text.setPlainText(PASTED)
    count = generate(qtbot, dialog)
    table, view = dialog.table, dialog.view
    assert view.isVisible() and view.isReadOnly()
    # When the teacher goes through them with the arrow keys
    table.setFocus()
    table.selectRow(0)
    kinds = set()
    for row in range(count):
        if row:
            qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.current() == row
        q = table.proposals[row].question
        kinds.add(q.kind)
        # Then the pane shows the whole prompt and the answer, however long
        shown = view.toPlainText()
        assert q.prompt in shown and f"Answer: {expected_text(q)}" in shown
        assert "not reviewed yet" in shown
        # And every option of a multiple-choice question, the right one marked
        for choice in q.choices or []:
            mark = "✔" if choice == q.answer else "•"
            assert f"{mark} {choice}" in shown
        for other in q.accepted:
            assert other in shown
    assert "multiple_choice" in kinds, "the text gives at least one multiple-choice question"
    # And the verdict shows there as soon as it is given
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_A)
    table.selectRow(0)
    assert "✔ accepted" in view.toPlainText()


def press_when_asked(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """When the next message box shows, note its text and press ``button`` on it."""

    def press(modal: QWidget) -> None:
        assert isinstance(modal, QMessageBox)
        asked.append(modal.text())
        modal.button(button).click()

    on_next_modal([press])


def test_closing_with_unsaved_proposals_asks_first(qtbot: QtBot, dialog: GenerateDialog) -> None:
    # Given proposals, the first accepted and the others not reviewed
    dialog.text.setPlainText(PASTED)
    count = generate(qtbot, dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    # When the teacher presses Esc, then Cancel on the question
    asked: list[str] = []
    press_when_asked(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    # Then they were told what would be lost, and nothing was
    assert asked == [
        f"1 accepted question not saved and {counted(count - 1, 'question')} not reviewed yet: "
        "close and lose them?"
    ]
    assert dialog.isVisible() and dialog.table.counts()[ACCEPTED] == 1
    # When they reject every question, nothing is lost: Close closes without asking
    qtbot.mouseClick(dialog.reject_all_button, LEFT)
    assert dialog.table.unsaved() == ""
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    qtbot.mouseClick(close, LEFT)
    assert not dialog.isVisible()


def test_discarding_unreviewed_proposals_closes(qtbot: QtBot, dialog: GenerateDialog) -> None:
    dialog.text.setPlainText(PASTED)
    count = generate(qtbot, dialog)
    asked: list[str] = []
    press_when_asked(QMessageBox.StandardButton.Discard, asked)
    dialog.close()  # the window's X
    assert asked == [f"{counted(count, 'question')} not reviewed yet: close and lose them?"]
    assert not dialog.isVisible()


def test_fewer_questions_than_asked_for_says_why(qtbot: QtBot, dialog: GenerateDialog) -> None:
    # Given a three-sentence article and "Questions: 40" asked for
    dialog.text.setPlainText(PASTED)
    dialog.count_spin.setValue(40)
    # When the generator finds fewer facts than that
    found = generate(qtbot, dialog)
    assert 0 < found < 40
    # Then the status line says so, and why
    assert dialog.status.text().startswith(
        f"{counted(found, 'question')} proposed of the 40 asked for "
        "(the article had no more facts worth asking): "
    )


def test_the_count_box_goes_up_from_auto_to_the_auto_count(
    qtbot: QtBot, dialog: GenerateDialog
) -> None:
    # Given a pasted article and the count box on "auto"
    dialog.text.setPlainText(PASTED)
    assert dialog.count_spin.value() == 0
    # When the up arrow (or the Up key) is pressed
    qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Up)
    # Then it shows the count "auto" stands for, not 1
    words = len(PASTED.split())
    assert dialog.count_spin.value() == generator.default_count(words) > 1
    qtbot.keyClick(dialog.count_spin, Qt.Key.Key_Up)
    assert dialog.count_spin.value() == generator.default_count(words) + 1


def worker_gone(pid: int) -> bool:
    """Whether process ``pid`` has ended (gone, or a zombie waiting to be reaped)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return True
    return "\nState:\tZ" in status


def start_generating(qtbot: QtBot, dialog: GenerateDialog) -> int:
    """Paste a long article, press Generate; the worker process's id, once it runs."""
    dialog.text.setPlainText(PASTED * 40)
    qtbot.mouseClick(dialog.generate_button, LEFT)
    job = dialog._job
    assert job is not None and job.pid is not None
    assert not worker_gone(job.pid) and dialog.cancel_button.isVisible()
    return job.pid


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_closing_the_dialog_while_generating_ends_the_worker(
    qtbot: QtBot, dialog: GenerateDialog
) -> None:
    # Given questions being generated in the worker process
    pid = start_generating(qtbot, dialog)
    # When the teacher closes the dialog (Esc) before they come
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    # Then the dialog is closed and its worker process has ended too
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: worker_gone(pid), timeout=10_000)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_stop_ends_the_worker_and_the_dialog_can_generate_again(
    qtbot: QtBot, dialog: GenerateDialog
) -> None:
    # Given questions being generated in the worker process
    pid = start_generating(qtbot, dialog)
    # When the teacher presses Stop
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        qtbot.mouseClick(dialog.cancel_button, LEFT)
    # Then the worker has ended, the dialog says so and can generate again
    qtbot.waitUntil(lambda: worker_gone(pid), timeout=10_000)
    assert dialog.status.text() == "Stopped: no questions were made."
    assert not dialog.cancel_button.isVisible() and dialog.generate_button.isEnabled()
    assert dialog.isVisible() and dialog.table.proposals == []


def test_save_with_questions_left_to_review_keeps_them(
    qtbot: QtBot, window: MainWindow, dialog: GenerateDialog
) -> None:
    bank = window.bank
    assert bank is not None
    # Given proposals, the first accepted and the others not reviewed yet
    dialog.text.setPlainText(PASTED)
    count = generate(qtbot, dialog)
    assert count >= 2
    first = dialog.table.proposals[0].question.prompt
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    # When the teacher saves into a new set
    name = "Port Ellis"
    qtbot.keyClicks(dialog.set_name_edit, name)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, LEFT)
    # Then the accepted one is stored, and the dialog stays open on the others
    assert [q.prompt for q in sets.get_set(bank, name).questions] == [first]
    assert dialog.isVisible()
    assert dialog.table.counts() == {PENDING: count - 1, ACCEPTED: 0, REJECTED: 0}
    assert dialog.status.text().startswith(f"Saved 1 question to {name}. ")
    # And the next Save adds to the same set; with nothing left to review, it closes
    assert dialog.existing_radio.isChecked() and dialog.set_combo.currentText() == name
    qtbot.mouseClick(dialog.accept_all_button, LEFT)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert len(sets.get_set(bank, name).questions) == count
    assert not dialog.isVisible()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_a_pasted_article_closed_while_generating_comes_back(
    qtbot: QtBot, window: MainWindow, dialog: GenerateDialog
) -> None:
    # Given a pasted article being generated from
    start_generating(qtbot, dialog)
    dialog.title_edit.setText("Port Ellis")
    # When the teacher closes the dialog (Esc) and opens it again
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = window.teacher.open_generate_dialog()
    assert again is not None
    try:
        # Then the article is back, ready to generate from
        assert again.text.toPlainText() == PASTED * 40
        assert again.title_edit.text() == "Port Ellis"
        assert again.generate_button.isEnabled() and not again.text.isReadOnly()
    finally:
        again.done(QDialog.DialogCode.Rejected)


def test_each_verdict_moves_on_to_the_next_question_not_reviewed(
    qtbot: QtBot, dialog: GenerateDialog
) -> None:
    # Given proposals, the first two accepted by key (each A moves one row down)
    dialog.text.setPlainText((TEXTS / "berlin-wall-history.txt").read_text(encoding="utf-8"))
    assert generate(qtbot, dialog) >= 5
    table = dialog.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert table.current() == 1
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert table.current() == 2
    # When the teacher goes back to the first and rejects it instead
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_X)
    # Then the selection skips the reviewed second row to the first one not reviewed
    assert table.proposals[0].status == REJECTED and table.current() == 2
    # And an edit (which accepts) moves on as well
    edit_explanation_when_shown(qtbot, "Checked.")
    qtbot.keyClick(table, Qt.Key.Key_E)
    assert table.proposals[2].status == ACCEPTED
    assert table.current() == 3
