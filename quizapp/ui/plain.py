"""Showing user and file text as text: labels, tooltips and message boxes never render it.

Qt guesses whether a string is rich text (``mightBeRichText``) for labels,
tooltips and message boxes alike, so a set called ``<img src=...>`` would load
an image. Labels and message boxes are told their text is plain; a tooltip has
no such setting, so :func:`tooltip` escapes it when Qt would take it for HTML.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain(label: QLabel) -> QLabel:
    """``label``, set to show its text as plain text."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "") -> QLabel:
    """A label showing ``text`` as it is."""
    return plain(QLabel(text))


def tooltip(text: str) -> str:
    """``text`` as a tooltip shows it literally (escaped when Qt would read it as HTML)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
    details: str = "",
) -> Button:
    """A modal message box showing ``text`` (and ``details``) as plain text; the button pressed."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    if details:
        box.setDetailedText(details)  # always shown as plain text
    return Button(box.exec())
