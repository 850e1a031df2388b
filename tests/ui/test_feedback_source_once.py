"""After an answer, the article's sentence shows once: not as the explanation and the source."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.questiondata import QuestionData, QuestionKind
from quizapp.ui.widgets.question_card import QuestionCard

SENTENCE = "The dockers walked out on 2 March, and the port stood still for a month."


def answered(qtbot: QtBot, explanation: str) -> QuestionCard:
    question = QuestionData(
        uid="walkout",
        kind=QuestionKind.SHORT_ANSWER,
        prompt="When did the dockers walk out?",
        answer="2 March",
        explanation=explanation,
        source=SENTENCE,
    )
    card = QuestionCard(question)
    qtbot.addWidget(card)
    card.show()
    card.show_feedback(correct=True, expected="2 March", has_article=True)
    return card


def test_the_generators_quote_of_the_source_is_not_shown_twice(qtbot: QtBot) -> None:
    # Given a generated question whose explanation only quotes its source sentence
    card = answered(qtbot, f"The article says: “{SENTENCE}”")
    # Then the sentence shows once, on the "From the article" line
    assert card.source_label.isVisible() and "From the article:" in card.source_label.text()
    assert not card.explanation_label.isVisible()


def test_a_quoted_source_sentence_is_not_shown_twice_either(qtbot: QtBot) -> None:
    # Given a source sentence that is itself a quotation
    said = '"We will not go back for less," the union leader said.'
    question = QuestionData(
        uid="quote", kind=QuestionKind.SHORT_ANSWER, prompt="Who said it?", answer="leader",
        explanation=f"The article says: “{said}”", source=said,
    )  # fmt: skip
    card = QuestionCard(question)
    qtbot.addWidget(card)
    card.show()
    card.show_feedback(correct=True, expected="leader", has_article=True)
    # Then it shows once
    assert card.source_label.isVisible() and not card.explanation_label.isVisible()


def test_an_explanation_of_its_own_still_shows(qtbot: QtBot) -> None:
    # Given an explanation a teacher wrote (it says more than the sentence)
    card = answered(qtbot, "The strike began after the wage cut was announced.")
    # Then it shows above the source line
    assert card.explanation_label.isVisible() and card.source_label.isVisible()
