"""A form for one question of any kind, checked as the teacher types.

The fields shown follow the kind; each problem of
:func:`quizapp.questiondata.problems` (and a few the form finds itself, such
as a tolerance that is not a number) is shown under the field it concerns.
"""

from __future__ import annotations

import dataclasses
import math
from typing import assert_never

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.questiondata import FactKind, QuestionData, QuestionKind, problems
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.form_words import teacher_words
from quizapp.ui.widgets.image_field import ImageField
from quizapp.ui.widgets.question_card import KIND_TITLES

Problem = tuple[str, str]
LIST_LABELS = {QuestionKind.MULTIPLE_CHOICE: "&Choices:", QuestionKind.ORDERING: "It&ems in order:"}
LIST_HINTS = {
    QuestionKind.MULTIPLE_CHOICE: "One choice per line",
    QuestionKind.ORDERING: "One item per line, in the right order",
}
ANSWER_KEYS = {  # the row that holds the answer, where it is not the typed "answer" line
    QuestionKind.MULTIPLE_CHOICE: "answer_mc",
    QuestionKind.TRUE_FALSE: "answer_tf",
    QuestionKind.FLASHCARD: "answer_back",
}


def rows_for(kind: QuestionKind) -> set[str]:
    """The rows (beyond those every kind has) that a question of ``kind`` fills in."""
    match kind:
        case QuestionKind.MULTIPLE_CHOICE:
            return {"choices", "answer_mc"}
        case QuestionKind.ORDERING:
            return {"choices"}
        case QuestionKind.TRUE_FALSE:
            return {"answer_tf"}
        case QuestionKind.SHORT_ANSWER | QuestionKind.CLOZE:
            return {"answer", "accepted"}
        case QuestionKind.NUMERIC:
            return {"answer", "tolerance"}
        case QuestionKind.FLASHCARD:
            return {"answer_back"}
        case QuestionKind.MATCHING:
            return {"pairs"}
        case _:
            assert_never(kind)


def lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _changed(widget: QWidget) -> SignalInstance:
    """The signal a field emits when the teacher changes it."""
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, ImageField):
        return widget.changed
    raise TypeError(f"no change signal for {type(widget).__name__}")


