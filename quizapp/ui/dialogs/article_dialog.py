"""The whole article, scrolled to the sentence a question came from."""

from __future__ import annotations

import html

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from quizapp.questiondata import ArticleData


class ArticleDialog(QDialog):
    """Read-only article text with one sentence marked."""

    def __init__(
        self,
        article: ArticleData,
        sentence: str = "",
        mark: str = "#fff2a8",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(article.title or "Article")
        self.resize(640, 560)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # articles never load remote content
        self.browser.setAccessibleName("Article text")
        body = html.escape(article.text)
        target = html.escape(sentence.strip())
        if target and target in body:
            body = body.replace(
                target, f'<a name="here"></a><span style="background:{mark};">{target}</span>', 1
            )
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
        self.browser.setHtml(f"<h2>{html.escape(article.title)}</h2>{paragraphs}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        if target:
            self.browser.scrollToAnchor("here")
            found = self.browser.document().find(
                sentence.strip()[:60], 0, QTextDocument.FindFlag(0)
            )
            if not found.isNull():
                cursor = QTextCursor(found)
                self.browser.setTextCursor(cursor)
                self.browser.ensureCursorVisible()
