"""A question as the learner sees it: prompt, answer input, then the feedback."""

from __future__ import annotations

import html
import random
import re

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from quizapp.questiondata import CLOZE_GAP, QuestionData, QuestionKind
from quizapp.questiondata import KIND_TITLES as KIND_TITLES  # the screens import it from here
from quizapp.study.answer_diff import AnswerDiff, Mark, Span, accepted_note, typed_diff
from quizapp.ui.theme import app_is_dark, status_colours
from quizapp.ui.widgets.answer_inputs import AnswerInput, input_for
from quizapp.ui.widgets.question_image import MIN_HEIGHT, QuestionImageView

SPACING = 12
"""Between the card's parts (halved beside an image in a short view)."""
BESIDE_MIN = 48
"""Beside the prompt (a short view), an image is never drawn shorter than this."""
BESIDE_WIDTH = 0.4
"""Beside the prompt, an image takes at most this share of the card's width."""

QUOTE_LEADS = {"the article says", "from the article", "source"}


def highlight(sentence: str, fact: str, mark: str) -> str:
    """``sentence`` as HTML with ``fact`` highlighted (case-insensitive), text escaped."""
    escaped = html.escape(sentence)
    if not fact.strip():
        return escaped
    pattern = re.compile(re.escape(html.escape(fact)), re.IGNORECASE)
    return pattern.sub(lambda m: f'<span style="background:{mark};">{m.group(0)}</span>', escaped)


def _span_html(span: Span | None, width: int, colours: dict[str, str], *, typed_line: bool) -> str:
    """One span of a diff line, padded to ``width`` characters: plain when the same, else
    in the mark's colour on its tint AND struck or underlined (more than colour alone)."""
    if span is None:
        return "&nbsp;" * width
    pad = "&nbsp;" * (width - len(span.text))
    if span.mark is Mark.SAME:
        return html.escape(span.text) + pad
    if span.mark is Mark.WRONG:  # typed, not in the key: struck through
        look = f"color:{colours['wrong']};background-color:{colours['wrong_bg']};"
        look += "text-decoration:line-through;"
        text = span.text
    elif typed_line:  # the key's characters left out: a dash for each, where they go
        look = f"color:{colours['wrong']};background-color:{colours['wrong_bg']};"
        text = "-" * len(span.text)
    else:  # in the key, missed: underlined
        look = f"color:{colours['right']};background-color:{colours['right_bg']};"
        look += "text-decoration:underline;"
        text = span.text
    escaped = html.escape(text).replace(" ", "&nbsp;")
    return f'<span style="{look}font-weight:600;">{escaped}</span>{pad}'


def _label(text: str, width: int, muted: str) -> str:
    """A line's label in the same monospace, padded, so both lines start in one column."""
    padded = html.escape(text) + "&nbsp;" * (width - len(text))
    return f'<span style="color:{muted};font-family:monospace;">{padded}</span>'


def diff_html(diff: AnswerDiff, colours: dict[str, str]) -> str:
    """The typed line over the key line, character under character (monospace, each stretch
    padded to the longer side), every text escaped, with a legend of the marks."""
    typed = key = ""
    for above, below in diff.columns:
        width = max(len(span.text) if span else 0 for span in (above, below))
        typed += _span_html(above, width, colours, typed_line=True)
        key += _span_html(below, width, colours, typed_line=False)
    muted = colours["muted"]
    mono = '<span style="font-family:monospace;font-size:large;">'  # letters easy to tell apart
    labels = ("You typed:", "Answer:")
    width = max(len(label) for label in labels) + 1
    return (
        f"{_label(labels[0], width, muted)}{mono}{typed}</span><br>"
        f"{_label(labels[1], width, muted)}{mono}{key}</span><br>"
        f'<span style="color:{muted}">struck through: wrong · dash: left out ·'
        " underlined: missed</span>"
    )


def quotes_only(explanation: str, source: str) -> bool:
    """Whether ``explanation`` says nothing but the source sentence (quoted, perhaps after
    a "The article says:")."""
    if not source.strip():
        return False
    said = explanation.strip()
    if ":" in said and said.split(":", 1)[0].casefold() in QUOTE_LEADS:
        said = said.split(":", 1)[1]
    said = said.strip()
    unquoted = said[1:-1] if len(said) > 1 and said[0] in "“\"'" and said[-1] in "”\"'" else said
    words = " ".join(source.split())
    return words in (" ".join(said.split()), " ".join(unquoted.split()))


