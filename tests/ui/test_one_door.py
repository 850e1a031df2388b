"""``quizapp generate --set`` and the article dialog store generated questions alike.

Both go through :mod:`quizapp.content.set_intake`: given the same article, twice, into a set
that already holds one of its questions under another id, the two banks end up equal.
The generator really runs (in the CLI, and in the dialog's worker process).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from modal_steps import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.cli import main
from quizapp.content import sets
from quizapp.generator import generate, read_article
from quizapp.questiondata import QuestionData, QuestionKind, SetData
from quizapp.store.bank import Bank, open_bank
from quizapp.ui.dialogs.generate_dialog import GenerateDialog
from quizapp.ui.widgets.proposal_table import Proposal

ARTICLE = Path(__file__).parent.parent / "core" / "texts" / "harbour-flood-news.txt"
GENERATING_MS = 120_000  # the worker process loads the language model; never a speed check
OWN = QuestionData("own", QuestionKind.FLASHCARD, "Who keeps the harbour log?", "The warden")

pytestmark = pytest.mark.slow


def _seeded(path: Path, asked_before: QuestionData) -> Bank:
    """A bank whose set "Floods" holds a question of its own and ``asked_before``."""
    bank = open_bank(path)
    sets.add_set(bank, SetData("Floods", "By hand", [OWN, asked_before]))
    return bank


def _window_saves(
    qtbot: QtBot, bank: Bank, set_name: str, *, new: bool, proposals: list[QuestionData] | None
) -> tuple[list[QuestionData], list[str]]:
    """The dialog reads the article, proposes (the generator's, or ``proposals``), and the
    teacher accepts all and saves them into ``set_name``; the proposals and any notice."""
    dialog = GenerateDialog(bank)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.article_loaded, timeout=10_000):
        dialog.load_article(str(ARTICLE))
    if proposals is None:
        with qtbot.waitSignal(dialog.generated, timeout=GENERATING_MS):
            dialog.generate()
    else:
        dialog.table.show_proposals([Proposal(dataclasses.replace(q)) for q in proposals])
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    if new:
        dialog.set_name_edit.setText(set_name)
    else:
        dialog.existing_radio.setChecked(True)
        dialog.set_combo.setCurrentText(set_name)
    notices: list[str] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        notices.append(box.text())
        box.accept()

    if not new:  # into a set already holding some of them: the dialog says how many
        on_next_modal([note])
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return [p.question for p in dialog.table.proposals], notices


def test_the_cli_and_the_window_keep_and_skip_the_same_questions(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given the questions the generator makes of an article, and two banks whose set
    # "Floods" already asks one of them (another id, its prompt in other case and spacing)
    article = read_article(ARTICLE)
    made = [q.to_data() for q in generate(article.text, name=str(ARTICLE))]
    first = next(q for q in made if q.kind not in (QuestionKind.ORDERING, QuestionKind.MATCHING))
    asked_before = dataclasses.replace(
        first, uid="by-hand", kind=QuestionKind.FLASHCARD, prompt=f"  {first.prompt.upper()} "
    )
    by_cli = _seeded(tmp_path / "cli.sqlite3", asked_before)
    by_window = _seeded(tmp_path / "window.sqlite3", asked_before)
    by_cli.close()
    try:
        # When the command saves them into "Floods" twice, and into a new set twice
        db = str(tmp_path / "cli.sqlite3")
        for name in ("Floods", "Floods", "Fresh", "Fresh"):
            assert main(["generate", str(ARTICLE), "--set", name, "--db", db]) == 0
        said = [line for line in capsys.readouterr().out.splitlines() if " set " in line]
        # And the dialog does the same: "Add to" twice, then "New set" and "Add to"
        proposed, notices = _window_saves(qtbot, by_window, "Floods", new=False, proposals=None)
        assert proposed == made, "the dialog proposes what the command generates"
        notices += _window_saves(qtbot, by_window, "Floods", new=False, proposals=made)[1]
        notices += _window_saves(qtbot, by_window, "Fresh", new=True, proposals=made)[1]
        notices += _window_saves(qtbot, by_window, "Fresh", new=False, proposals=made)[1]
        # Then both banks hold the same sets, question for question, article and all
        by_cli = open_bank(db)
        for name in ("Floods", "Fresh"):
            assert sets.get_set(by_cli, name) == sets.get_set(by_window, name)
        # And what each left out is the question asked before, then everything again
        floods = sets.get_set(by_window, "Floods")
        kept = [q.uid for q in made if q is not first]
        assert [q.uid for q in floods.questions] == ["own", "by-hand", *kept]
        assert [q.uid for q in sets.get_set(by_window, "Fresh").questions] == [q.uid for q in made]
        assert sets.get_set(by_window, "Fresh").description == f"Generated from {article.title}"
        n = len(made)
        assert said == [
            f"added to set 'Floods': {n - 1} questions, 1 already there",
            f"added to set 'Floods': 0 questions, {n} already there",
            f"created set 'Fresh': {n} questions",
            f"added to set 'Fresh': 0 questions, {n} already there",
        ]
        assert [notice.split(" of the")[0] for notice in notices] == ["1", str(n), str(n)]
    finally:
        by_cli.close()
        by_window.close()
