"""Settings: the learner's study settings (in the bank) and this computer's look."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.settings import THEMES, Settings
from quizapp.store.bank import Bank
from quizapp.study import learners


class SettingsDialog(QDialog):
    """Edits a learner's scheduling settings and the app's theme and font size."""

    def __init__(
        self,
        bank: Bank,
        learner: learners.LearnerInfo | None,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.learner = learner
        self.settings = settings
        self.setWindowTitle("Settings")
        self.retention = QDoubleSpinBox()
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setDecimals(2)
        self.retention.setToolTip("The share of cards you want to remember when they come due")
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 9999)
        self.day_start = QSpinBox()
        self.day_start.setRange(0, 23)
        self.day_start.setSuffix(":00")
        self.day_start.setToolTip("When your study day begins, on your own clock")
        study = QGroupBox(f"Study ({learner.name})" if learner else "Study")
        study_form = QFormLayout(study)
        study_form.addRow("Desired &retention:", self.retention)
        study_form.addRow("&New cards per day:", self.new_per_day)
        study_form.addRow("&Day starts at:", self.day_start)
        study.setEnabled(learner is not None)
        if learner is not None:
            self.retention.setValue(learner.desired_retention)
            self.new_per_day.setValue(learner.new_per_day)
            self.day_start.setValue(learner.day_start_hour)

        self.theme = QComboBox()
        for name in THEMES:
            self.theme.addItem(name.capitalize(), name)
        self.theme.setCurrentIndex(THEMES.index(settings.theme))
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 24)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size)
        look = QGroupBox("Appearance")
        look_form = QFormLayout(look)
        look_form.addRow("&Theme:", self.theme)
        look_form.addRow("&Font size:", self.font_size)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(study)
        layout.addWidget(look)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.learner is not None:
            self.learner = learners.update_learner(
                self.bank,
                self.learner.id,
                desired_retention=round(self.retention.value(), 2),
                new_per_day=self.new_per_day.value(),
                day_start_hour=self.day_start.value(),
            )
        self.settings.theme = str(self.theme.currentData())
        self.settings.font_size = self.font_size.value()
        super().accept()
