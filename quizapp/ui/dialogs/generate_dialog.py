"""Article to questions: open or paste an article, generate, review each proposal, save.

The generator (spaCy) runs in a worker process (:mod:`quizapp.generator.worker`),
never in the app's; Stop, or closing the dialog in any way, ends that process. The
source sentence of the chosen proposal is highlighted in the article; the accepted
questions go into a new or an existing set with the article attached.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.content import sets
from quizapp.content.set_intake import Target, add_questions
from quizapp.errors import QuizappError
from quizapp.generator.worker import GenerationCancelled, GenerationJob
from quizapp.questiondata import ArticleData
from quizapp.settings import Settings
from quizapp.store.bank import Bank
from quizapp.ui.dialogs.proposal_review import ProposalReview, button
from quizapp.ui.errors import show_error
from quizapp.ui.file_dialogs import open_file
from quizapp.ui.humanize import count
from quizapp.ui.tasks import run_in_background
from quizapp.ui.widgets.article_text import ArticleText
from quizapp.ui.widgets.proposal_table import ACCEPTED, PENDING, REJECTED, Proposal

ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


def _read(path: str, _progress: object) -> ArticleData:
    from quizapp.generator import read_article

    return read_article(path)


def _proposals(job: GenerationJob, progress: Callable[[int, int], None]) -> list[Proposal]:
    """On a worker thread: wait for the worker process's questions (the language model's
    memory leaves with that process)."""
    return [Proposal(q) for q in job.wait(progress=progress)]


class CountSpin(QSpinBox):
    """The count next to Generate: 0 shows "auto", and its up arrow goes to the auto count."""

    def __init__(self, words: Callable[[], int]) -> None:
        super().__init__()
        self._words = words  # the article's word count, for the auto count

    def stepBy(self, steps: int) -> None:
        if self.value() == 0 and steps > 0:
            from quizapp.generator import default_count  # no language model is loaded

            self.setValue(min(default_count(self._words()), self.maximum()))
            return
        super().stepBy(steps)


class GenerateDialog(QDialog):
    """Turns an article into reviewed questions; emits ``saved`` with the set's name."""

    article_loaded = Signal()
    generated = Signal(int)  # how many questions were proposed
    failed = Signal(str)
    saved = Signal(str)

    def __init__(
        self,
        bank: Bank,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        draft: ArticleData | None = None,
    ) -> None:
        """``draft``: the article the dialog held when it last closed unsaved, shown again."""
        super().__init__(parent)
        self.bank = bank
        self.settings = settings or Settings()  # the file dialog's last folder
        self.source = ""  # the file the article came from
        self.busy = False
        self._job: GenerationJob | None = None  # the generation under way, stopped on close
        self.asked: int | None = None  # the count asked for at the last Generate (None: auto)
        self.saved_to: str | None = None  # the set the article's questions were saved to
        self.setWindowTitle("Questions from an article")
        self.resize(1180, 740)
        self.open_button = button("&Open article...", "Read a .txt, .md or .html file")
        self.open_button.clicked.connect(self._on_open)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Title of the article")
        self.title_edit.setAccessibleName("Article title")
        self.generate_button = button("&Generate questions", "Find facts and ask about them")
        self.generate_button.setProperty("primary", True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = button("&Stop", "Stop generating (its worker process ends)")
        self.cancel_button.clicked.connect(self.cancel_generation)
        self.cancel_button.hide()
        # 0 is "auto": a count that suits the article's length (the up arrow goes to it)
        self.count_spin = CountSpin(lambda: len(self.text.toPlainText().split()))
        self.count_spin.setRange(0, 60)
        self.count_spin.setPrefix("Questions: ")
        self.count_spin.setSpecialValueText("Questions: auto")
        self.count_spin.setAccessibleName("Number of questions")
        self.count_spin.setToolTip(
            "How many questions to propose, the best first (auto: by length)"
        )
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        self.text = ArticleText()
        self.text.textChanged.connect(self._update_state)
        self.review = ProposalReview()  # the proposals and a verdict on each
        self.review.sentence_chosen.connect(self.text.highlight)
        self.review.changed.connect(self._update_state)
        self.table, self.view = self.review.table, self.review.view
        self.accept_button = self.review.accept_button
        self.edit_button = self.review.edit_button
        self.reject_button = self.review.reject_button
        self.accept_all_button = self.review.accept_all_button
        self.reject_all_button = self.review.reject_all_button
        self.status = QLabel("Open or paste an article, then generate questions.")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names the article's file
        self.status.setAccessibleName("Status")
        self.new_set_radio = QRadioButton("New set:")
        self.new_set_radio.setChecked(True)
        self.existing_radio = QRadioButton("Add to:")
        group = QButtonGroup(self)
        group.addButton(self.new_set_radio)
        group.addButton(self.existing_radio)
        self.set_name_edit = QLineEdit()
        self.set_name_edit.setAccessibleName("New set name")
        self.set_name_edit.setPlaceholderText("Name of the new set")
        self.set_combo = QComboBox()
        self.set_combo.setAccessibleName("Existing set")
        self.set_combo.addItems([s.name for s in sets.list_sets(bank)])
        self.existing_radio.setEnabled(self.set_combo.count() > 0)
        self.save_button = button("&Save accepted", "Store the accepted questions")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        close_button = button("Close", "Close (an article not saved comes back next time)")
        close_button.clicked.connect(self.reject)
        for widget in (self.new_set_radio, self.existing_radio, self.set_name_edit):
            signal = widget.textChanged if isinstance(widget, QLineEdit) else widget.toggled
            signal.connect(self._update_state)
        self.set_name_edit.textEdited.connect(lambda _t: setattr(self, "_name_typed", True))
        self.title_edit.textChanged.connect(self._on_title_changed)
        self._name_typed = False
        self._layout(close_button)
        self._update_state()
        if draft is not None:
            self._show_article(draft)
            self.status.setText(
                "The article from last time is back. Generate questions when ready."
            )

    def _layout(self, close_button: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.title_edit, 1)
        top.addWidget(self.count_spin)
        top.addWidget(self.generate_button)
        top.addWidget(self.cancel_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text)
        splitter.addWidget(self.review)
        splitter.setSizes([440, 700])
        target = QGridLayout()
        target.addWidget(self.new_set_radio, 0, 0)
        target.addWidget(self.set_name_edit, 0, 1)
        target.addWidget(self.existing_radio, 1, 0)
        target.addWidget(self.set_combo, 1, 1)
        target.setColumnStretch(1, 1)
        bottom = QHBoxLayout()
        bottom.addLayout(target, 1)
        bottom.addSpacing(24)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(close_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    # --- article ---------------------------------------------------------------------

    def article(self) -> ArticleData:
        """The article as it stands: its title, file and text."""
        title = self.title_edit.text().strip() or "Pasted article"
        return ArticleData(title=title, source=self.source, text=self.text.toPlainText())

    def _on_open(self) -> None:
        path = open_file(self, self.settings, "Open an article", ARTICLE_FILTER)
        if path:
            self.load_article(path)

    def load_article(self, path: str) -> None:
        """Read ``path`` in the background and show it."""
        self._start("Reading the article…")
        run_in_background(
            lambda progress: _read(path, progress),
            on_success=self._on_article_read,
            on_failure=self._on_failed,
        )

    def _on_article_read(self, article: ArticleData) -> None:
        if not shiboken6.isValid(self):
            return
        self._stop()
        self._show_article(article)
        self.status.setText(f"Read {article.source}. Generate questions when ready.")
        self.article_loaded.emit()

    def _show_article(self, article: ArticleData) -> None:
        self.table.show_proposals([])
        self.text.setReadOnly(False)
        self.text.setPlainText(article.text)
        self.title_edit.setText(article.title)
        self.source = article.source
        self.saved_to = None

    def draft(self) -> ArticleData | None:
        """The article to show again at the next opening: one none of whose questions
        were saved (a saved article is in its set), else None."""
        if self.saved_to is not None or not self.text.toPlainText().strip():
            return None
        return self.article()

    def _on_title_changed(self, title: str) -> None:
        if not self._name_typed:
            self.set_name_edit.setText(title.strip())

    # --- generating ------------------------------------------------------------------

    def generate(self) -> None:
        """Run the generator on the article text in the background."""
        text = self.text.toPlainText()
        if self.busy or not text.strip():
            return
        self._start("Finding facts and writing questions… (the first run loads the language model)")
        most = self.count_spin.value() or None
        self.asked = most
        job = self._job = GenerationJob(text, max_questions=most)
        self.cancel_button.show()
        run_in_background(
            lambda progress: _proposals(job, progress),
            on_success=self._on_generated,
            on_failure=self._on_failed,
            on_progress=self._on_progress,
        )

    def _start(self, message: str) -> None:
        self.busy = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(message)
        self._update_state()

    def _stop(self) -> None:
        self.busy = False
        self._job = None
        self.cancel_button.hide()
        self.progress.hide()
        self._update_state()

    def cancel_generation(self) -> None:
        """Stop the generation under way: its worker process ends now."""
        if self._job is not None:
            self._job.cancel()

    def done(self, result: int) -> None:
        """However the dialog closes (saved, Close, Esc, the window's X), a generation stops."""
        self.cancel_generation()
        super().done(result)

    def _on_progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_generated(self, proposals: list[Proposal]) -> None:
        if not shiboken6.isValid(self):
            return
        self._stop()
        self.text.setReadOnly(True)
        self.table.show_proposals(proposals)
        self.table.setFocus()
        self._update_state()
        self.generated.emit(len(proposals))

    def _on_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._stop()
        if isinstance(exc, GenerationCancelled):
            self.status.setText("Stopped: no questions were made.")
        elif isinstance(exc, QuizappError):
            self.status.setText(f"⚠ {exc}")
        else:
            self.status.setText("⚠ The article could not be used.")
            show_error(self, exc, "Questions from an article")
        self.failed.emit(str(exc))

    # --- saving ----------------------------------------------------------------------

    def _update_state(self) -> None:
        has_rows = bool(self.table.proposals)
        self.review.update_state(self.busy)
        self.generate_button.setEnabled(not self.busy and bool(self.text.toPlainText().strip()))
        self.open_button.setEnabled(not self.busy)
        counts = self.table.counts()
        target_ok = (
            bool(self.set_name_edit.text().strip())
            if self.new_set_radio.isChecked()
            else self.set_combo.count() > 0
        )
        self.save_button.setEnabled(counts[ACCEPTED] > 0 and target_ok and not self.busy)
        self.save_button.setText(f"&Save {counts[ACCEPTED]} accepted")
        if has_rows and not self.busy:
            self.status.setText(
                f"{count(len(self.table.proposals), 'question')} proposed{self._short_of()}: "
                f"{counts[ACCEPTED]} accepted, "
                f"{counts[REJECTED]} rejected, {counts[PENDING]} to review. "
                "Keys: A accept, X reject, E edit."
            )

    def _short_of(self) -> str:
        """Why fewer questions came than the count box asked for ('' when none are missing)."""
        if self.asked is None or len(self.table.proposals) >= self.asked:
            return ""
        return f" of the {self.asked} asked for (the article had no more facts worth asking)"

    def reject(self) -> None:
        """Close (Esc, Close, the window's X), asking first when questions would be lost."""
        unsaved = self.table.unsaved()
        if unsaved:
            answer = QMessageBox.question(
                self,
                "Close without saving?",
                f"{unsaved}: close and lose them?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def save(self) -> None:
        """Store the accepted questions with the article. With questions still to review,
        the dialog stays open on them (a later Save adds to the same set); else it closes."""
        accepted = self.table.accepted()
        if not accepted:
            return
        if self.new_set_radio.isChecked():
            name, target = self.set_name_edit.text(), Target.NEW
        else:
            name, target = self.set_combo.currentText(), Target.EXISTING
        try:
            intake = add_questions(self.bank, name, accepted, article=self.article(), target=target)
        except QuizappError as exc:
            show_error(self, exc, "The questions were not saved")
            return
        name, skipped = intake.set_name, intake.already_there
        self.saved_to = name
        if skipped:
            QMessageBox.information(
                self,
                "Saved",
                f"{len(skipped)} of the accepted questions were already in {name} "
                "and were not added again.",
            )
        self.saved.emit(name)
        if not self.table.counts()[PENDING]:
            self.accept()
            return
        self._keep_reviewing(name, len(intake.added))

    def _keep_reviewing(self, name: str, added: int) -> None:
        """After a Save with questions not reviewed yet: the saved ones leave the list, the
        rest stay, and the next Save adds to the same set."""
        self.table.show_proposals([p for p in self.table.proposals if p.status != ACCEPTED])
        self.set_combo.clear()
        self.set_combo.addItems([s.name for s in sets.list_sets(self.bank)])
        self.set_combo.setCurrentText(name)
        self.existing_radio.setEnabled(True)
        self.existing_radio.setChecked(True)
        self.table.setFocus()
        self._update_state()
        pending = self.table.counts()[PENDING]
        self.status.setText(
            f"Saved {count(added, 'question')} to {name}. "
            f"{count(pending, 'question')} still to review: accept and Save again to add "
            "them to the same set, or Close."
        )
