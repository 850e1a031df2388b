"""Light and dark themes (following the system by default) and the font size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from quizapp.resources import resource

DARK = {
    QPalette.ColorRole.Window: "#1f2227",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#16181c",
    QPalette.ColorRole.AlternateBase: "#24272d",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#2b2f36",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#3d7eff",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2f36",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8a8f98",
    QPalette.ColorRole.Link: "#7aa7ff",
    QPalette.ColorRole.Mid: "#4a505a",  # borders and progress troughs: Qt's default is light
}
LIGHT = {
    QPalette.ColorRole.Window: "#f5f6f8",
    QPalette.ColorRole.WindowText: "#1b1d21",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f2f5",
    QPalette.ColorRole.Text: "#1b1d21",
    QPalette.ColorRole.Button: "#e9ebef",
    QPalette.ColorRole.ButtonText: "#1b1d21",
    QPalette.ColorRole.Highlight: "#2f6fed",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1b1d21",
    QPalette.ColorRole.PlaceholderText: "#7a7f88",
    QPalette.ColorRole.Link: "#2f6fed",
    QPalette.ColorRole.Mid: "#c4c9d1",
}


def is_dark(theme: str, scheme: Qt.ColorScheme | None = None) -> bool:
    """Whether ``theme`` ("system", "light" or "dark") resolves to dark here.

    ``scheme`` is the desktop's colour scheme when known (as a change signal
    reports it); otherwise it is asked for.
    """
    if theme == "system":
        current = scheme if scheme is not None else QGuiApplication.styleHints().colorScheme()
        return current == Qt.ColorScheme.Dark
    return theme == "dark"


def apply_theme(
    app: QApplication, theme: str, font_size: int, *, scheme: Qt.ColorScheme | None = None
) -> None:
    """Apply colours, the shared stylesheet and the font size to the whole app."""
    app.setStyle("Fusion")
    dark = is_dark(theme, scheme)
    palette = QPalette()
    for role, colour in (DARK if dark else LIGHT).items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(font_size)
    app.setFont(font)
    sheet = resource("styles/app.qss").read_text(encoding="utf-8")
    app.setStyleSheet(sheet.replace("@accent", palette.color(QPalette.ColorRole.Highlight).name()))
    app.setProperty("quizapp_dark", dark)


def status_colours(dark: bool) -> dict[str, str]:
    """Colours for right / wrong / highlight marks that read well on the theme."""
    if dark:
        return {"right": "#4cc38a", "wrong": "#ff6b6b", "mark": "#5a4a00", "muted": "#9aa0a8",
                "empty": "#30343b"}  # fmt: skip
    return {"right": "#1a7f4b", "wrong": "#c62828", "mark": "#fff2a8", "muted": "#5f6670",
            "empty": "#e1e4e8"}  # fmt: skip


def app_is_dark() -> bool:
    """Whether the running app shows its dark theme."""
    app = QApplication.instance()
    return bool(app.property("quizapp_dark")) if app is not None else False
