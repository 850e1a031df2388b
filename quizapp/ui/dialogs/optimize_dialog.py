"""Fit the scheduler to the learner's own reviews (FSRS optimizer), without freezing the window.

The fit runs in another process (:class:`quizapp.study.optimizer.OptimizerJob`); a timer
polls it for progress. Until the learner has enough reviews, or while torch is
missing, the dialog says how far they are and what to install.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.errors import QuizappError
from quizapp.store.bank import Bank
from quizapp.study import learners, optimizer

POLL_MS = 200
EXPLANATION = (
    "quizapp schedules your cards with FSRS. Its standard parameters suit most people; "
    "once you have answered enough cards on separate days, they can be fitted to your own "
    "memory. The fitted parameters are kept only if they predict your past answers better "
    "than the ones in use."
)


class OptimizeDialog(QDialog):
    """Shows the learner's readiness, runs the fit, reports the outcome; emits ``fitted``."""

    fitted = Signal(bool)  # whether the new parameters were kept

    def __init__(self, bank: Bank, learner: learners.LearnerInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.bank = bank
        self.learner = learner
        self.job: optimizer.OptimizerJob | None = None
        self.setWindowTitle(f"Personal scheduling — {learner.name}")
        about = QLabel(EXPLANATION)
        about.setWordWrap(True)
        self.in_use = QLabel()
        self.in_use.setAccessibleName("Parameters in use")
        self.reviews = QProgressBar()
        self.reviews.setAccessibleName("Reviews counted")
        self.reviews.setFormat("%v of %m reviews on separate days")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Status")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName("Fitting progress")
        self.progress.hide()
        self.start_button = QPushButton("&Fit to my reviews")
        self.start_button.setProperty("primary", True)
        self.start_button.setToolTip(
            "Runs in a separate process with a progress bar; Cancel stops it, changing nothing"
        )
        self.start_button.clicked.connect(self.start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        layout = QVBoxLayout(self)
        for widget in (about, self.in_use, self.reviews, self.status, self.progress):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(600, 330)  # wrapped labels report too small a height on their own
        self.refresh()

    def refresh(self) -> None:
        """Show how far the learner is from a fit, and what is in use."""
        self.learner = learners.learner_by_id(self.bank, self.learner.id)
        self.in_use.setText(
            "In use: parameters fitted to your reviews."
            if self.learner.parameters
            else "In use: FSRS's standard parameters."
        )
        status = optimizer.optimizer_status(self.bank, self.learner.id)
        self.reviews.setRange(0, status.needed)
        self.reviews.setValue(min(status.reviews, status.needed))
        self.status.setText(status_text(status))
        self.start_button.setEnabled(status.ready and self.job is None)

    def start(self) -> None:
        """Start the fit in another process."""
        if self.job is not None:
            return
        try:
            self.job = optimizer.OptimizerJob(self.bank, self.learner.id)
        except QuizappError as exc:
            self.status.setText(f"⚠ {exc}")
            return
        self.start_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Cancel")
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText("Starting…")
        self.timer.start()

    def _poll(self) -> None:
        job = self.job
        if job is None:
            return
        for fraction, text in job.poll():
            self.progress.setValue(round(fraction * 100))
            self.status.setText(text[:1].upper() + text[1:] + "…")
        if not job.done:
            return
        self.timer.stop()
        self.progress.hide()
        self.job = None
        job.cancel()  # the worker has ended: this reaps it and closes its queue
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Close")
        result = job.result
        if result is None:
            self.refresh()
            self.status.setText(f"⚠ The fit did not finish: {job.error}.")
            return
        try:
            kept = optimizer.apply(self.bank, self.learner.id, result)
        except QuizappError as exc:
            self.refresh()
            self.status.setText(f"⚠ {exc}")
            return
        self.refresh()
        self.status.setText(outcome(result, kept))
        self.fitted.emit(kept)

    def reject(self) -> None:
        """Close, stopping a fit still running (nothing is changed then)."""
        self._cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel()
        super().closeEvent(event)

    def _cancel(self) -> None:
        self.timer.stop()
        if self.job is not None:
            self.job.cancel()
            self.job = None


def status_text(status: optimizer.OptimizerStatus) -> str:
    """The status, with the learner's answers beside the reviews that count, and why they differ."""
    text = status.message[:1].upper() + status.message[1:] + "."
    if status.reviews >= status.needed:
        return text
    return (
        f"You have answered {status.answers} times so far; {status.reviews} of those answers "
        "count, since a review counts only when it comes a day or more after your previous "
        f"answer to the same card (same-day repeats and quiz retries do not). {text}"
    )


def outcome(result: optimizer.FitResult, kept: bool) -> str:
    """One sentence on what the fit found and what was kept."""
    verdict = (
        "your schedule now uses the fitted parameters"
        if kept
        else "the parameters in use fit better, so they stay"
    )
    return (
        f"Over {result.reviews} reviews, the fitted parameters score a log loss of "
        f"{result.new_loss:.4f} against {result.old_loss:.4f} for those in use (lower is "
        f"better): {verdict}."
    )
