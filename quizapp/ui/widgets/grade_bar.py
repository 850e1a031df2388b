"""The review's grade bar: Again, Hard, Good and Easy, each with its key.

:class:`GradeBar` shows a button per grade (its key, its name and, once
labelled, when the grade would bring the card back) and emits ``graded`` with
the rating clicked; in a narrow window the intervals go on a second line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

GRADES = ((1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy"))


class GradeBar(QWidget):
    """A row of the four grade buttons; ``buttons`` maps each rating to its button."""

    graded = Signal(int)  # the rating clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)  # room for the keys on the buttons at 640 px
        for rating, name in GRADES:
            button = QPushButton(f"{rating}  {name}")  # its key shows, as on the options
            button.setToolTip(f"{name} (key {rating})")
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, r=rating: self.graded.emit(r))
            row.addWidget(button)
            self.buttons[rating] = button
        self.setLayout(row)

    def label(self, whens: Mapping[int, str]) -> None:
        """Each button with its key, its name and ``whens[rating]`` (when it would be due)."""
        for rating, name in GRADES:
            self.buttons[rating].setText(f"{rating}  {name}  {whens[rating]}")

    def fit(self, fits: Callable[[], bool]) -> None:
        """Each grade on one line when ``fits()`` (asked with every label on one line);
        otherwise the interval goes on a second line, so that nothing is cut off."""
        for button in self.buttons.values():
            button.setText(button.text().replace("\n", "  "))
        if not self.isVisible() or fits():
            return
        for button in self.buttons.values():
            key_name, _gap, when = button.text().rpartition("  ")
            if "  " in key_name:  # "1  Again  1m": the interval under the key and name
                button.setText(f"{key_name}\n{when}")
