"""File > Import and File > Export in the window: in the background, all or nothing, reported."""

from __future__ import annotations

import csv
from pathlib import Path

from modal_steps import Step, on_next_modal
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.content import sets
from quizapp.ui.main_window import MainWindow

WORK_MS = 20_000

GOOD_GIFT = """\
// Rivers of Europe, written for this test
::danube::The Danube flows into which sea?{=Black Sea ~North Sea ~Baltic Sea ~Red Sea}

::rhine::The Rhine flows through Basel.{TRUE}
"""

ONE_BAD_GIFT = """\
::ok::Which river flows through Paris?{=Seine ~Loire ~Rhone}

::broken::How long is the Thames, in km?{#abc}

::also-ok::The Elbe reaches the sea at Hamburg.{T}
"""


def box_saying(
    seen: list[str], button: QMessageBox.StandardButton, details: list[str] | None = None
) -> Step:
    """Note a message box's title and text (and its details), then press ``button``."""

    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.windowTitle()}: {box.text()}")
        if details is not None:
            details.append(box.detailedText())
        box.button(button).click()

    return step


def set_names(window: MainWindow) -> list[str]:
    assert window.bank is not None
    return [s.name for s in sets.list_sets(window.bank)]


def test_import_runs_in_the_background_and_lists_the_new_set(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    path = tmp_path / "European rivers.gift"
    path.write_text(GOOD_GIFT, encoding="utf-8")
    files = window.files
    assert files is not None
    seen: list[str] = []
    on_next_modal([box_saying(seen, QMessageBox.StandardButton.Ok)])
    with qtbot.waitSignal(window.imported, timeout=WORK_MS) as imported:
        files.import_path(str(path))
        assert files.working() and files.busy.isVisible(), "a busy bar while it works"
    assert imported.args == ["European rivers"]
    assert not files.working()
    assert "imported 2 questions" in window.statusBar().currentMessage()
    # The result stays on the screen until the teacher dismisses it
    assert seen == ["Imported: imported 2 questions into set 'European rivers'"]
    rows = {r.name: r for r in window.home.rows()}
    assert rows["European rivers"].total == 2


def test_a_bad_question_imports_nothing_unless_the_teacher_skips_it(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    path = tmp_path / "rivers.gift"
    path.write_text(ONE_BAD_GIFT, encoding="utf-8")
    before = set_names(window)
    files = window.files
    assert files is not None
    # When the file has an error and the teacher declines to skip it
    seen: list[str] = []
    on_next_modal([box_saying(seen, QMessageBox.StandardButton.No)])
    files.import_path(str(path))
    qtbot.waitUntil(lambda: bool(seen) and not files.working(), timeout=WORK_MS)
    # Then the message names the file, the line and the problem, and nothing is imported
    assert seen[0].startswith("Import failed: ")
    assert "rivers.gift:3:" in seen[0] and "is not a number" in seen[0]
    assert "Nothing was imported" in seen[0]
    assert set_names(window) == before
    # When they import again and choose to skip the bad question
    seen.clear()
    details: list[str] = []
    on_next_modal(
        [
            box_saying(seen, QMessageBox.StandardButton.Yes),
            box_saying(seen, QMessageBox.StandardButton.Ok, details),
        ]
    )
    with qtbot.waitSignal(window.imported, timeout=WORK_MS):
        files.import_path(str(path))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WORK_MS)
    # Then the others are imported and the skipped one is listed
    assert seen[1] == (
        "Imported: imported 2 questions into set 'rivers'\nskipped 1 question with problems"
    )
    assert "skipped line 3: " in details[0] and "is not a number" in details[0]
    assert window.bank is not None
    assert [q.uid for q in sets.get_set(window.bank, "rivers").questions] == ["ok", "also-ok"]


def test_export_writes_the_file_and_reports_what_the_format_cannot_hold(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    files = window.files
    assert files is not None and window.bank is not None
    # CSV holds every question as a front/back card, and says which ones changed
    target = tmp_path / "every kind.csv"
    seen: list[str] = []
    details: list[str] = []
    on_next_modal([box_saying(seen, QMessageBox.StandardButton.Ok, details)])
    with qtbot.waitSignal(window.exported, timeout=WORK_MS):
        files.export_path("Every kind", str(target))
    with target.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle) if r and not r[0].startswith("#")]
    assert len(rows) == 1 + 8  # a header and every question
    assert any(r[0].startswith("Which planet is largest?") and r[1] == "Jupiter" for r in rows)
    assert str(target) in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: bool(seen), timeout=WORK_MS)
    assert seen[0].startswith("Exported: exported 8 questions")
    assert "7 questions changed: written as a front/back card" in seen[0]
    assert "Put these events in order.: written as a front/back card; it is no longer an " \
        "ordering question" in details[0]  # fmt: skip
    # GIFT has no ordering questions: the export says so instead of dropping it silently
    seen.clear()
    on_next_modal([box_saying(seen, QMessageBox.StandardButton.Ok)])
    with qtbot.waitSignal(window.exported, timeout=WORK_MS):
        files.export_path("Every kind", str(tmp_path / "every kind.gift"))
    qtbot.waitUntil(lambda: bool(seen), timeout=WORK_MS)
    assert seen[0].startswith("Exported: exported 7 questions")
    assert "1 question not exported: GIFT has no ordering questions" in seen[0]


