"""The article's text box, which can mark the sentence a question came from."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from quizapp.ui.theme import app_is_dark, status_colours


class ArticleText(QPlainTextEdit):
    """Plain article text (pasted or read from a file) with one sentence marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Article text")
        self.setPlaceholderText("Paste the article here, or open a file.")

    def highlight(self, sentence: str) -> bool:
        """Mark ``sentence`` and scroll to it; whether it was found."""
        found = self.document().find(sentence.strip()) if sentence.strip() else None
        if found is None or found.isNull():
            self.setExtraSelections([])
            return False
        mark = QTextEdit.ExtraSelection()
        mark.cursor = found
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(status_colours(app_is_dark())["mark"]))
        mark.format = fmt
        self.setExtraSelections([mark])
        cursor = QTextCursor(found)
        cursor.setPosition(found.selectionStart())
        self.setTextCursor(cursor)
        self.centerCursor()
        return True