class TagCompleter(QCompleter):
    """Completes the last of several comma-separated tags."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        done = widget.text().rsplit(",", 1) if isinstance(widget, QLineEdit) else [""]
        tag = super().pathFromIndex(index)
        return f"{done[0]}, {tag}" if len(done) > 1 else tag

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]


class QuestionForm(QWidget):
    """Edits a :class:`QuestionData`; emits ``edited`` on every change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = QuestionData(uid="", kind=QuestionKind.SHORT_ANSWER, prompt="")
        self._loading = False
        self._touched: set[str] = set()  # fields typed in since loading: their problems show
        self._reveal_all = False  # every problem shows (a loaded question, a save attempt)
        self.kind = QComboBox()
        for kind in QuestionKind:
            self.kind.addItem(KIND_TITLES.get(kind, kind), kind.value)
        self.prompt = self._text_box(3, "The question as the learner reads it")
        self.image = ImageField()
        self.choices = self._text_box(4, "One choice per line")
        self.right_choice = QComboBox()
        self.truth = QComboBox()
        self.truth.addItem("True", "true")
        self.truth.addItem("False", "false")
        self.answer = self._line("The right answer")
        self.back = self._text_box(3, "The back of the card")
        self.accepted = self._text_box(2, "Other answers to accept, one per line")
        self.tolerance = self._line("0 (an exact number)")
        self.pairs = self._text_box(4, "One pair per line: left = right")
        self.explanation = self._text_box(3, "Shown after the answer (optional)")
        self.tags = self._line("Tags, separated by commas")
        self.tag_model = QStringListModel()
        completer = TagCompleter(self.tag_model, self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.fact_kind = QComboBox()
        self.fact_kind.addItem("—", None)
        for fact in FactKind:
            self.fact_kind.addItem(fact.capitalize(), fact.value)
        self.source = self._text_box(2, "The article's sentence this question comes from")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.general_error = self._error_label("Question problem")
        rows = [
            ("&Kind:", self.kind, "kind"),
            ("&Prompt:", self.prompt, "prompt"),
            ("Image:", self.image, "image"),
            ("&Choices:", self.choices, "choices"),
            ("Right c&hoice:", self.right_choice, "answer_mc"),
            ("Ans&wer:", self.truth, "answer_tf"),
            ("Ans&wer:", self.answer, "answer"),
            ("&Back:", self.back, "answer_back"),
            ("A&lso accept:", self.accepted, "accepted"),
            ("&Tolerance ±:", self.tolerance, "tolerance"),
            ("Pa&irs:", self.pairs, "pairs"),
            ("E&xplanation:", self.explanation, "explanation"),
            ("Ta&gs:", self.tags, "tags"),
            ("&Fact:", self.fact_kind, "fact_kind"),
            ("S&ource:", self.source, "source"),
        ]
        self.fields: dict[str, QWidget] = {}
        for label, widget, key in rows:
            self.fields[key] = self._with_error(widget, key)
            self.form.addRow(label, self.fields[key])
            row_label = self.form.labelForField(self.fields[key])
            if isinstance(row_label, QLabel):  # its Alt key goes to the field, not its box
                row_label.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            if key != "kind":
                _changed(widget).connect(lambda *_, k=key: self._on_field_edited(k))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._show_rows()

    # --- building --------------------------------------------------------------

    def _text_box(self, rows: int, hint: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(hint)
        box.setTabChangesFocus(True)
        height = box.fontMetrics().lineSpacing() * rows + 14
        box.setFixedHeight(height)
        return box

    def _line(self, hint: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(hint)
        return line

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setStyleSheet(f"color: {status_colours(app_is_dark())['wrong']};")
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the fields below stay put as messages come and go
        label.setSizePolicy(policy)
        label.hide()
        return label

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.errors[key] = self._error_label(f"Problem with {key}")
        layout.addWidget(self.errors[key])
        return box

    # --- loading and reading ---------------------------------------------------

    def load(self, question: QuestionData) -> None:
        """Show ``question``; the form is clean (not edited) afterwards."""
        self._loading = True
        self._loaded = dataclasses.replace(question)
        q = question
        self.kind.setCurrentIndex(max(0, self.kind.findData(q.kind)))
        self.prompt.setPlainText(q.prompt)
        self.image.set_image(q.image)
        self.choices.setPlainText("\n".join(q.choices or []))
        rows = rows_for(q.kind)
        self._fill_right_choice(q.answer if "answer_mc" in rows else "")
        self.truth.setCurrentIndex(1 if q.answer == "false" else 0)
        self.answer.setText(q.answer if "answer" in rows else "")
        self.back.setPlainText(q.answer if "answer_back" in rows else "")
        self.accepted.setPlainText("\n".join(q.accepted))
        self.tolerance.setText("" if q.tolerance is None else f"{q.tolerance:g}")
        self.pairs.setPlainText("\n".join(f"{left} = {right}" for left, right in q.pairs or []))
        self.explanation.setPlainText(q.explanation)
        self.tags.setText(", ".join(q.tags))
        self.fact_kind.setCurrentIndex(max(0, self.fact_kind.findData(q.fact_kind)))
        self.source.setPlainText(q.source or "")
        self._loaded = self.data()  # as the form reads it: a blank draft is not "edited"
        self._loading = False
        self._touched.clear()
        self._reveal_all = not self.is_blank()  # a new question shows no problem before typing
        self._show_rows()
        self.check()

    def set_known_tags(self, tags: list[str]) -> None:
        """Tags to offer while typing."""
        self.tag_model.setStringList(tags)

    def current_kind(self) -> QuestionKind:
        return QuestionKind(self.kind.currentData())

    def data(self) -> QuestionData:
        """The question as the form shows it now."""
        kind = self.current_kind()
        fact = self.fact_kind.currentData()
        q = QuestionData(
            uid=self._loaded.uid,
            kind=kind,
            prompt=self.prompt.toPlainText().strip(),
            explanation=self.explanation.toPlainText().strip(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            fact_kind=FactKind(fact) if fact else None,
            fact_key=self._loaded.fact_key,
            source=self.source.toPlainText().strip() or None,
            image=self.image.image(),
        )
        match kind:
            case QuestionKind.MULTIPLE_CHOICE:
                q.choices = lines(self.choices.toPlainText())
                q.answer = self.right_choice.currentText()
            case QuestionKind.ORDERING:
                q.choices = lines(self.choices.toPlainText())
            case QuestionKind.TRUE_FALSE:
                q.answer = str(self.truth.currentData())
            case QuestionKind.FLASHCARD:
                q.answer = self.back.toPlainText().strip()
            case QuestionKind.MATCHING:
                q.pairs = self._pairs()[0]
            case QuestionKind.SHORT_ANSWER | QuestionKind.CLOZE:
                q.answer = self.answer.text().strip()
                q.accepted = lines(self.accepted.toPlainText())
            case QuestionKind.NUMERIC:
                q.answer = self.answer.text().strip()
                q.tolerance = self._tolerance()[0]
            case _:
                assert_never(kind)
        return q

    def is_edited(self) -> bool:
        """Whether the form differs from the question last loaded."""
        return self.data() != self._loaded

    def is_blank(self) -> bool:
        """Whether nothing is typed in any field (a kind or truth picked alone is not content)."""
        boxes = (
            self.prompt,
            self.choices,
            self.back,
            self.accepted,
            self.pairs,
            self.explanation,
            self.source,
        )
        fields = (self.answer, self.tolerance, self.tags)
        return (
            not any(b.toPlainText().strip() for b in boxes)
            and not any(f.text().strip() for f in fields)
            and self.image.image() is None
        )

    def loaded(self) -> QuestionData:
        return dataclasses.replace(self._loaded)

    def _pairs(self) -> tuple[list[list[str]], list[Problem]]:
        pairs: list[list[str]] = []
        found: list[Problem] = []
        for number, line in enumerate(lines(self.pairs.toPlainText()), start=1):
            left, sep, right = line.partition("=")
            if not sep or not left.strip() or not right.strip():
                problem = f"pair {number} needs a left and a right side: left = right"
                found.append(("pairs", problem))
            pairs.append([left.strip(), right.strip()])
        return pairs, found[:1]

    def _tolerance(self) -> tuple[float | None, list[Problem]]:
        text = self.tolerance.text().strip().replace(",", ".")
        if not text:
            return None, []
        try:
            value = float(text)
        except ValueError:
            return None, [("tolerance", f"the tolerance must be a number, not {text!r}")]
        return value, [] if math.isfinite(value) else [("tolerance", "the tolerance is too big")]

    # --- checking --------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """What is wrong with the question as typed, as (field, message)."""
        q = self.data()
        found = list(problems(q))
        if q.kind == QuestionKind.MATCHING:
            found = self._pairs()[1] or found
        if q.kind == QuestionKind.NUMERIC:
            found += self._tolerance()[1]
        return found

    def check(self, *, reveal: bool = False) -> list[Problem]:
        """Show the problems under their fields; returns them all.

        A field's problem shows once the teacher has typed in it or in a field
        below it; every problem shows for a loaded question and after ``reveal``
        (a save attempt).
        """
        self._reveal_all = self._reveal_all or reveal
        found = self.problems()
        shown: dict[str, list[str]] = {}
        kind = self.current_kind()
        for name, message in found:
            words = teacher_words(kind, name, message)
            if words is not None:
                shown.setdefault(self._field_key(name), []).append(words)
        visible = self._keys_to_show()
        for key, label in self.errors.items():
            messages = shown.pop(key, []) if key in visible else []
            label.setText("\n".join(m[:1].upper() + m[1:] for m in messages))
            label.setVisible(bool(messages))
        rest = [m for messages in shown.values() for m in messages] if self._reveal_all else []
        self.general_error.setText("\n".join(m[:1].upper() + m[1:] for m in rest))
        self.general_error.setVisible(bool(rest))
        return found

    def _keys_to_show(self) -> set[str]:
        keys = list(self.fields)
        if self._reveal_all:
            return set(keys)
        last = max((keys.index(k) for k in self._touched), default=-1)
        return set(keys[: last + 1]) | self._touched

    def _field_key(self, name: str) -> str:
        if name == "items":
            return "choices"
        if name == "answer":
            return ANSWER_KEYS.get(self.current_kind(), "answer")
        return name

    # --- reacting --------------------------------------------------------------

    def _show_rows(self) -> None:
        kind = self.current_kind()
        shown = rows_for(kind)
        for key in (
            "choices",
            "answer_mc",
            "answer_tf",
            "answer",
            "answer_back",
            "accepted",
            "tolerance",
            "pairs",
        ):
            self.form.setRowVisible(self.fields[key], key in shown)
        label = self.form.labelForField(self.fields["choices"])
        if isinstance(label, QLabel):
            label.setText(LIST_LABELS.get(kind, "&Choices:"))
        self.choices.setPlaceholderText(LIST_HINTS.get(kind, ""))
        self.prompt.setPlaceholderText(
            "A sentence with the gap written as ___"
            if kind == QuestionKind.CLOZE
            else "The front of the card"
            if kind == QuestionKind.FLASHCARD
            else "The question as the learner reads it"
        )

    def _fill_right_choice(self, keep: str) -> None:
        """List the choices as typed, keeping ``keep`` chosen (or its place, if it was edited)."""
        options = lines(self.choices.toPlainText())
        before = [self.right_choice.itemText(i) for i in range(self.right_choice.count())]
        if options == before and self.right_choice.currentText() == keep:
            return
        index = self.right_choice.currentIndex()
        self.right_choice.blockSignals(True)
        self.right_choice.clear()
        self.right_choice.addItems(options)
        if keep in options:
            index = options.index(keep)
        elif len(options) != len(before):
            index = -1
        self.right_choice.setCurrentIndex(index)
        self.right_choice.blockSignals(False)

    def _on_field_edited(self, key: str) -> None:
        if not self._loading:
            self._touched.add(key)
        self._on_edited()

    def _on_kind_changed(self) -> None:
        self._show_rows()
        self._on_edited()

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._fill_right_choice(self.right_choice.currentText())
        self.check()
        self.edited.emit()
