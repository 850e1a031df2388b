"""The Browser (Study > Browse, Ctrl+B), driven by keys and clicks on a real bank."""

from __future__ import annotations

from collections.abc import Callable

from keys import ALT, activate, press
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp.content import sets
from quizapp.store import teacher_passphrase
from quizapp.study import browse, flags, review_queue
from quizapp.ui.dialogs.passphrase_dialog import lock_teacher, unlock_teacher
from quizapp.ui.dialogs.question_dialog import QuestionDialog
from quizapp.ui.main_window import MainWindow
from quizapp.ui.models.browse_model import COLUMNS, Column
from quizapp.ui.screens.browser import BrowserScreen
from quizapp.ui.screens.review import now_utc
from quizapp.ui.theme import apply_theme


def open_browser(qtbot: QtBot, window: MainWindow) -> BrowserScreen:
    activate(qtbot, window)
    press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    screen = window.stack.currentWidget()
    assert isinstance(screen, BrowserScreen)
    return screen


def search(qtbot: QtBot, screen: BrowserScreen, query: str) -> None:
    qtbot.keyClick(screen, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search.hasFocus()
    qtbot.keyClicks(screen.search, query)
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)


def column(screen: BrowserScreen, which: Column) -> list[str]:
    n = COLUMNS.index(which)
    model = screen.model
    return [model.data(model.index(row, n)) for row in range(model.rowCount())]


def kinds_shown(screen: BrowserScreen) -> list[str]:
    return [row.kind for row in screen.model.rows()]


def alt(qtbot: QtBot, screen: BrowserScreen, key: Qt.Key) -> None:
    """Alt+letter presses its button (animated: the click lands a moment later)."""
    before = screen.status.text()
    press(key, ALT)
    qtbot.waitUntil(lambda: screen.status.text() != before)


def press_and_answer(qtbot: QtBot, key: Qt.Key, button_text: str) -> str:
    """Press Alt+``key``, then click ``button_text`` in the message box it opens; its text."""
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(20)

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        timer.stop()
        seen.append(box.text())
        chosen = next(b for b in box.buttons() if b.text() == button_text)
        assert isinstance(chosen, QPushButton)
        chosen.click()

    timer.timeout.connect(click)
    timer.start()
    press(key, ALT)
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def select_all(qtbot: QtBot, screen: BrowserScreen) -> None:
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def queue_ids(window: MainWindow) -> set[int]:
    """What a review of 'Every kind' would ask now."""
    assert window.bank is not None and window.learner is not None
    set_id = next(r.set_id for r in window.home.rows() if r.name == "Every kind")
    queue = review_queue.study_queue(window.bank, window.learner.id, now=now_utc(), set_id=set_id)
    return {item.question_id for item in queue}


