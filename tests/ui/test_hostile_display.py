"""Questions and articles holding HTML are shown as text: nothing of the markup is
rendered, so nothing can load remote content or run."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quizapp.questiondata import ArticleData, QuestionData, problems
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
