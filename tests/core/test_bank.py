"""The question bank: schema version, SQLite settings, migrations, cascades, atomic writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlmodel import SQLModel, select

from quizapp.content import interchange, sets
from quizapp.errors import BankError, FormatErrors, QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.store.bank import Bank, create_bank_engine, migrate, open_bank, schema_revision
from quizapp.store.migrations import HEAD
from quizapp.store.models import CardState, Learner, Question, ReviewLog, utcnow

STAMP = "2025-03-04 05:06:07.000000"


def script_head() -> str:
    config = Config()
    config.set_main_option("script_location", "quizapp.store:migrations")
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def dump(path: Path) -> list[str]:
    """Every table and row of the SQLite file at ``path``, as SQL text."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def small_set(name: str = "Rivers") -> SetData:
    return SetData(
        name=name,
        questions=[
            QuestionData("q1", "flashcard", "Longest river?", answer="the Nile"),
            QuestionData("q2", "true_false", "The Rhine reaches Vienna.", answer="false"),
        ],
    )


def test_head_constant_matches_the_migration_scripts() -> None:
    assert script_head() == HEAD


@pytest.mark.both_engines
def test_a_new_bank_is_created_at_head(bank: Bank) -> None:
    assert schema_revision(bank.engine) == HEAD


@pytest.mark.both_engines
def test_the_schema_of_head_matches_the_models(bank: Bank) -> None:
    # Given a bank built by the migrations only
    with bank.engine.connect() as conn:
        # Then Alembic finds nothing in the models that the migrations left out
        diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diffs == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(bank: Bank) -> None:
    with bank.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    # and the mode is stored in the file, so other tools see it too
    assert bank.path is not None
    conn2 = sqlite3.connect(bank.path)
    try:
        assert conn2.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn2.close()


def test_a_bank_can_be_named_by_url(tmp_path: Path) -> None:
    path = tmp_path / "by-url.sqlite3"
    opened = open_bank(f"sqlite:///{path}")
    try:
        assert opened.path == path
        assert schema_revision(opened.engine) == HEAD
    finally:
        opened.close()


def test_an_older_bank_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    # Given a bank made at the first schema revision, filled with raw SQL
    path = tmp_path / "old.sqlite3"
    engine = create_bank_engine(f"sqlite:///{path}")
    migrate(engine, "0001")
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.executescript(f"""
        INSERT INTO questionset (id, name, description, created_at, updated_at)
            VALUES (1, 'Old set', 'made long ago', '{STAMP}', '{STAMP}');
        INSERT INTO question (id, set_id, uid, position, kind, prompt, answer, choices,
                              accepted, pairs, tolerance, explanation, tags)
            VALUES (1, 1, 'q1', 0, 'multiple_choice', 'Capital of Norway?', 'Oslo',
                    '["Oslo", "Bergen"]', '[]', NULL, NULL, 'It is Oslo.', '["capitals"]');
        INSERT INTO learner (id, name, created_at, desired_retention, new_per_day,
                             day_start_hour, timezone)
            VALUES (1, 'Ada', '{STAMP}', 0.9, 20, 4, 'Europe/Oslo');
        INSERT INTO cardstate (id, learner_id, question_id, state, step, stability,
                               difficulty, due, last_review)
            VALUES (1, 1, 1, 2, NULL, 3.5, 5.0, '{STAMP}', '{STAMP}');
        INSERT INTO reviewlog (id, learner_id, question_id, response, correct,
                               duration_ms, rating, reviewed_at)
            VALUES (1, 1, 1, 'Oslo', 1, 2500, 3, '{STAMP}');
    """)
    conn.commit()
    conn.close()
    # When today's app opens it
    opened = open_bank(path)
    try:
        # Then it is at head and every row reads back through the models
        assert schema_revision(opened.engine) == HEAD
        data = sets.get_set(opened, "Old set")
        assert data.description == "made long ago"
        assert [(q.uid, q.answer, q.choices, q.tags) for q in data.questions] == [
            ("q1", "Oslo", ["Oslo", "Bergen"], ["capitals"])
        ]
        with opened.session() as session:
            learner = session.exec(select(Learner)).one()
            card = session.exec(select(CardState)).one()
            review = session.exec(select(ReviewLog)).one()
        assert (learner.name, learner.timezone) == ("Ada", "Europe/Oslo")
        assert (card.state, card.stability, card.due.tzinfo is not None) == (2, 3.5, True)
        assert (review.response, review.correct, review.rating) == ("Oslo", True, 3)
    finally:
        opened.close()


