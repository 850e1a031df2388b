"""The questions of a set, with search by text and filters by kind and tag."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.questiondata import KINDS, QuestionData
from quizapp.store.models import QuestionKind
from quizapp.ui.plain import tooltip
from quizapp.ui.widgets.question_card import KIND_TITLES

UID_ROLE = Qt.ItemDataRole.UserRole
# The list's Kind column in a word, so the prompts get the width (the full name is its tooltip)
SHORT_KIND: dict[str, str] = {
    QuestionKind.MULTIPLE_CHOICE: "Choice",
    QuestionKind.TRUE_FALSE: "True/false",
    QuestionKind.SHORT_ANSWER: "Typed",
    QuestionKind.NUMERIC: "Number",
    QuestionKind.CLOZE: "Gap",
    QuestionKind.ORDERING: "Order",
    QuestionKind.MATCHING: "Match",
    QuestionKind.FLASHCARD: "Card",
}


def searchable(q: QuestionData) -> str:
    """Every text of ``q`` a search looks in, folded."""
    parts = [q.prompt, q.answer, q.explanation, q.source or "", *q.accepted, *q.tags]
    parts += q.choices or []
    parts += [side for pair in q.pairs or [] for side in pair]
    return "\n".join(parts).casefold()


def matches(q: QuestionData, text: str, kind: str | None, tag: str | None) -> bool:
    """Whether ``q`` passes the search ``text`` and the kind and tag filters."""
    if kind is not None and q.kind != kind:
        return False
    if tag is not None and tag not in q.tags:
        return False
    words = text.casefold().split()
    haystack = searchable(q) if words else ""
    return all(word in haystack for word in words)


class QuestionList(QWidget):
    """Lists questions in set order; hides those the search and filters leave out."""

    current_changed = Signal(object)  # the uid of the chosen question, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._questions: list[QuestionData] = []
        self._quiet = False
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search questions")
        self.search.setAccessibleName("Search questions")
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Kind filter")
        self.kind_filter.addItem("Every kind", None)
        for kind in KINDS:
            self.kind_filter.addItem(KIND_TITLES.get(kind, kind), kind)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName("Tag filter")
        self.tag_filter.addItem("Every tag", None)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Questions")
        self.tree.setHeaderLabels(["#", "Question", "Kind"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._on_filter_changed)
        self.kind_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.tag_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)

    def show_questions(self, questions: list[QuestionData], select: str | None = None) -> None:
        """List ``questions`` and choose ``select`` (quietly: no ``current_changed``)."""
        self._questions = list(questions)
        self._quiet = True
        self.tree.clear()
        for number, q in enumerate(questions, start=1):
            first_line = q.prompt.splitlines()[0] if q.prompt else ""
            item = QTreeWidgetItem([str(number), first_line, SHORT_KIND.get(q.kind, q.kind)])
            item.setToolTip(2, KIND_TITLES.get(q.kind, q.kind))
            item.setData(0, UID_ROLE, q.uid)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, tooltip(q.prompt))
            self.tree.addTopLevelItem(item)
        self._fill_tags(sorted({t for q in questions for t in q.tags}, key=str.casefold))
        self._apply_filter()
        self.select(select, quiet=True)
        self._quiet = False

    def _fill_tags(self, tags: list[str]) -> None:
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem("Every tag", None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(chosen)))
        self.tag_filter.blockSignals(False)

    def select(self, uid: str | None, *, quiet: bool = False) -> None:
        """Make ``uid`` the current question (none when absent)."""
        before = self._quiet
        self._quiet = quiet or before
        target = next((i for i in self._items() if i.data(0, UID_ROLE) == uid), None)
        self.tree.setCurrentItem(target)  # type: ignore[arg-type]
        if target is None:
            self.tree.clearSelection()
        else:
            self.tree.scrollToItem(target)
        self._quiet = before

    def current_uid(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, UID_ROLE)) if item is not None else None

    def filtering(self) -> bool:
        """Whether the search or a filter hides some questions."""
        return any(item.isHidden() for item in self._items())

    def visible_uids(self) -> list[str]:
        return [str(i.data(0, UID_ROLE)) for i in self._items() if not i.isHidden()]

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def _apply_filter(self) -> None:
        text = self.search.text()
        kind, tag = self.kind_filter.currentData(), self.tag_filter.currentData()
        for item, q in zip(self._items(), self._questions, strict=True):
            item.setHidden(not matches(q, text, kind, tag))

    def _on_filter_changed(self) -> None:
        self._apply_filter()  # the form keeps the question it shows, even if now hidden

    def _on_current_changed(self) -> None:
        if not self._quiet:
            self.current_changed.emit(self.current_uid())
