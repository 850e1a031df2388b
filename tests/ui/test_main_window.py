"""The first window: opens on a bank, lists its sets with counts, closes cleanly."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from quizapp.study.answering import Answer
from quizapp.ui.main_window import MainWindow


def test_window_lists_bundled_sets(qtbot: QtBot, tmp_path: Path) -> None:
    # Given a new bank, when the window opens on it
    window = MainWindow(db=tmp_path / "bank.sqlite3")
    qtbot.addWidget(window)
    window.show()
    # Then the bundled set is listed with its question count
    rows = window.home.rows()
    assert rows, "the bundled set should be loaded into a new bank"
    names = [window.home.table.item(i, 0).text() for i in range(window.home.table.rowCount())]
    assert names == [r.name for r in rows]
    counts = [int(window.home.table.item(i, 3).text()) for i in range(window.home.table.rowCount())]
    assert max(counts) >= 40
    # And it closes cleanly, releasing the bank
    assert window.close()


def test_home_shows_the_learners_streak(window: MainWindow) -> None:
    from datetime import timedelta

    from sqlmodel import select

    from quizapp.store.models import Question
    from quizapp.study import review_queue
    from quizapp.ui.main_window import _now

    bank, learner = window.bank, window.learner
    assert bank is not None and learner is not None
    assert "streak" not in window.home.subtitle.text()
    # Given answers yesterday and today
    with bank.session() as session:
        first, second = session.exec(select(Question.id).limit(2)).all()
    for question_id, days_ago in ((first, 1), (second, 0)):
        assert question_id is not None
        review_queue.record_answer(
            bank,
            learner.id,
            question_id,
            Answer(
                rating=3,
                response="x",
                correct=True,
                duration_ms=800,
                time=_now() - timedelta(days=days_ago),
            ),
        )
    # Then home says so
    window.refresh_home()
    subtitle = window.home.subtitle.text()
    assert subtitle.endswith("· 2-day streak"), subtitle
    sets_shown = window.home.table.rowCount()
    assert f"· {sets_shown} set{'' if sets_shown == 1 else 's'} ·" in subtitle


def test_system_theme_follows_the_desktop_switching_colour_scheme(window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from quizapp.ui.theme import app_is_dark, apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window_colour = lambda: app.palette().color(QPalette.ColorRole.Window).name()  # noqa: E731
    before = (app.style().name(), app.palette(), app.styleSheet(), app.font(),
              app.property("quizapp_dark"))  # fmt: skip
    try:
        # Given the theme "system" on a light desktop
        window.settings.theme = "system"
        window.scheme.follow(Qt.ColorScheme.Light)
        assert not app_is_dark() and window_colour() == "#f5f6f8"
        # When the desktop turns dark, the app turns dark with it
        window.scheme.follow(Qt.ColorScheme.Dark)
        assert app_is_dark() and window_colour() == "#1f2227"
        # But a theme chosen by hand stays as chosen
        window.settings.theme = "light"
        apply_theme(app, "light", window.settings.font_size)
        window.scheme.follow(Qt.ColorScheme.Dark)
        assert not app_is_dark() and window_colour() == "#f5f6f8"
    finally:  # the next tests see the application as it was
        style, palette, sheet, font, dark = before
        app.setStyle(style)
        app.setPalette(palette)
        app.setStyleSheet(sheet)
        app.setFont(font)
        app.setProperty("quizapp_dark", dark)
