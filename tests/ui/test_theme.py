"""Readability: text keeps WCAG AA contrast in both themes, and grows with the font setting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp.formats import quizset
from quizapp.ui.theme import DARK, LIGHT, apply_theme, contrast_ratio, status_colours
from quizapp.ui.widgets.question_card import QuestionCard

Role = QPalette.ColorRole
AA = 4.5

# Text the app writes (foreground) on the surfaces it writes it on (background).
PALETTE_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),  # a chosen option, a primary button
    (Role.PlaceholderText, Role.Window),  # helper text (subtitles, hints)
    (Role.PlaceholderText, Role.Base),  # placeholders in fields
    (Role.PlaceholderText, Role.Button),  # a disabled button's text
    (Role.Link, Role.Window),
    (Role.ToolTipText, Role.ToolTipBase),
]
STATUS_PAIRS = [
    ("right", "window"),  # the verdict line, the results' ✔
    ("wrong", "window"),
    ("right", "base"),  # ✔ / ✘ in tables
    ("wrong", "base"),
    ("muted", "window"),
    ("text", "right_bg"),  # a marked option or item: body text on the tint
    ("text", "wrong_bg"),
    ("right", "right_bg"),
    ("wrong", "wrong_bg"),
]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_keeps_aa_contrast(dark: bool) -> None:
    palette = DARK if dark else LIGHT
    colours = status_colours(dark) | {"window": palette[Role.Window], "base": palette[Role.Base]}
    low = {
        f"{fg.name} on {bg.name}": round(contrast_ratio(palette[fg], palette[bg]), 2)
        for fg, bg in PALETTE_PAIRS
        if contrast_ratio(palette[fg], palette[bg]) < AA
    }
    low |= {
        f"{fg} on {bg}": round(contrast_ratio(colours[fg], colours[bg]), 2)
        for fg, bg in STATUS_PAIRS
        if contrast_ratio(colours[fg], colours[bg]) < AA
    }
    assert low == {}


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


QUESTION = """\
format: quizapp-set/1
name: Sizes
questions:
  - id: q
    kind: short_answer
    prompt: Which city is the capital of France?
    answer: Paris
"""


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light", 11)


@pytest.mark.parametrize("size", [11, 16, 22])
def test_prompt_and_verdict_grow_with_the_font_size(
    qtbot: QtBot, themed: QApplication, size: int
) -> None:
    # Given the font size set to ``size``
    apply_theme(themed, "light", size)
    card = QuestionCard(quizset.loads(QUESTION).questions[0])
    qtbot.addWidget(card)
    card.show()
    # When the card shows its feedback
    card.show_feedback(correct=True, expected="Paris")
    for label in (card.prompt, card.verdict_label):
        label.ensurePolished()
    # Then the prompt and the verdict are larger than the body text, at every size
    body = themed.font().pointSizeF()
    assert body == size
    assert card.prompt.font().pointSizeF() > body
    assert card.verdict_label.font().pointSizeF() > body
    assert card.answer_label.font().pointSizeF() >= body


def _fill(button: QPushButton) -> str:
    """The colour a button is filled with (near its top edge, clear of its text)."""
    return button.grab().toImage().pixelColor(button.width() // 2, 4).name()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_disabled_button_looks_disabled(qtbot: QtBot, themed: QApplication, dark: bool) -> None:
    # Given the theme, and an enabled and a disabled button of each kind (Save, Generate...)
    apply_theme(themed, "dark" if dark else "light", 11)
    palette = DARK if dark else LIGHT
    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    buttons = {}
    for primary in (True, False):
        for enabled in (True, False):
            button = QPushButton("Save 0 accepted")
            button.setProperty("primary", primary)
            button.setEnabled(enabled)
            row.addWidget(button)
            buttons[primary, enabled] = button
    box.show()
    qtbot.waitExposed(box)
    # Then a disabled one is flat on the window, where an enabled one is filled
    window = palette[Role.Window]
    for primary in (True, False):
        assert _fill(buttons[primary, False]) == window
    assert _fill(buttons[True, True]) == palette[Role.Highlight]
    assert _fill(buttons[False, True]) == palette[Role.Button]
    # And the filled primary stands well apart from a disabled one (the tester's dark "Save")
    assert contrast_ratio(palette[Role.Highlight], window) >= 2
    # And its text is no brighter than the muted colour, itself readable (AA) on the window
    muted = contrast_ratio(palette[Role.PlaceholderText], window)
    assert muted >= AA
    image = buttons[True, False].grab().toImage()
    drawn = {
        image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
    }
    assert max(contrast_ratio(c, window) for c in drawn) <= muted + 0.05