def test_ctrl_b_lists_the_set_and_searches_with_the_query_syntax(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada on the home screen with 'Every kind' selected
    # When she presses Ctrl+B
    screen = open_browser(qtbot, window)
    # Then every question of the set is listed, without a set column
    assert len(kinds_shown(screen)) == 8
    assert screen.table.isColumnHidden(COLUMNS.index(Column.SET))
    assert set(column(screen, Column.DUE)) == {"new"}
    # When she searches for the cloze questions, then for words that must all match
    search(qtbot, screen, "kind:cloze")
    assert kinds_shown(screen) == ["cloze"]
    screen.search.clear()
    search(qtbot, screen, "capital france")
    assert kinds_shown(screen) == ["short_answer"]
    screen.search.clear()
    search(qtbot, screen, "capital")
    assert sorted(kinds_shown(screen)) == ["matching", "short_answer"]
    screen.search.clear()
    search(qtbot, screen, '"capital of"')
    assert kinds_shown(screen) == ["short_answer"]
    # And a search it cannot read says why in one line and keeps the table
    screen.search.clear()
    search(qtbot, screen, "kind:essay")
    assert "kind:essay is not known" in screen.status.text()
    assert kinds_shown(screen) == ["short_answer"]
    # And All sets lists the bundled set's questions too, with the set column
    screen.set_box.setCurrentIndex(0)
    screen.search.clear()
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert len(kinds_shown(screen)) > 8
    assert not screen.table.isColumnHidden(COLUMNS.index(Column.SET))


def test_kinds_are_found_by_the_tables_names_and_a_bad_search_greys_the_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada in the Browser on 'Every kind'
    screen = open_browser(qtbot, window)
    # When she searches a kind by the name the table shows, quoted, in any case
    search(qtbot, screen, 'kind:"Fill the gap"')
    # Then the table lists those questions, named so
    assert kinds_shown(screen) == ["cloze"] and column(screen, Column.KIND) == ["Fill the gap"]
    screen.search.clear()
    search(qtbot, screen, "kind:number")
    assert kinds_shown(screen) == ["numeric"]
    screen.table.selectAll()
    assert screen.suspend_button.isEnabled()
    # When the search cannot be read: one line says why, naming both spellings
    screen.search.clear()
    search(qtbot, screen, "kind:fill")
    assert 'cloze (or "fill the gap")' in screen.status.text()
    assert "\n" not in screen.status.text()
    assert screen.status.height() < 2 * screen.status.fontMetrics().lineSpacing()
    # and the last rows stay greyed out: nothing can be done to them
    assert kinds_shown(screen) == ["numeric"] and not screen.table.isEnabled()
    assert not screen.suspend_button.isEnabled() and not screen.star_button.isEnabled()
    # When the search reads again, the table comes back to life
    screen.search.clear()
    search(qtbot, screen, "kind:cloze")
    assert screen.table.isEnabled() and kinds_shown(screen) == ["cloze"]


def test_clicking_a_header_sorts_the_table(qtbot: QtBot, window: MainWindow) -> None:
    screen = open_browser(qtbot, window)
    header = screen.table.horizontalHeader()
    n = COLUMNS.index(Column.KIND)
    at = QPoint(header.sectionViewportPosition(n) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert column(screen, Column.KIND) == sorted(column(screen, Column.KIND))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert column(screen, Column.KIND) == sorted(column(screen, Column.KIND), reverse=True)


def test_suspend_bury_and_star_many_at_once_and_the_review_skips_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada browsing 'Every kind', all but the short answer and the number found
    screen = open_browser(qtbot, window)
    search(qtbot, screen, "kind:short_answer")
    typed_ids = {r.question_id for r in screen.model.rows()}
    screen.search.clear()
    search(qtbot, screen, "-kind:short_answer -kind:numeric")
    assert len(screen.model.rows()) == 6
    # When she selects them all and presses Alt+U
    select_all(qtbot, screen)
    assert len(screen.selected_ids()) == 6
    suspended = set(screen.selected_ids())
    alt(qtbot, screen, Qt.Key.Key_U)
    # Then they read "suspended", the status says so, and the button now unsuspends
    assert set(column(screen, Column.DUE)) == {"suspended"}
    assert screen.status.text().startswith("Suspended 6 questions.")
    assert screen.suspend_button.text() == "&Unsuspend"
    # and the review asks none of them
    assert not queue_ids(window) & suspended
    # When she buries the short answer (clicking Bury) and stars it (Alt+A)
    screen.search.clear()
    search(qtbot, screen, "kind:short_answer")
    screen.table.selectRow(0)
    qtbot.mouseClick(screen.bury_button, Qt.MouseButton.LeftButton)
    alt(qtbot, screen, Qt.Key.Key_A)
    # Then it is buried and starred, and is:starred finds it
    assert column(screen, Column.DUE) == ["buried"] and column(screen, Column.STARRED) == ["★"]
    assert not queue_ids(window) & typed_ids
    screen.search.clear()
    search(qtbot, screen, "is:starred")
    assert [r.question_id for r in screen.model.rows()] == sorted(typed_ids)
    # When she unsuspends the six again: the review has them back
    screen.search.clear()
    search(qtbot, screen, "is:suspended")
    select_all(qtbot, screen)
    alt(qtbot, screen, Qt.Key.Key_U)
    assert suspended <= queue_ids(window)


def test_reset_progress_asks_first_then_makes_the_cards_new(
    qtbot: QtBot, window: MainWindow, answer_card: Callable[..., None]
) -> None:
    # Given Ada answered the first card of a review
    qtbot.keyClick(window, Qt.Key.Key_R)
    card = window.review_screen.card  # type: ignore[union-attr]
    assert card is not None
    answer_card(qtbot, card, right=True)
    qtbot.keyClick(window.review_screen, Qt.Key.Key_Escape)  # type: ignore[arg-type]
    screen = open_browser(qtbot, window)
    search(qtbot, screen, "-is:new")
    assert len(screen.model.rows()) == 1
    screen.table.selectRow(0)

    # When she presses Alt+R and keeps it: nothing changes
    asked = press_and_answer(qtbot, Qt.Key.Key_R, "&Keep it")
    assert "Forget your progress on 1 question?" in asked
    assert len(screen.model.rows()) == 1
    activate(qtbot, window)  # the desktop gives the window back its focus
    # When she resets it: the card is new again
    press_and_answer(qtbot, Qt.Key.Key_R, "&Reset progress")
    assert screen.model.rows() == []
    assert screen.status.text().startswith("Reset 1 question.")
    # And Esc goes home
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.home


def test_review_keys_suspend_bury_and_star_the_current_question(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given Ada reviewing 'Every kind'
    qtbot.keyClick(window, Qt.Key.Key_R)
    screen = window.review_screen
    assert screen is not None and screen.current is not None
    bank, ada = window.bank, window.learner
    assert bank is not None and ada is not None
    first = screen.current.question_id
    # When she presses * : the question is starred and stays
    screen.setFocus()
    qtbot.keyClick(screen, "*")
    assert flags.marks_of(bank, ada.id, first, now=now_utc()).starred
    assert screen.current.question_id == first
    assert "Starred" in window.statusBar().currentMessage()
    # When she presses S: it is suspended and the next question shows
    qtbot.keyClick(screen, Qt.Key.Key_S)
    assert flags.marks_of(bank, ada.id, first, now=now_utc()).suspended
    assert "later today" not in screen.counts.text()  # a suspended card is not coming back
    second = screen.current.question_id
    assert second != first
    # When she presses B: that one is buried until tomorrow and the next shows
    screen.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_B)
    assert flags.marks_of(bank, ada.id, second, now=now_utc()).buried
    assert screen.current is not None and screen.current.question_id not in (first, second)
    assert not queue_ids(window) & {first, second}


class WhenModal:
    """Runs ``check`` on the next modal dialog once it shows; ``ran`` names that dialog."""

    def __init__(self, check: Callable[[QWidget], None]) -> None:
        self.check = check
        self.ran: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        self.timer.stop()
        self.ran.append(type(modal).__name__)
        self.check(modal)


def retype_prompt(text: str) -> Callable[[QWidget], None]:
    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, QuestionDialog)
        dialog.form.prompt.selectAll()
        QTest.keyClicks(dialog.form.prompt, text)
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return edit


def test_the_teacher_edits_a_question_in_place_from_the_browser(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Given the teacher unlocked and the browser on the short answer
    assert window.bank is not None
    teacher_passphrase.set_passphrase(window.bank, "open sesame")
    assert unlock_teacher(window.session, "open sesame")
    screen = open_browser(qtbot, window)
    search(qtbot, screen, "kind:short_answer")
    screen.table.setFocus()
    screen.table.selectRow(0)
    # When Enter opens the question's form and the prompt is retyped and accepted
    step = WhenModal(retype_prompt("Which city is the capital of Italy?"))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(step.ran))
    # Then the table shows the saved question, and so does the bank
    assert column(screen, Column.TEXT) == ["Which city is the capital of Italy?"]
    assert screen.status.text().startswith("Saved the question.")
    stored = browse.stored_question(window.bank, screen.model.row_at(0).question_id)
    assert stored.question.prompt == "Which city is the capital of Italy?"
    assert stored.set_name == "Every kind"


def test_a_locked_teacher_mode_asks_for_the_passphrase_before_editing(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.bank is not None
    teacher_passphrase.set_passphrase(window.bank, "open sesame")
    lock_teacher(window.session)
    screen = open_browser(qtbot, window)
    screen.table.selectRow(0)
    before = column(screen, Column.TEXT)
    # When the learner presses Enter on a question, the gate asks; cancelling changes nothing
    step = WhenModal(lambda dialog: dialog.close())
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(step.ran))
    assert step.ran == ["PassphraseDialog"]
    assert column(screen, Column.TEXT) == before


def test_e_in_a_review_edits_the_question_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    # Given the teacher unlocked, reviewing 'Every kind'
    assert window.bank is not None
    teacher_passphrase.set_passphrase(window.bank, "open sesame")
    assert unlock_teacher(window.session, "open sesame")
    qtbot.keyClick(window, Qt.Key.Key_R)
    screen = window.review_screen
    assert screen is not None and screen.card is not None
    question_id = screen.current.question_id  # type: ignore[union-attr]
    # When E opens the form and the prompt is retyped
    step = WhenModal(retype_prompt("A better prompt?"))
    screen.setFocus()
    qtbot.keyClick(screen, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: bool(step.ran))
    # Then the same question shows again with the new prompt, not yet answered
    assert screen.current is not None and screen.current.question_id == question_id
    assert screen.card is not None and "A better prompt?" in screen.card.prompt.text()
    assert browse.stored_question(window.bank, question_id).question.prompt == "A better prompt?"


def test_question_text_is_shown_as_text_never_as_markup(qtbot: QtBot) -> None:
    from PySide6.QtGui import QTextDocument

    from quizapp.ui.models.browse_model import BrowseModel

    # Given a question whose prompt holds markup
    row = browse.BrowseRow(
        1, "Set", '<img src="x"> <b>bold</b> & co', "short_answer", ("<i>tag</i>",), None,
        None, None, 0, 0, 0, suspended=False, buried=False, starred=False,
    )  # fmt: skip
    model = BrowseModel(now_utc())
    model.set_rows([row], now_utc())
    # Then its cell is the text itself, and its tooltip reads the same text
    cell = model.data(model.index(0, COLUMNS.index(Column.TEXT)))
    assert cell == '<img src="x"> <b>bold</b> & co'
    tip = model.data(model.index(0, COLUMNS.index(Column.TEXT)), Qt.ItemDataRole.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert doc.toPlainText() == '<img src="x"> <b>bold</b> & co'
    # And a tag cell, which a narrow column cuts, reads whole in its tooltip too
    tip = model.data(model.index(0, COLUMNS.index(Column.TAGS)), Qt.ItemDataRole.ToolTipRole)
    doc.setHtml(tip)
    assert doc.toPlainText() == "<i>tag</i>"


def test_at_the_default_size_every_column_shows_and_the_question_has_the_room(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    # Given the bundled set with its tags, in the app's theme, at the default size 900x620
    assert window.bank is not None
    sets.load_bundled_sets(window.bank)
    apply_theme(qapp, "light", 11)
    window.resize(900, 620)
    screen = open_browser(qtbot, window)
    screen.set_box.setCurrentIndex(
        screen.set_box.findText("Caucasus", Qt.MatchFlag.MatchStartsWith)
    )
    table = screen.table
    star = COLUMNS.index(Column.STARRED)

    def star_in_view() -> bool:
        right = table.columnViewportPosition(star) + table.columnWidth(star)
        return 0 < right <= table.viewport().width() and table.horizontalScrollBar().maximum() == 0

    # Then the star column ends inside the table (no scrolling sideways to see a star)
    qtbot.waitUntil(star_in_view)
    # And the question column is the widest: nearly half the table, the others narrowed
    question = table.columnWidth(COLUMNS.index(Column.TEXT))
    assert question >= 26 * table.fontMetrics().averageCharWidth()
    assert question == max(table.columnWidth(n) for n in range(len(COLUMNS)))
    assert question >= 0.35 * table.viewport().width()  # it was a fifth (the others at 14)
    # but Due reads whole ("suspended", "in 1.2mo"): it is never narrowed
    due = COLUMNS.index(Column.DUE)
    char = table.fontMetrics().averageCharWidth()
    assert table.columnWidth(due) >= min(table.sizeHintForColumn(due), 14 * char)


def test_the_other_columns_narrow_toward_their_headers_for_the_question() -> None:
    from quizapp.ui.screens.browser import narrowed

    widths = {1: (40, 100), 2: (50, 50), 3: (30, 90)}  # (header, wanted)
    assert narrowed(widths, 300) == {1: 100, 2: 50, 3: 90}  # room for all
    assert narrowed(widths, 180) == {1: 70, 2: 50, 3: 60}  # each gives half its slack
    assert narrowed(widths, 10) == {1: 40, 2: 50, 3: 30}  # never under the header
