"""Questions and articles holding HTML are shown as text: nothing of the markup is
rendered, so nothing can load remote content or run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quizapp.content import sets
from quizapp.questiondata import ArticleData, QuestionData, SetData, problems
from quizapp.startup import open_app_bank
from quizapp.study import learners
from quizapp.ui.dialogs.article_dialog import ArticleDialog
from quizapp.ui.widgets.question_card import QuestionCard

IMG = '<img src="http://example.com/x.png">'
SCRIPT = "<script>alert(1)</script>"
LINK = '<a href="javascript:alert(2)">click</a>'
HOSTILE = f"Which river {IMG} {SCRIPT} {LINK}?"


def hostile_questions() -> list[QuestionData]:
    """One question of every kind with markup in each text it shows."""
    questions = [
        QuestionData("mc", "multiple_choice", HOSTILE, answer=f"Danube {IMG}",
                     choices=[f"Danube {IMG}", f"Rhine {SCRIPT}", LINK]),
        QuestionData("tf", "true_false", HOSTILE, answer="true"),
        QuestionData("sa", "short_answer", HOSTILE, answer=f"Danube{SCRIPT}"),
        QuestionData("num", "numeric", HOSTILE, answer="3"),
        QuestionData("cloze", "cloze", f"{IMG} flows into the ___ Sea {SCRIPT}",
                     answer="Black"),
        QuestionData("order", "ordering", HOSTILE, choices=[IMG, SCRIPT, LINK]),
        QuestionData("match", "matching", HOSTILE,
                     pairs=[[IMG, "a"], [SCRIPT, "b"], [LINK, f"c {IMG}"]]),
        QuestionData("card", "flashcard", HOSTILE, answer=f"Back {IMG} {SCRIPT}"),
    ]  # fmt: skip
    for q in questions:
        q.explanation, q.source = f"Because {IMG}{SCRIPT}", f"The {IMG} river {SCRIPT}."
        assert problems(q) == []
    return questions


def rendered(label: QLabel) -> QTextDocument | None:
    """The document a label renders, or None when it shows its text as plain text."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if not rich:
        return None
    document = QTextDocument()
    document.setHtml(text)
    return document


