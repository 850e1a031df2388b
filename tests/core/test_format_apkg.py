"""Anki package export, checked by opening it with the real ``anki`` package."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.formats import apkg
from quizapp.questiondata import QuestionData, SetData

anki_collection = pytest.importorskip(
    "anki.collection", reason="the anki package (test-only dependency) is not installed"
)


def import_into_anki(col: object, package: Path) -> None:
    """Import ``package`` as Anki does by default (update notes when newer)."""
    options = anki_collection.ImportAnkiPackageOptions(with_scheduling=False)
    request = anki_collection.ImportAnkiPackageRequest(package_path=str(package), options=options)
    col.import_anki_package(request)  # type: ignore[attr-defined]


def notes_of(col: object) -> dict[str, tuple[list[str], list[str]]]:
    found = {}
    for note_id in col.find_notes(""):  # type: ignore[attr-defined]
        note = col.get_note(note_id)  # type: ignore[attr-defined]
        found[note.guid] = (list(note.fields), sorted(note.tags))
    return found


SET = SetData(
    "Capitals & rivers",
    questions=[
        QuestionData(uid="c1", kind="flashcard", prompt="Capital of <Peru>?", answer="Lima",
                     explanation="On the coast.\nFounded 1535.", tags=["geo", "south america"]),
        QuestionData(uid="m1", kind="multiple_choice", prompt="Longest river?",
                     answer="Nile", choices=["Nile", "Rhine"]),
    ],
)  # fmt: skip


def test_exported_notes_open_in_anki_with_fields_tags_and_deck(tmp_path: Path) -> None:
    out = tmp_path / "set.apkg"
    conversion = apkg.write(SET, out)
    assert [i.uid for i in conversion.altered] == ["c1", "m1"]  # space in tag; flattened MC
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        import_into_anki(col, out)
        notes = notes_of(col)
        assert notes == {
            apkg.note_guid(SET.name, "c1"): (
                ["Capital of &lt;Peru&gt;?", "Lima", "On the coast.<br>Founded 1535."],
                ["geo", "south_america"],
            ),
            apkg.note_guid(SET.name, "m1"): (
                ["Longest river?<br>A) Nile<br>B) Rhine", "Nile", ""],
                [],
            ),
        }
        assert col.decks.by_name(SET.name) is not None  # type: ignore[attr-defined]
        model = col.models.by_name(apkg.MODEL_NAME)  # type: ignore[attr-defined]
        assert model["id"] == apkg.MODEL_ID
    finally:
        col.close()  # type: ignore[attr-defined]


def test_reimporting_a_newer_export_updates_notes_instead_of_adding(tmp_path: Path) -> None:
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    apkg.write(SET, first, timestamp=1_800_000_000)
    changed = SetData(SET.name, questions=[
        QuestionData(uid="c1", kind="flashcard", prompt="Capital of Peru?", answer="Lima (Peru)"),
        SET.questions[1],
    ])  # fmt: skip
    apkg.write(changed, second, timestamp=1_800_000_600)  # exported ten minutes later
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        import_into_anki(col, first)
        import_into_anki(col, second)
        notes = notes_of(col)
        assert len(notes) == 2
        assert notes[apkg.note_guid(SET.name, "c1")][0][:2] == ["Capital of Peru?", "Lima (Peru)"]
    finally:
        col.close()  # type: ignore[attr-defined]


def test_ids_are_stable_across_runs() -> None:
    assert apkg.deck_id("History") == apkg.deck_id("History") != apkg.deck_id("history")
    assert 1 << 30 <= apkg.deck_id("History") < 1 << 31
    assert apkg.note_guid("History", "q1") != apkg.note_guid("History", "q2")
