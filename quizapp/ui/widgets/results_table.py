"""A finished quiz's answers, one row each: right ✔, wrong ✘, or not answered –; and its time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from quizapp.study import quiz
from quizapp.ui.humanize import duration
from quizapp.ui.plain import tooltip
from quizapp.ui.theme import app_is_dark, status_colours

# The answer columns take what their text needs, at most this share of the width each;
# the question takes the rest, so its rows wrap onto few lines.
ANSWER_SHARE = 0.27  # of the width, each answer column at most (the question keeps the most)
NOT_ANSWERED = "not answered"


def mark_of(answer: quiz.QuizAnswer) -> tuple[str, str, str]:
    """(sign, what it says, colour role) of one answer."""
    if not answer.answered:
        return "–", NOT_ANSWERED, "muted"
    return ("✔", "right", "right") if answer.correct else ("✘", "wrong", "wrong")


class ResultsTable(QTableWidget):
    """Sign, question, the learner's answer, the right one and the time taken; rows as tall
    as their text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(["", "Question", "Your answer", "Right answer", "Time"])
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )  # rows as tall as their wrapped text, again when the width changes

    def show_answers(self, answers: list[quiz.QuizAnswer]) -> None:
        self.setRowCount(len(answers))
        for row, answer in enumerate(answers):
            self._fill_row(row, answer)
        self._fit_answer_columns()
        self.resizeRowsToContents()

    def _fill_row(self, row: int, answer: quiz.QuizAnswer) -> None:
        colours = status_colours(app_is_dark())
        sign, says, role = mark_of(answer)
        mark = QTableWidgetItem(sign)
        mark.setToolTip(says)
        mark.setForeground(QColor(colours[role]))
        mark.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setItem(row, 0, mark)
        given = (answer.shown or "(left empty)") if answer.answered else NOT_ANSWERED
        for column, text in enumerate((answer.prompt, given, answer.expected), start=1):
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip(text))
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if column == 2 and not answer.answered:  # set apart from a wrong answer
                item.setForeground(QColor(colours["muted"]))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            self.setItem(row, column, item)
        took = "" if answer.duration_ms is None else duration(answer.duration_ms / 1000)
        time_item = QTableWidgetItem(took)
        time_item.setToolTip("time spent on the question" if took else NOT_ANSWERED)
        time_item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.setItem(row, 4, time_item)

    def _fit_answer_columns(self) -> None:
        """Each answer column as wide as its text, up to its share of the width."""
        most = max(80, int(self.viewport().width() * ANSWER_SHARE))
        for column in (2, 3):
            needed = max(
                self.sizeHintForColumn(column), self.horizontalHeader().sectionSizeHint(column)
            )
            self.setColumnWidth(column, min(needed, most))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_answer_columns()