def live_markup(document: QTextDocument, own_links: tuple[str, ...] = ()) -> list[str]:
    """Images and links the document renders (other than ``own_links``)."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            form = fragments.fragment().charFormat()
            if form.isImageFormat():
                found.append(f"image {form.toImageFormat().name()!r}")
            if form.isAnchor() and form.anchorHref() and form.anchorHref() not in own_links:
                found.append(f"link {form.anchorHref()!r}")
            fragments += 1
        block = block.next()
    return found


def rendered_markup(labels: list[QLabel]) -> list[str]:
    """Images or links any of ``labels`` renders from question text."""
    found = []
    for label in labels:
        document = rendered(label)
        if document is not None:
            found += [f"{label.text()!r}: {m}" for m in live_markup(document, ("article",))]
    return found


def make_card(qtbot: QtBot, question: QuestionData) -> QuestionCard:
    card = QuestionCard(question)
    qtbot.addWidget(card)
    card.show()
    card.show_feedback(correct=False, expected=question.answer or "x", note=IMG, has_article=True)
    return card


@pytest.mark.parametrize("question", hostile_questions(), ids=lambda q: q.kind)
def test_prompt_answer_and_source_are_shown_as_text(qtbot: QtBot, question: QuestionData) -> None:
    # Given a question whose texts hold a remote image, a script and a javascript: link
    card = make_card(qtbot, question)
    # Then the prompt label holds the escaped text and displays it literally
    document = rendered(card.prompt)
    assert document is not None
    assert IMG in document.toPlainText() and SCRIPT in document.toPlainText()
    assert rendered_markup([card.prompt, card.answer_label, card.source_label]) == []
    # And the only link the card renders is its own "Open the article here"
    assert card.source_label.openExternalLinks() is False
    assert 'href="article"' in card.source_label.text()


def _text_labels(card: QuestionCard) -> list[QLabel]:
    return [label for label in card.findChildren(QLabel) if label.text()]


def test_the_explanation_is_shown_as_text(qtbot: QtBot) -> None:
    card = make_card(qtbot, hostile_questions()[0])
    assert card.explanation_label.isVisibleTo(card)
    assert rendered_markup([card.explanation_label]) == []


def test_matching_sides_are_shown_as_text(qtbot: QtBot) -> None:
    card = make_card(qtbot, hostile_questions()[6])
    assert rendered_markup(card.input.findChildren(QLabel)) == []


@pytest.mark.parametrize("question", hostile_questions(), ids=lambda q: q.kind)
def test_no_label_renders_markup(qtbot: QtBot, question: QuestionData) -> None:
    # Every label of the card shows the question as text
    card = make_card(qtbot, question)
    assert rendered_markup(_text_labels(card)) == []


def test_the_article_is_escaped_and_never_loads_remote_content(qtbot: QtBot) -> None:
    # Given an article whose title and text hold markup, links and a remote image
    text = f"First line {IMG}.\nThe river {SCRIPT} flows east. {LINK}\nSee http://example.com/."
    article = ArticleData(title=f"Rivers {IMG}", source="x.txt", text=text)
    dialog = ArticleDialog(article, sentence=f"The river {SCRIPT} flows east.")
    qtbot.addWidget(dialog)
    dialog.show()
    browser = dialog.browser
    # Then links are never followed and the markup is shown literally, not rendered
    assert browser.openLinks() is False
    assert browser.openExternalLinks() is False
    shown = browser.toPlainText()
    assert IMG in shown and SCRIPT in shown and LINK in shown
    # And the document holds no image and no link (only the dialog's own anchor name)
    assert live_markup(browser.document()) == []
    assert browser.document().toHtml().lower().count("<a ") == 1


# --- every screen of the window, with markup in every string a user or a file controls ---

MARK = '<img src="file:///tmp/quizapp-hostile.png"><a href="http://example.com/">x</a>'


def tooltip_markup(tip: str) -> list[str]:
    """Images or links a tooltip would render (Qt guesses rich text as for a label)."""
    if not tip or not QtGui.Qt.mightBeRichText(tip):
        return []
    document = QTextDocument()
    document.setHtml(tip)
    return live_markup(document)


def _model_tooltips(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    tips, parents = [], [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            column, index = 0, model.index(row, 0, parent)
            while index.isValid():  # (a list model's columnCount is private)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                tips.append(tip if isinstance(tip, str) else "")
                column += 1
                index = model.index(row, column, parent)
            parents.append(model.index(row, 0, parent))
    return tips


def markup_shown(root: QWidget) -> list[str]:
    """Every image or foreign link a label or a tooltip under ``root`` renders."""
    widgets = [root, *root.findChildren(QWidget)]
    labels = [w for w in widgets if isinstance(w, QLabel) and w.text()]
    found = rendered_markup(labels)
    for widget in widgets:
        tips = [widget.toolTip()]
        if isinstance(widget, QAbstractItemView):
            tips += _model_tooltips(widget)
        found += [
            f"tooltip of {type(widget).__name__}: {m}" for t in tips for m in tooltip_markup(t)
        ]
    return found


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """A bank whose set name, description, learner, prompts, choices and ids hold markup."""
    db = tmp_path / "hostile.sqlite3"
    bank = open_app_bank(db)
    questions = [
        QuestionData(f"mc {MARK}", "multiple_choice", f"Which river? {MARK}",
                     answer=f"Danube {MARK}", choices=[f"Danube {MARK}", f"Rhine {MARK}"]),
        QuestionData(f"tf {MARK}", "true_false", f"{MARK} is a river.", answer="true"),
        QuestionData(f"card {MARK}", "flashcard", f"{MARK} front", answer=f"{MARK} back"),
    ]  # fmt: skip
    sets.add_set(bank, SetData(name=f"Rivers {MARK}", description=f"About {MARK}",
                               questions=questions))  # fmt: skip
    learners.create_learner(bank, f"Ada {MARK}", new_per_day=50, timezone="UTC")
    bank.close()
    return db


def test_no_screen_renders_markup_from_names_sets_or_questions(
    qtbot: QtBot, hostile_db: Path, tmp_path: Path, answer_card: Callable[..., None]
) -> None:
    from modal_steps import on_next_modal
    from PySide6.QtWidgets import QDialog, QMessageBox

    from quizapp.settings import Settings
    from quizapp.store import teacher_passphrase
    from quizapp.ui.dialogs.learner_dialog import LearnerDialog
    from quizapp.ui.dialogs.learner_password import LearnerPasswordDialog, UnlockLearnerDialog
    from quizapp.ui.dialogs.passphrase_dialog import unlock_teacher
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.screens.quiz import QuizScreen
    from quizapp.ui.widgets.proposal_table import Proposal

    window = MainWindow(db=hostile_db, settings=Settings(last_learner=f"Ada {MARK}"))
    window.show()
    bank, learner = window.bank, window.learner
    assert bank is not None and learner is not None
    found: list[str] = []

    def look(where: str, root: QWidget) -> None:
        found.extend(f"{where}: {m}" for m in markup_shown(root))

    try:
        look("home", window)
        names = [row.name for row in window.home.rows()]
        set_id = window.home.rows()[names.index(f"Rivers {MARK}")].set_id
        window.home.table.selectRow(names.index(f"Rivers {MARK}"))
        # Review, before and after an answer
        window.start_review(set_id)
        look("review", window)
        card = window.review_screen.card if window.review_screen else None
        assert card is not None
        card.input.setFocus()
        qtbot.keyClick(card.input, "1")
        look("review feedback", window)
        # A quiz, its question and its results
        window.start_quiz(set_id)
        screen = window.stack.currentWidget()
        assert isinstance(screen, QuizScreen)
        look("quiz", window)
        screen.size_box.setValue(3)
        screen.start_button.click()
        for _ in range(3):
            assert screen.card is not None
            look("quiz question", screen)
            if screen.card.question.kind == "flashcard":
                screen.card.input.show_button.click()
                look("quiz feedback", screen)
                qtbot.keyClick(screen, Qt.Key.Key_1)
            else:
                answer_card(qtbot, screen.card, right=False)
                look("quiz feedback", screen)
                screen.next_button.click()
        assert screen.pages.currentIndex() == 2, "the results show"
        look("quiz results", screen)
        window.show_progress()
        qtbot.wait(200)
        look("progress", window)
        window.show_home()
        # The teacher's screens
        teacher_passphrase.set_passphrase(bank, "teacher passphrase")
        assert unlock_teacher(window.session, "teacher passphrase")
        editor = window.teacher.open_editor()
        assert editor is not None
        editor.reload(f"Rivers {MARK}", None)
        assert "Rivers" in editor.form_title.text()
        look("editor", editor)
        editor.form.choices.setPlainText(f"Danube {MARK}\nRhine {MARK}\nRhine {MARK}")  # quoted
        qtbot.waitUntil(
            lambda: any(label.isVisibleTo(editor) for label in editor.form.errors.values())
        )
        look("editor errors", editor)
        editor.form.load(editor.form.loaded())
        view = window.teacher.open_class_view()
        assert view is not None
        qtbot.waitUntil(lambda: view.report is not None)
        look("class view", window)
        editor.close()
        window.show_home()
        # Questions from an article: a file name and proposals holding markup
        generate = window.teacher.open_generate_dialog()
        assert generate is not None
        article = tmp_path / "River <img src=hostile.png>.txt"  # no / in a file name
        article.write_text(f"The river {MARK} flows east.", encoding="utf-8")
        generate.load_article(str(article))
        qtbot.waitUntil(lambda: "when ready" in generate.status.text(), timeout=20_000)
        look("generate's article", generate)
        question = QuestionData(f"g {MARK}", "short_answer", f"Which {MARK}?", answer=MARK)
        generate.table.show_proposals([Proposal(question)])
        look("generate", generate)
        generate.done(0)  # closing would ask about the unreviewed proposal
        # The learner dialogs, with a name that already exists
        dialog = LearnerDialog(bank, learner.name, window)
        qtbot.keyClicks(dialog.name_edit, learner.name)
        dialog.add_button.click()
        look("learner dialog", dialog)
        dialog.reject()
        for password_dialog in (UnlockLearnerDialog(learner, lambda _t: False, window),
                                LearnerPasswordDialog(bank, learner, window)):  # fmt: skip
            password_dialog.show()
            look(type(password_dialog).__name__, password_dialog)
            password_dialog.reject()
        # Import and export messages naming the file's question ids and the set
        boxes: list[QDialog] = []

        def keep(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            assert MARK in box.text()
            look(f"message {box.windowTitle()}", box)
            boxes.append(box)
            box.button(QMessageBox.StandardButton.No).click() if box.button(
                QMessageBox.StandardButton.No
            ) else box.button(QMessageBox.StandardButton.Ok).click()

        bad = tmp_path / "bad.yaml"  # the error quotes the question's id and answer
        bad.write_text(
            f"format: quizapp-set/1\nname: x\nquestions:\n  - id: '{MARK}'\n"
            f"    kind: multiple_choice\n    prompt: p\n    answer: '{MARK}'\n"
            "    choices: [a, b]\n",
            encoding="utf-8",
        )
        files = window.files
        assert files is not None
        on_next_modal([keep])
        files.import_path(str(bad))
        qtbot.waitUntil(lambda: bool(boxes) and not files.working(), timeout=20_000)
        on_next_modal([keep])
        files.export_path(f"Rivers {MARK}", str(tmp_path / "rivers.csv"))
        qtbot.waitUntil(lambda: len(boxes) == 2 and not files.working(), timeout=20_000)
    finally:
        window.close()
        window.deleteLater()
    assert found == [], "\n".join(found)


TIPS = [
    "Answer Danube (key 1)",
    f"Answer {MARK} (key 1)",
    "Tom &amp; Jerry",
    f"two\n{MARK}",
    "&lt;",
]


@pytest.mark.parametrize("text", TIPS)
def test_a_tooltip_shows_its_text_literally(text: str) -> None:
    from quizapp.ui.plain import tooltip

    tip = tooltip(text)
    if QtGui.Qt.mightBeRichText(tip):
        document = QTextDocument()
        document.setHtml(tip)
        shown = document.toPlainText()
    else:
        shown = tip
    assert shown.replace("\u2029", "\n") == text