class QuestionCard(QWidget):
    """Shows one question; emits ``answered`` when the learner commits an answer."""

    answered = Signal()
    open_article_requested = Signal()

    def __init__(self, question: QuestionData, *, rng: random.Random | None = None) -> None:
        super().__init__()
        self.question = question
        self.kind_label = QLabel(KIND_TITLES.get(question.kind, question.kind))
        self.kind_label.setProperty("role", "subtitle")
        self.image = QuestionImageView(question.image)  # above the prompt; hidden when none
        self.prompt = QLabel(self._prompt_html(question))
        self.prompt.setProperty("role", "prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.RichText)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.prompt.setAccessibleName("Question")
        self.input: AnswerInput = input_for(question, rng)
        self.input.submitted.connect(self._on_submitted)
        self.feedback = QFrame()
        self.feedback.setObjectName("feedback")
        self.verdict_label = QLabel()
        self.verdict_label.setAccessibleName("Verdict")
        self.verdict_label.setProperty("role", "verdict")  # sized with the font setting
        self.answer_label = QLabel()
        self.answer_label.setWordWrap(True)
        self.answer_label.setTextFormat(Qt.TextFormat.RichText)
        self.diff_label = QLabel()
        self.diff_label.setWordWrap(True)
        self.diff_label.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.diff_label.setAccessibleName("Your answer compared with the answer")
        self.diff_label.hide()
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setTextFormat(Qt.TextFormat.RichText)
        self.source_label.linkActivated.connect(lambda _link: self.open_article_requested.emit())
        self.feedback_layout = QVBoxLayout(self.feedback)
        self.feedback_layout.setContentsMargins(0, 8, 0, 0)
        for label in (
            self.verdict_label,
            self.answer_label,
            self.diff_label,
            self.explanation_label,
            self.source_label,
        ):
            self.feedback_layout.addWidget(label)
        self.feedback.hide()
        self.scroll_area = self._build_scroll_area()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def _build_scroll_area(self) -> QScrollArea:
        """The question, its input and feedback, scrolling when the window is too small for them."""
        content = QWidget()
        layout = self._content_layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.kind_label)
        self.head = QBoxLayout(QBoxLayout.Direction.TopToBottom)  # the image above the prompt
        self.head.setSpacing(SPACING)
        self.head.addWidget(self.image)
        self.head.addWidget(self.prompt, 1)
        layout.addLayout(self.head)
        layout.addWidget(self.input)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answer, not the frame
        scroll.viewport().installEventFilter(self)
        return scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            self._fit_image()
        return False

    def _fit_image(self) -> None:
        """Leave the answers in view: the image takes only the height the rest leaves.

        Above the prompt while at least :data:`MIN_HEIGHT` is left for it (and no taller
        than :data:`~quizapp.ui.widgets.question_image.WINDOW_SHARE` of the window); else
        (a short window) beside the prompt, as tall as the room left (at least
        :data:`BESIDE_MIN`), with the kind's line left out and the gaps halved.
        """
        view = self.scroll_area.viewport()
        width = view.width() - 4  # the content's right margin
        answers = self.input.sizeHint().height() + SPACING
        kind = self.kind_label.sizeHint().height() + SPACING
        room = view.height() - kind - answers - self.prompt.heightForWidth(width) - SPACING
        beside = self.image.has_image() and room < MIN_HEIGHT  # (a question without: as usual)
        self._content_layout.setSpacing(SPACING // 2 if beside else SPACING)
        self.kind_label.setHidden(beside)
        if beside:
            answers -= SPACING // 2
            room = max(BESIDE_MIN, view.height() - answers)
        else:
            room = min(room, self.image.window_cap())  # and no more than a share of the window
        self.image.max_width = int(width * BESIDE_WIDTH) if beside else None
        self.head.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        self.image.cap = room
        self.image.updateGeometry()

    def _scroll_to_feedback(self) -> None:
        """Bring the feedback into view (a small window scrolls): as much of it as fits without
        scrolling past the prompt's top, so the question stays in sight beside its answer;
        but the verdict and the key line always, even when the prompt's top must go for them."""
        if not self.feedback.isVisible():  # the next question came first: it stays at its top
            return
        bar = self.scroll_area.verticalScrollBar()
        top = self.feedback.y()  # the feedback is a direct child of the scrolled content
        bottom = top + self.feedback.height()
        key_bottom = top + self.answer_label.y() + self.answer_label.height()
        viewport = self.scroll_area.viewport().height()
        content = self.scroll_area.widget()
        assert content is not None
        prompt_top = self.prompt.mapTo(content, QPoint(0, 0)).y()
        value = min(prompt_top, max(bar.value(), bottom - viewport))
        bar.setValue(max(value, min(top, key_bottom - viewport)))

    @staticmethod
    def _prompt_html(question: QuestionData) -> str:
        text = html.escape(question.prompt).replace("\n", "<br>")
        if question.kind == QuestionKind.CLOZE:
            text = CLOZE_GAP.sub("<b>_____</b>", text)
        return text

    def prepare_input(
        self, question: QuestionData, *, rng: random.Random | None = None
    ) -> AnswerInput:
        """``question``'s answer input, built and styled now but not shown (for ``show_question``).

        The review screen prepares the next question's input while the learner reads the
        feedback, so the grade only swaps it in.
        """
        prepared = input_for(question, rng)
        prepared.setParent(self._content_layout.parentWidget())  # owned by Qt; stays hidden
        prepared.hide()
        prepared.ensurePolished()  # styled now, not when the learner waits
        for child in prepared.findChildren(QWidget):
            child.ensurePolished()
        return prepared

    def show_question(
        self,
        question: QuestionData,
        *,
        rng: random.Random | None = None,
        prepared: AnswerInput | None = None,
    ) -> None:
        """Ask another question in this card; only its answer input is new.

        Cheaper than a new card between two questions: its labels are not styled again.
        ``prepared``: the input ``prepare_input`` built for this very question.
        """
        self.question = question
        self.kind_label.setText(KIND_TITLES.get(question.kind, question.kind))
        self.prompt.setText(self._prompt_html(question))
        self.image.set_image(question.image)
        old, self.input = self.input, prepared or input_for(question, rng)
        QTimer.singleShot(0, self, self._fit_image)  # once the new input has its size
        self.input.submitted.connect(self._on_submitted)
        # The input sits in the scrolled content's layout, not in the card's own one. Left
        # out of it, the new input would be a window of its own, owned by Python alone: the
        # next question would then delete it at once, inside its own key press (a crash).
        moved = self._content_layout.replaceWidget(old, self.input)
        assert moved is not None, "the answer input is in the content's layout"
        self.input.show()  # a widget added to a shown card stays hidden until told
        old.hide()
        old.deleteLater()
        self.feedback.hide()
        self.scroll_area.verticalScrollBar().setValue(0)  # from its top, as a new card would

    def add_footer(self, widget: QWidget) -> None:
        """Put ``widget`` under the feedback (e.g. self-grading buttons)."""
        self.feedback_layout.addWidget(widget)

    def _on_submitted(self) -> None:
        self.answered.emit()

    def response(self) -> object:
        return self.input.response()

    def focus_input(self) -> None:
        self.input.focus()

    def show_feedback(
        self, *, correct: bool | None, expected: str, note: str = "", has_article: bool = False
    ) -> None:
        """Show right/wrong (None for a revealed flashcard), the answer, explanation and source."""
        colours = status_colours(app_is_dark())
        self.input.lock()
        self.input.mark(self.question, colours)
        if correct is None:
            self.verdict_label.setText("Answer")
            self.verdict_label.setStyleSheet("")
        else:
            colour = colours["right" if correct else "wrong"]
            self.verdict_label.setText("✔  Right" if correct else "✘  Not quite")
            self.verdict_label.setStyleSheet(f"color: {colour};")
        answer_html = f"<b>{html.escape(expected)}</b>".replace("\n", "<br>")
        if correct:  # a right answer typed otherwise names the exact one (no diff of "errors")
            note = accepted_note(self.question, self.response(), correct=True, note=note)
        if note:
            answer_html += f"<br><i>{html.escape(note)}</i>"
        self.answer_label.setText(answer_html)
        self._show_diff(correct, colours)
        explanation = self.question.explanation
        self.explanation_label.setText(explanation)
        # the generator's "The article says: “…”" is the source line below, said once
        self.explanation_label.setVisible(
            bool(explanation) and not quotes_only(explanation, self.question.source or "")
        )
        self._show_source(colours, has_article)
        self.feedback.show()
        QTimer.singleShot(0, self, self._scroll_to_feedback)  # once the layout has its size

    def _show_diff(self, correct: bool | None, colours: dict[str, str]) -> None:
        """Under a typed answer, the typed text compared with the key, character by character."""
        if correct is None:
            diff = None
        else:
            diff = typed_diff(self.question, self.response(), correct=correct)
        if diff is None:
            self.diff_label.hide()
            return
        self.diff_label.setText(diff_html(diff, colours))
        typed = "".join(s.text for s in diff.given if s.mark is not Mark.MISSING)
        key = "".join(s.text for s in diff.expected)
        self.diff_label.setAccessibleDescription(f"You typed {typed}; the answer is {key}")
        self.diff_label.show()

    def _show_source(self, colours: dict[str, str], has_article: bool) -> None:
        """The question's source line: quoted "from the article" only when the article is stored.

        Without the article, a source line may be a paraphrase (the bundled set's are),
        so it is labelled "Source:" and not put in quotation marks.
        """
        source = self.question.source or ""
        marked = highlight(source, self.question.answer, colours["mark"])
        muted = colours["muted"]
        if has_article:
            self.source_label.setText(
                f'<span style="color:{muted}">From the article:</span> “{marked}”'
                ' &nbsp;<a href="article">Open the article here</a>'
            )
        else:
            self.source_label.setText(f'<span style="color:{muted}">Source:</span> {marked}')
        self.source_label.setVisible(bool(source))
