"""The question form: quiet until the teacher types, in a teacher's words, and fields stay put."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quizapp.questiondata import KINDS, QuestionData
from quizapp.ui.widgets.question_form import QuestionForm

INTERNAL = re.compile("|".join([*KINDS, r"\bid\b", "true_false", "fact_kind"]))


def shown_problems(form: QuestionForm) -> list[str]:
    labels: list[QLabel] = [*form.errors.values(), form.general_error]
    return [label.text() for label in labels if label.isVisibleTo(form) and label.text()]


@pytest.fixture
def form(qtbot: QtBot) -> QuestionForm:
    widget = QuestionForm()
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.show()
    return widget


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_question_shows_no_problem_before_typing(form: QuestionForm, kind: str) -> None:
    # Given a new, blank question of ``kind``
    form.load(QuestionData(uid="q9", kind=kind, prompt=""))
    # Then nothing is shown as wrong, though it cannot be saved yet
    assert shown_problems(form) == []
    assert form.problems() != []


@pytest.mark.parametrize("kind", KINDS)
def test_problems_are_in_a_teachers_words(form: QuestionForm, kind: str) -> None:
    # Given a question saved too soon: a blank one, then one with bad choices or numbers
    form.load(QuestionData(uid="", kind=kind, prompt=""))
    form.check(reveal=True)
    blank = shown_problems(form)
    form.prompt.setPlainText("A question without its gap")
    form.choices.setPlainText("Nile")
    form.answer.setText("six hundred")
    form.pairs.setPlainText("Nile = Egypt")
    typed = shown_problems(form)
    # Then every problem shows, and none names an internal kind or field
    assert blank != []
    assert [p for p in blank + typed if INTERNAL.search(p)] == []
    assert all(p[0].isupper() for p in blank + typed)


def test_problems_show_for_fields_typed_in_or_passed(form: QuestionForm) -> None:
    # Given a new short-answer question
    form.load(QuestionData(uid="q9", kind="short_answer", prompt=""))
    # When the teacher types an explanation (below the prompt and the answer)
    form.explanation.setPlainText("Paris has been the capital since 987.")
    # Then the fields above it say what they need
    assert form.errors["prompt"].text() == "Type the question"
    assert form.errors["answer"].text() == "Type the right answer"


def test_fields_stay_put_as_problems_come_and_go(qtbot: QtBot, form: QuestionForm) -> None:
    # Given a numeric question being typed
    form.load(QuestionData(uid="q9", kind="numeric", prompt="How long is the Nile?", answer="6650"))
    qtbot.waitUntil(lambda: form.explanation.isVisible())

    def places() -> list[int]:
        return [form.explanation.mapTo(form, form.explanation.rect().topLeft()).y(),
                form.tags.mapTo(form, form.tags.rect().topLeft()).y()]  # fmt: skip

    before = places()
    # When a problem appears under the tolerance, then goes away
    form.tolerance.setText("about 50")
    assert form.errors["tolerance"].isVisible()
    with_problem = places()
    form.tolerance.setText("50")
    assert not form.errors["tolerance"].isVisible()
    # Then the fields below did not move
    assert before == with_problem == places()
    assert form.errors["tolerance"].testAttribute(Qt.WidgetAttribute.WA_WState_Hidden)
