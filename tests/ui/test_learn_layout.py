"""Learn mode in a small window: long options wrap, nothing scrolls sideways, the prompt stays."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.content import sets
from quizapp.formats import quizset
from quizapp.startup import open_app_bank
from quizapp.store.bank import Bank
from quizapp.study import learners
from quizapp.study.learn import Stage
from quizapp.ui.screens.learn_screen import LearnScreen
from quizapp.ui.widgets.answer_inputs import ChoiceInput, TextInput

LONG = [  # flashcard backs: asked first as a choice among each other
    "A mediation body set up in the early nineties and led by three countries; its talks "
    "yielded nothing in almost three decades, the president said",
    "Armenia wants to settle who controls the enclaves scattered along the frontier; "
    "Azerbaijan wants Armenia to give back four villages it has held since the war",
    "It matters to the people of the region, to the wider Black Sea area and to North "
    "Atlantic security, the secretary general said when he came",
    "Armenia called it ethnic cleansing; Azerbaijan rejected that and said those who left "
    "could have stayed and been integrated as citizens of the country",
]
LONG_PROMPT = (
    "On the third of March, about four thousand two hundred dock workers in the port walked "
    "off the job after the harbour company cut their wages by ___ without any warning at all"
)


def set_text() -> str:
    cards = "".join(
        f"  - {{id: c{n}, kind: flashcard, prompt: 'Card {n}?', answer: '{back}'}}\n"
        for n, back in enumerate(LONG)
    )
    gap = (
        f"  - {{id: gap, kind: cloze, prompt: '{LONG_PROMPT}', answer: 12 percent,"
        f" explanation: '{' '.join(LONG)}',"  # a tall feedback
        f" source: '{LONG_PROMPT.replace('___', '12 percent')}'}}\n"
    )
    return "format: quizapp-set/1\nname: Long\nquestions:\n" + cards + gap


@pytest.fixture
def learn_bank(tmp_path: Path) -> Iterator[tuple[Bank, int, int]]:
    bank = open_app_bank(tmp_path / "b.sqlite3")
    summary = sets.add_set(bank, quizset.loads(set_text()))
    ada = learners.create_learner(bank, "Ada", timezone="UTC")
    yield bank, ada.id, summary.id
    bank.close()


def learn_screen(
    qtbot: QtBot, learn_bank: tuple[Bank, int, int], size: tuple[int, int]
) -> LearnScreen:
    bank, learner, set_id = learn_bank
    screen = LearnScreen(bank, learner, set_id, "Long", rng=random.Random(2))
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    assert screen.begin()
    return screen


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def ask_first(screen: LearnScreen, uid: str) -> None:
    """Put the question ``uid`` first in the round (a test's shortcut) and show it."""
    learn = screen.learn
    assert learn is not None
    qid = next(q for q, item in screen.questions.items() if item.question.uid == uid)
    learn._state.queue.insert(0, qid)
    screen._show_current()
    settle()


@pytest.mark.parametrize("size", [(900, 620), (640, 440)])
def test_long_options_wrap_and_nothing_scrolls_sideways(
    qtbot: QtBot, learn_bank: tuple[Bank, int, int], size: tuple[int, int]
) -> None:
    # Given Ada learning a set whose flashcards have long backs, at this window size
    screen = learn_screen(qtbot, learn_bank, size)
    ask_first(screen, "c0")
    card = screen.card
    assert card is not None and isinstance(card.input, ChoiceInput)
    area = card.scroll_area
    # Then every option shows whole, wrapped onto lines within the card's width
    assert area.widget().width() <= area.viewport().width()
    for button in card.input.buttons:
        assert button.geometry().right() <= area.viewport().width()
        label = button.label  # type: ignore[attr-defined]
        assert label.height() >= label.heightForWidth(label.width())  # all its lines show
        assert label.height() > 2 * label.fontMetrics().height() * 0.9  # wrapped: 2 lines or more
    # When she answers, the feedback (the long back in bold) wraps too: no sideways scroll
    card.input.choose(1)
    settle()
    assert area.widget().width() <= area.viewport().width()
    assert area.horizontalScrollBar().value() == 0
    assert card.answer_label.width() <= area.viewport().width()


def test_at_the_smallest_size_the_prompt_stays_in_view_beside_the_feedback(
    qtbot: QtBot, learn_bank: tuple[Bank, int, int]
) -> None:
    # Given Ada at the smallest window, a familiar gap question with a long prompt, typed
    screen = learn_screen(qtbot, learn_bank, (640, 415))  # the window's, under its menu bar
    assert screen.learn is not None
    ask_first(screen, "gap")
    gap = screen.current_id
    assert gap is not None
    screen.learn._state.stage[gap] = Stage.FAMILIAR
    screen._show_current()
    card = screen.card
    assert card is not None and isinstance(card.input, TextInput)
    # When she types a wrong answer and the feedback shows
    card.input.edit.setText("7 percent")
    card.input.submitted.emit()
    qtbot.waitUntil(lambda: card.feedback.isVisible())
    settle()
    area = card.scroll_area
    content = area.widget()
    shown_from = area.verticalScrollBar().value()
    shown_to = shown_from + area.viewport().height()
    # Then the prompt's top is still in view, and so is the verdict
    prompt_top = card.prompt.mapTo(content, card.prompt.rect().topLeft()).y()
    verdict = card.verdict_label.mapTo(content, card.verdict_label.rect().bottomLeft()).y()
    assert shown_from <= prompt_top, "the prompt scrolled out of view"
    assert verdict <= shown_to, "the verdict is out of view"
