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
    QPalette.ColorRole.Highlight: "#2f66e0",  # white on it: 5.1:1
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2f36",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9aa0a8",  # helper text too: at least 4.5:1
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
    QPalette.ColorRole.Highlight: "#2a62d4",  # white on it: 5.5:1
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1b1d21",
    QPalette.ColorRole.PlaceholderText: "#5f6670",  # helper text too: at least 4.5:1
    QPalette.ColorRole.Link: "#2459c9",
    QPalette.ColorRole.Mid: "#c4c9d1",
}

TITLE_SCALE = 1.8  # screen titles, relative to the body font (20 pt at the default 11 pt)
PROMPT_SCALE = 1.35  # question prompts and verdicts (15 pt at 11 pt)


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
    for name, value in (
        ("@accent", palette.color(QPalette.ColorRole.Highlight).name()),
        ("@title", str(round(font_size * TITLE_SCALE))),
        ("@prompt", str(round(font_size * PROMPT_SCALE))),
    ):
        sheet = sheet.replace(name, value)
    app.setStyleSheet(sheet)
    app.setProperty("quizapp_dark", dark)


def status_colours(dark: bool) -> dict[str, str]:
    """Colours for right / wrong / highlight marks that read well on the theme.

    ``right`` and ``wrong`` are text colours (on the window and on their own
    ``*_bg`` backgrounds); ``text`` is the body text to write on ``right_bg`` and
    ``wrong_bg``. Every pair keeps WCAG AA contrast (4.5:1, see the theme test).
    """
    if dark:
        return {"right": "#4cc38a", "wrong": "#ff8a8a", "mark": "#5a4a00", "muted": "#9aa0a8",
                "empty": "#30343b", "right_bg": "#173a2a", "wrong_bg": "#4a1f22",
                "text": DARK[QPalette.ColorRole.Text]}  # fmt: skip
    return {"right": "#166b40", "wrong": "#b71c1c", "mark": "#fff2a8", "muted": "#5f6670",
            "empty": "#e1e4e8", "right_bg": "#e3f4ea", "wrong_bg": "#fde8e8",
            "text": LIGHT[QPalette.ColorRole.Text]}  # fmt: skip


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def app_is_dark() -> bool:
    """Whether the running app shows its dark theme."""
    app = QApplication.instance()
    return bool(app.property("quizapp_dark")) if app is not None else False