def test_a_bank_from_a_newer_quizapp_is_refused(tmp_path: Path) -> None:
    # Given a bank whose schema revision this quizapp has never heard of
    path = tmp_path / "future.sqlite3"
    open_bank(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = dump(path)
    # When it is opened, Then a one-line error says to upgrade, and the file is untouched
    with pytest.raises(BankError, match=r"newer quizapp.*upgrade"):
        open_bank(path)
    assert dump(path) == before


def test_a_file_that_is_not_a_bank_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 100)
    with pytest.raises(BankError) as caught:
        open_bank(path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message


@pytest.mark.both_engines
def test_deleting_a_set_removes_its_questions_cards_and_reviews(bank: Bank) -> None:
    # Given two sets, and a learner with a card and a review on the first one
    sets.add_set(bank, small_set("Rivers"))
    sets.add_set(bank, small_set("Lakes"))
    with bank.session() as session:
        learner = Learner(name="Ada")
        session.add(learner)
        session.flush()
        question = session.exec(select(Question).where(Question.uid == "q1")).first()
        assert question is not None and question.id is not None and learner.id is not None
        session.add(CardState(learner_id=learner.id, question_id=question.id))
        session.add(ReviewLog(learner_id=learner.id, question_id=question.id, reviewed_at=utcnow()))
    # When the first set is deleted
    sets.delete_set(bank, "Rivers")
    # Then its questions, cards and reviews are gone, and the other set is whole
    assert [(s.name, s.questions) for s in sets.list_sets(bank)] == [("Lakes", 2)]
    with bank.session() as session:
        assert len(session.exec(select(Question)).all()) == 2
        assert session.exec(select(CardState)).all() == []
        assert session.exec(select(ReviewLog)).all() == []
        assert len(session.exec(select(Learner)).all()) == 1


def test_a_failed_import_leaves_the_bank_unchanged(bank: Bank, tmp_path: Path) -> None:
    # Given a bank holding one set, and a set file with one bad question among good ones
    sets.add_set(bank, small_set())
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "format: quizapp-set/1\nname: New\nquestions:\n"
        "  - {id: a, kind: flashcard, prompt: Front, answer: Back}\n"
        "  - {id: b, kind: multiple_choice, prompt: Pick, answer: c, choices: [a, b]}\n",
        encoding="utf-8",
    )
    assert bank.path is not None
    before = dump(bank.path)
    # When it is imported
    with pytest.raises(FormatErrors, match=r"bad\.yaml:5: "):
        interchange.import_file(bank, bad)
    # Then every table holds exactly what it held before
    assert dump(bank.path) == before


@pytest.mark.parametrize(
    "questions, problem",
    [
        (
            [QuestionData("a", "flashcard", "F", answer="B")] * 2,
            "two questions share the id 'a'",
        ),
        ([QuestionData("a", "essay", "Discuss.")], "unknown kind 'essay'"),
    ],
    ids=["duplicate id", "invalid question"],
)
def test_storing_invalid_data_writes_nothing(
    bank: Bank, questions: list[QuestionData], problem: str
) -> None:
    # Given data that did not come through a file reader (e.g. the generator or the editor)
    sets.add_set(bank, small_set())
    assert bank.path is not None
    before = dump(bank.path)
    # When it is stored, even in place of an existing set
    with pytest.raises(QuizappError, match=problem):
        sets.add_set(bank, SetData(name="Rivers", questions=questions), replace=True)
    # Then the bank is exactly as it was
    assert dump(bank.path) == before


def test_a_bank_whose_folder_cannot_be_made_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BankError, match="cannot create the question bank"):
        open_bank(blocker / "sub" / "bank.sqlite3", make_folder=True)


def test_a_mistyped_folder_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    # Given a bank path in a folder that does not exist
    path = tmp_path / "no-such-dir" / "deeper" / "bank.sqlite3"
    # When it is opened without asking for folders, Then one line says so and creates nothing
    with pytest.raises(BankError, match=r"there is no folder .*no-such-dir/deeper.*--create"):
        open_bank(path)
    assert not (tmp_path / "no-such-dir").exists()
    # and asking for it makes the folders and a new bank, which says it is new
    made = open_bank(path, make_folder=True)
    try:
        assert made.created and path.is_file()
    finally:
        made.close()
    again = open_bank(path)
    assert not again.created
    again.close()


def test_a_folder_given_as_the_bank_says_it_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(BankError, match=r"is a folder, not a question bank file"):
        open_bank(tmp_path)


@pytest.mark.parametrize(
    "url", ["nosuchdb://host/bank", "postgresql+nosuchdriver://u:secret@localhost/bank"]
)
def test_an_unusable_url_is_one_clear_error_that_hides_the_password(url: str) -> None:
    with pytest.raises(BankError, match="as a question bank") as caught:
        open_bank(url)
    assert "secret" not in str(caught.value)