def test_closing_during_an_import_lets_it_finish_and_reports_nothing(
    qtbot: QtBot, tmp_path: Path, study_db: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from quizapp.settings import Settings
    from quizapp.startup import open_app_bank

    path = tmp_path / "Late rivers.gift"
    path.write_text(GOOD_GIFT, encoding="utf-8")
    window = MainWindow(db=study_db, settings=Settings(last_learner="Ada"))
    window.show()
    files = window.files
    assert files is not None
    reported: list[str] = []
    window.imported.connect(reported.append)
    # When the window closes while the import runs
    files.import_path(str(path))
    assert files.working()
    window.close()
    qtbot.wait(300)  # any late result would arrive now
    # Then the import finished before the bank closed, and nothing popped up afterwards
    assert not files.working() and reported == []
    assert QApplication.activeModalWidget() is None
    bank = open_app_bank(study_db)
    try:
        assert len(sets.get_set(bank, "Late rivers").questions) == 2
    finally:
        bank.close()
    window.deleteLater()


def small_box(seen: list[str], details: list[str], button: QMessageBox.StandardButton) -> Step:
    """:func:`box_saying`, after checking that the box fits a small window, buttons shown."""

    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.height() <= 440, f"the message box is {box.height()} px tall"
        assert box.button(button).isVisible()
        box_saying(seen, button, details)(box)

    return step


def test_ten_thousand_errors_show_the_first_few_and_a_count(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    path = tmp_path / "broken.gift"
    path.write_text("".join(f"::q{n}::How long?{{#abc}}\n\n" for n in range(10_000)))
    files = window.files
    assert files is not None
    seen: list[str] = []
    details: list[str] = []
    on_next_modal([small_box(seen, details, QMessageBox.StandardButton.No)])
    files.import_path(str(path))
    qtbot.waitUntil(lambda: bool(seen) and not files.working(), timeout=WORK_MS)
    # Then the message lists the first problems and how many more there are
    lines = seen[0].split("\n")
    assert lines[0].startswith("Import failed: broken.gift:1: 'abc' is not a number")
    assert lines[1].startswith("broken.gift:3: 'abc' is not a number")
    assert "… and 9,995 more (Show Details lists them all)" in lines
    assert len(lines) < 12
    # And the details hold every one of them, to scroll through and copy
    assert len(details[0].split("\n")) == 10_000


def test_an_export_that_changes_many_questions_summarises_them(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    from quizapp.questiondata import QuestionData, SetData

    assert window.bank is not None and window.files is not None
    cards = [QuestionData(f"c{n}", "flashcard", f"Front {n}", answer="Back", explanation="Why")
             for n in range(126)]  # fmt: skip
    sets.add_set(window.bank, SetData("Cards", questions=cards))
    seen: list[str] = []
    details: list[str] = []
    on_next_modal([small_box(seen, details, QMessageBox.StandardButton.Ok)])
    with qtbot.waitSignal(window.exported, timeout=WORK_MS):
        window.files.export_path("Cards", str(tmp_path / "cards.gift"))
    qtbot.waitUntil(lambda: bool(seen), timeout=WORK_MS)
    assert seen[0].split("\n")[1:] == [
        "126 questions changed: the explanation was left out: a GIFT essay has one feedback, "
        "the back"
    ]
    assert len(details[0].split("\n")) == 126
    assert details[0].startswith("changed: Front 0: the explanation was left out")
