"""A class bank on a real PostgreSQL: each learner's login sees and changes only its own data.

The server enforces it (roles and row-level security), so every check here runs twice:
through plain SQL on the learner's own login, and through the app's services.
"""

from __future__ import annotations

import json
import shlex
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, make_url, text

from quizapp.cli import main
from quizapp.content import editing, sets
from quizapp.errors import BankError, QuizappError
from quizapp.questiondata import QuestionData, SetData
from quizapp.startup import open_app_bank
from quizapp.store import server, teacher_passphrase
from quizapp.store.bank import Bank, open_bank
from quizapp.study import (
    answer_once,
    assignments,
    classbank,
    flags,
    learners,
    quickview,
    quiz,
    review_queue,
    stats,
    teacher_report,
)
from quizapp.study.answering import Answer
from quizapp.study.classbank import Role

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OWN_TABLES = ("cardstate", "reviewlog", "recentanswer", "quizattempt", "studyday", "cardflag")


@dataclass
class ClassRoom:
    """The owner's bank, and one open bank per login (ann and ben learn, tess teaches)."""

    cluster: Any
    database: str
    owner: Bank
    logins: dict[str, Bank]
    ids: dict[str, int]
    passwords: dict[str, str]

    def url(self, login: str, password: str | None = None) -> str:
        return self.cluster.login_url(self.database, login, password or self.passwords[login])


def _drop_logins(cluster: Any) -> None:
    """Roles are the cluster's, not the database's: drop the ones a test made."""
    import psycopg

    with psycopg.connect(
        host=str(cluster.socket_dir), port=cluster.port, user="quizapp_admin",
        dbname="postgres", autocommit=True,
    ) as conn:  # fmt: skip
        names = [r[0] for r in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' AND rolname <> current_user"
        )]  # fmt: skip
        for name in names:
            conn.execute(f'DROP ROLE "{name}"'.encode())


@pytest.fixture
def class_url(pg_cluster: Any) -> Iterator[str]:
    """A fresh database on the session's cluster, as its owner (the superuser here)."""
    with pg_cluster.fresh_database() as url:
        yield url
    _drop_logins(pg_cluster)


@pytest.fixture
def room(pg_cluster: Any, class_url: str) -> Iterator[ClassRoom]:
    owner = open_app_bank(class_url)  # what `quizapp class init` does
    classbank.init_class(owner)
    questions = [QuestionData(uid=f"q{i}", kind="short_answer", prompt=f"Q{i}?", answer=f"a{i}")
                 for i in range(3)]  # fmt: skip
    sets.add_set(owner, SetData(name="Rivers", questions=questions))
    teacher_passphrase.set_passphrase(owner, "secret passphrase")
    made = {
        "ann": classbank.add_member(owner, "ann", Role.LEARNER),
        "ben": classbank.add_member(owner, "ben", Role.LEARNER, "ben's :pass 100%"),
        "tess": classbank.add_member(owner, "tess", Role.TEACHER),
    }
    learners.set_password(owner, _id(made["ben"]), "ben's profile lock")
    database = owner.engine.url.database or ""
    room = ClassRoom(pg_cluster, database, owner, {}, {}, {k: m.password for k, m in made.items()})
    room.ids = {k: _id(m) for k, m in made.items() if m.member.learner_id is not None}
    room.logins = {name: open_app_bank(room.url(name)) for name in made}
    for name in ("ann", "ben"):
        study(room.logins[name], room.ids[name])
    yield room
    for bank in [owner, *room.logins.values()]:
        bank.close()


def _id(made: classbank.NewLogin) -> int:
    assert made.member.learner_id is not None
    return made.member.learner_id


def study(bank: Bank, learner_id: int) -> None:
    """Two answers in review (under ids, as the review screen sends them) and a finished
    one-question quiz, through the services."""
    for item in review_queue.study_queue(bank, learner_id, now=NOW)[:2]:
        answer_once.record_answer_once(
            bank,
            learner_id,
            item.question_id,
            Answer(rating=3, response="a", correct=True, duration_ms=2000, time=NOW),
            answer_id=answer_once.new_answer_id(),
        )
    set_id = sets.list_sets(bank)[0].id
    run = quiz.start_quiz(bank, learner_id, set_id=set_id, size=1, now=NOW)
    quiz.record_quiz_answer(
        bank,
        run.attempt_id,
        run.items[0].question_id,
        Answer(rating=3, response="x", correct=False, duration_ms=1000, time=NOW),
    )
    quiz.finish_quiz(bank, run.attempt_id, now=NOW + timedelta(minutes=1))
    flags.set_starred(bank, learner_id, [run.items[0].question_id], True)  # a Browser mark


def rows_by_learner(conn: Connection, table: str) -> dict[int, int]:
    query = text(f"SELECT learner_id, count(*) FROM {table} GROUP BY learner_id")
    return {int(k): int(n) for k, n in conn.execute(query)}


def problems_seen_by(room: ClassRoom, login: str) -> list[str]:
    """What the learner's login can see that it should not, or cannot see that it should."""
    me = room.ids[login]
    found = []
    with room.logins[login].engine.connect() as conn:
        for table in OWN_TABLES:
            seen = rows_by_learner(conn, table)
            if set(seen) != {me}:
                found.append(f"{table}: learners {sorted(seen)} visible to {login}")
        names = {r[0] for r in conn.execute(text("SELECT name FROM learner"))}
        if names != {login}:
            found.append(f"learner: rows {sorted(names)} visible to {login}")
        keys = {r[0] for r in conn.execute(text("SELECT key FROM meta"))}
        if teacher_passphrase.PASSPHRASE_KEY in keys or not keys:
            found.append(f"meta: keys {sorted(keys)} visible to {login}")
        members = {r[0] for r in conn.execute(text("SELECT db_role FROM class_member"))}
        if members != {login}:
            found.append(f"class_member: {sorted(members)} visible to {login}")
    return found


def test_a_learner_sees_only_their_own_rows_through_sql(room: ClassRoom) -> None:
    # Given two learners who both studied; when each looks at every table through SQL
    # then each sees their own rows (and has some in each table) and nobody else's
    assert problems_seen_by(room, "ann") == []
    assert problems_seen_by(room, "ben") == []


def test_removing_any_policy_or_row_security_is_caught(room: ClassRoom) -> None:
    # The check above would notice each protection missing (it is not a test that cannot fail)
    for table in (*OWN_TABLES, "learner", "meta", "class_member"):
        for breach in (f"DROP POLICY quizapp_{table}_0 ON {table}",
                       f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"):  # fmt: skip
            with room.owner.engine.begin() as conn:
                conn.execute(text(breach))
            assert problems_seen_by(room, "ann"), breach
            classbank.init_class(room.owner)  # puts every protection back
            assert problems_seen_by(room, "ann") == []


def test_a_learner_cannot_change_another_learners_data(room: ClassRoom) -> None:
    ben = room.ids["ben"]
    with room.logins["ann"].engine.begin() as conn:
        moved = conn.execute(text("UPDATE cardstate SET due = now() WHERE learner_id = :b"),
                             {"b": ben})  # fmt: skip
        deleted = conn.execute(text("DELETE FROM reviewlog WHERE learner_id = :b"), {"b": ben})
        assert (moved.rowcount, deleted.rowcount) == (0, 0)
    with room.logins["ann"].engine.begin() as conn:
        hidden = conn.execute(text("UPDATE learner SET new_per_day = 1 WHERE id = :b"), {"b": ben})
        assert hidden.rowcount == 0
    for forged in (
        "INSERT INTO reviewlog (learner_id, question_id, response, correct, duration_ms, rating,"
        " reviewed_at) SELECT :b, id, '', true, 0, 3, now() FROM question LIMIT 1",
        "UPDATE cardstate SET learner_id = :b",  # handing one's own cards over
        "INSERT INTO recentanswer (review_id, answer_id, learner_id, made_at)"
        " SELECT id, 'forged', :b, 0 FROM reviewlog LIMIT 1",  # an id in another's name
        "INSERT INTO learner (name, created_at, desired_retention, new_per_day, day_start_hour,"
        " timezone) VALUES ('eve', now(), 0.9, 20, 4, 'UTC')",
    ):
        refused = pytest.raises(BankError, match=r"row-level security|permission denied")
        with refused, room.logins["ann"].engine.begin() as conn:
            conn.execute(text(forged), {"b": ben})
    with room.owner.engine.connect() as conn:
        assert rows_by_learner(conn, "reviewlog")[ben] == 3
        # a card for each question ben answered (the quiz's random question may be reviewed too)
        distinct = "SELECT count(DISTINCT question_id) FROM reviewlog WHERE learner_id = :b"
        answered = conn.execute(text(distinct), {"b": ben}).scalar_one()
        assert rows_by_learner(conn, "cardstate")[ben] == answered


def test_a_learners_retried_answer_is_recorded_once_through_their_login(
    room: ClassRoom,
) -> None:
    # Given ann, answering through her own login under an id her client made
    ann, me = room.logins["ann"], room.ids["ann"]
    question = review_queue.study_queue(ann, me, now=NOW)[0].question_id
    given = Answer(rating=3, response="a", correct=True, duration_ms=900, time=NOW)
    first = answer_once.record_answer_once(ann, me, question, given, answer_id="ann-1")
    # When the retry comes (the acknowledgement was lost), it is the answer already recorded
    again = answer_once.record_answer_once(ann, me, question, given, answer_id="ann-1")
    assert again.review_id == first.review_id
    with room.owner.engine.connect() as conn:
        assert rows_by_learner(conn, "reviewlog")[me] == 4  # three from study(), this one once
        ids = conn.execute(text("SELECT learner_id FROM recentanswer WHERE answer_id = 'ann-1'"))
        assert ids.scalars().all() == [me]


def test_services_refuse_another_learners_data(room: ClassRoom) -> None:
    ann = room.logins["ann"]
    assert [x.name for x in learners.list_learners(ann)] == ["ann"]
    with pytest.raises(QuizappError, match="no learner called 'ben'"):
        learners.get_learner(ann, "ben")
    with pytest.raises(QuizappError):
        stats.learner_stats(ann, room.ids["ben"], now=NOW)
    with pytest.raises(QuizappError):
        question = review_queue.study_queue(ann, room.ids["ann"], now=NOW)[0].question_id
        review_queue.record_answer(
            ann,
            room.ids["ben"],
            question,
            Answer(rating=3, response="", correct=True, duration_ms=1, time=NOW),
        )
    mine = stats.learner_stats(ann, room.ids["ann"], now=NOW)
    assert mine.totals.answers == 3


def test_a_learner_cannot_edit_a_set(room: ClassRoom) -> None:
    ann = room.logins["ann"]
    with pytest.raises(BankError, match="permission denied"):
        editing.rename_set(ann, "Rivers", "Mine now")
    with pytest.raises(BankError, match="permission denied"), ann.engine.begin() as conn:
        conn.execute(text("DELETE FROM question"))
    assert [s.name for s in sets.list_sets(room.owner)] == [*_bundled(room), "Rivers"]


def _bundled(room: ClassRoom) -> list[str]:
    return sorted(s.name for s in sets.list_sets(room.owner) if s.name != "Rivers")


def test_a_learner_cannot_read_password_hashes(room: ClassRoom) -> None:
    with room.logins["ann"].engine.connect() as conn:
        hashes = conn.execute(text("SELECT name, password_hash FROM learner")).all()
        assert [name for name, _hash in hashes] == ["ann"]  # ben's profile lock stays hidden
        passphrase = text("SELECT value FROM meta WHERE key = :k")
        assert conn.execute(passphrase, {"k": teacher_passphrase.PASSPHRASE_KEY}).all() == []
        with pytest.raises(BankError, match="permission denied"):
            conn.execute(text("SELECT rolpassword FROM pg_authid"))
    assert not teacher_passphrase.has_passphrase(room.logins["ann"])
    assert teacher_passphrase.has_passphrase(room.logins["tess"])


def test_the_teacher_reads_everyones_progress_and_edits_sets(room: ClassRoom) -> None:
    tess = room.logins["tess"]
    set_id = next(s.id for s in sets.list_sets(tess) if s.name == "Rivers")
    report = teacher_report.set_report(tess, set_id, now=NOW)
    assert sorted(p.name for p in report.learners) == ["ann", "ben"]
    editing.rename_set(tess, "Rivers", "Big rivers")
    assert "Big rivers" in {s.name for s in sets.list_sets(room.logins["ann"])}
    with pytest.raises(BankError, match="permission denied"), tess.engine.begin() as conn:
        conn.execute(text("DELETE FROM reviewlog"))
    # the learner's own view of the same report holds only themself
    mine = teacher_report.set_report(room.logins["ben"], set_id, now=NOW)
    assert [p.name for p in mine.learners] == ["ben"]
    # deleting a set takes the learners' cards and reviews of it along (the server's cascade)
    editing.delete_set(tess, "Big rivers")
    with room.owner.engine.connect() as conn:
        left = conn.execute(text("SELECT count(*) FROM question WHERE set_id = :s"), {"s": set_id})
        assert left.scalar_one() == 0


def test_cli_init_add_list_and_remove(class_url: str, pg_cluster: Any, capsys: Any) -> None:
    assert main(["class", "init", "--db", class_url]) == 0
    assert main(["class", "add-learner", "cleo", "--db", class_url]) == 0
    out = capsys.readouterr().out
    password = out.split("password (shown only now): ")[1].split()[0]
    database = make_url(class_url).database or ""
    login = pg_cluster.login_url(database, "cleo", password)
    assert main(["learners", "--json", "--db", login]) == 0
    assert '"name": "cleo"' in capsys.readouterr().out
    assert main(["class", "add-teacher", "tom", "--password", "tom's pw", "--db", class_url]) == 0
    assert main(["class", "list", "--db", class_url]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == ["tom  (teacher)", "cleo  (learner)"]
    assert main(["class", "remove-learner", "cleo", "--db", class_url]) == 0
    assert "removed learner login cleo" in capsys.readouterr().out
    assert main(["learners", "--db", login]) == 1
    err = capsys.readouterr().err  # the server refuses the login, and the password stays hidden
    assert 'password authentication failed for user "cleo"' in err and password not in err


def test_cli_refuses_bad_requests_in_one_line(class_url: str, tmp_path: Any, capsys: Any) -> None:
    sqlite = str(tmp_path / "own.sqlite3")
    assert main(["class", "init", "--db", sqlite]) == 1
    assert "lives on PostgreSQL" in capsys.readouterr().err
    assert main(["class", "init", "--db", class_url]) == 0
    for argv in (["add-learner", "no way"], ["add-learner", "ann", "--password", "x"],
                 ["remove-learner", "nobody"], ["remove-teacher", "ann"]):  # fmt: skip
        if argv == ["remove-teacher", "ann"]:
            assert main(["class", "add-learner", "ann", "--db", class_url]) == 0
        capsys.readouterr()
        assert main(["class", *argv, "--db", class_url]) == 1
        err = capsys.readouterr().err
        assert err.startswith("quizapp: ") and err.count("\n") == 1, err


def test_the_readme_setup_with_an_owner_who_is_not_a_superuser(
    pg_cluster: Any, capsys: Any
) -> None:
    # Given the README's set-up: a role that may create roles owns an empty database
    pg_cluster.admin_sql(
        "CREATE ROLE classowner LOGIN CREATEROLE PASSWORD 'owner pw'",
        "CREATE DATABASE school_x OWNER classowner",
    )
    owner = pg_cluster.login_url("school_x", "classowner", "owner pw")
    try:
        # When it sets up the class and adds a learner
        assert main(["class", "init", "--db", owner]) == 0
        assert main(["class", "add-learner", "dana", "--password", "dana pw", "--db", owner]) == 0
        # Then the learner's login works and sees only what it should
        dana = open_app_bank(pg_cluster.login_url("school_x", "dana", "dana pw"))
        try:
            assert [x.name for x in learners.list_learners(dana)] == ["dana"]
            assert sets.list_sets(dana)  # the bundled sets, loaded by class init
            with pytest.raises(BankError, match="permission denied"):
                editing.rename_set(dana, sets.list_sets(dana)[0].name, "Mine")
        finally:
            dana.close()
    finally:
        pg_cluster.admin_sql("DROP DATABASE school_x WITH (FORCE)")
        _drop_logins(pg_cluster)


def test_a_learners_login_uses_the_read_commands(
    room: ClassRoom, capsys: Any, tmp_path: Any
) -> None:
    # Given ann's own login; when she asks for her statistics, sets and profile on the CLI
    ann = room.url("ann")
    assert main(["stats", "--json", "--db", ann]) == 0
    (mine,) = json.loads(capsys.readouterr().out)  # only her own statistics
    assert mine["learner"] == "ann" and mine["totals"]["answers"] == 3
    assert main(["stats", "--learner", "ann", "--set", "Rivers", "--json", "--db", ann]) == 0
    assert sum(json.loads(capsys.readouterr().out)["counts"].values()) == 3  # its questions
    assert main(["sets", "--json", "--db", ann]) == 0
    assert "Rivers" in {s["name"] for s in json.loads(capsys.readouterr().out)}
    exported, report = tmp_path / "rivers.gift", tmp_path / "rivers.csv"
    assert main(["export", "Rivers", "-o", str(exported), "--db", ann]) == 0
    assert main(["report", "Rivers", "-o", str(report), "--db", ann]) == 0
    assert "::q2::" in exported.read_text() and "ben" not in report.read_text()
    # Then what her login may not do is refused in one line, naming the server's reason
    assert main(["learner", "add", "mallory", "--db", ann]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizapp: the class bank does not let your login do this")
    assert "permission denied for table learner" in err and err.count("\n") == 1


def test_backup_and_restore_name_the_servers_tools(
    room: ClassRoom, pg_cluster: Any, capsys: Any, tmp_path: Any
) -> None:
    owner = room.owner.engine.url.render_as_string(hide_password=False)
    for command, tool in (("backup", "pg_dump"), ("restore", "pg_restore")):
        assert main([command, "--db", owner]) == 1
        err = capsys.readouterr().err
        assert f"run (as the owner): {tool} " in err and err.count("\n") == 1
        if tool == "pg_dump":  # the command given works as it is
            args = shlex.split(err.split("run (as the owner): ")[1])
            done = subprocess.run([str(pg_cluster.bindir / "pg_dump"), *args[1:]], cwd=tmp_path,
                                  capture_output=True, text=True, check=False)  # fmt: skip
            assert done.returncode == 0, done.stderr
            assert (tmp_path / f"{room.database}.dump").read_bytes()[:5] == b"PGDMP"
    learner = room.url("ann")
    assert main(["backup", "--db", learner]) == 1
    assert room.passwords["ann"] not in capsys.readouterr().err


def test_an_unreachable_server_is_one_line_without_the_password(
    pg_cluster: Any, capsys: Any
) -> None:
    closed = f"postgresql+psycopg://ann:hunter2@127.0.0.1:{pg_cluster.port + 1}/school"
    assert main(["sets", "--db", closed]) == 1
    err = capsys.readouterr().err
    server = f"the class server 127.0.0.1:{pg_cluster.port + 1} cannot be reached"
    assert err.startswith(f"quizapp: {server}") and "Connection refused" in err
    assert err.count("\n") == 1 and "hunter2" not in err


def test_a_server_that_never_answers_is_reported_not_waited_on(
    pg_cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a port that accepts the connection and then says nothing (a server hung or
    # half-reachable); the wait is shortened for the test
    monkeypatch.setattr(server, "CONNECT_TIMEOUT_S", 1)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"postgresql+psycopg://ann:pw@127.0.0.1:{silent.getsockname()[1]}/school"
        # Then opening the bank gives up with a clear error instead of hanging
        unreachable = r"class server 127.0.0.1:\d+ cannot be reached .*timeout"
        with pytest.raises(BankError, match=unreachable):
            open_bank(url)


def test_the_teacher_sets_work_learners_read_it_and_cannot_change_it(room: ClassRoom) -> None:
    # Given the teacher's login assigns Rivers
    today = NOW.date()
    tess, ann = room.logins["tess"], room.logins["ann"]
    work, _ = assignments.assign(tess, "Rivers", today + timedelta(days=4), quiz_length=2,
                                 pass_mark=50, today=today, now=NOW)  # fmt: skip
    # When ann takes it through her own login (the assignment is hers to read)
    (mine,) = assignments.my_work(ann, room.ids["ann"], now=NOW)
    run = assignments.start_assigned(ann, room.ids["ann"], mine.assignment, now=NOW)
    for item in run.items:
        quiz.record_quiz_answer(
            ann, run.attempt_id, item.question_id, Answer(3, "a", True, 900, NOW)
        )
    quiz.finish_quiz(ann, run.attempt_id, now=NOW)
    # Then the teacher sees who did it, and ann sees only herself
    (report,) = assignments.class_work(tess)
    assert [(w.name, w.state, w.best) for w in report.work] == [
        ("ann", assignments.WorkState.PASSED, 100.0),
        ("ben", assignments.WorkState.NOT_STARTED, None),
    ]
    assert [w.name for w in assignments.class_work(ann)[0].work] == ["ann"]
    # And the server refuses a learner who would set, change or remove work, by SQL or service
    with pytest.raises(BankError, match="permission denied for table assignment"):
        assignments.assign(ann, "Rivers", today, today=today, now=NOW)
    with pytest.raises(BankError, match="permission denied for table assignment"):
        assignments.unassign(ann, "Rivers")
    for forged in ("UPDATE assignment SET pass_mark = 0", "DELETE FROM assignment",
                   "INSERT INTO assignment (set_id, due_on, created_at)"
                   " SELECT id, '2026-01-01', now() FROM questionset LIMIT 1"):  # fmt: skip
        with pytest.raises(BankError, match="permission denied"), ann.engine.begin() as conn:
            conn.execute(text(forged))
    assert assignments.list_assignments(room.owner) == [work]


def test_row_security_on_assignments_is_what_lets_learners_read_them(room: ClassRoom) -> None:
    # Row-level security is on for assignments: without the learners' policy they see none
    today = NOW.date()
    assignments.assign(room.logins["tess"], "Rivers", today, today=today, now=NOW)
    assert len(assignments.list_assignments(room.logins["ann"])) == 1
    with room.owner.engine.begin() as conn:
        conn.execute(text("DROP POLICY quizapp_assignment_0 ON assignment"))
    assert assignments.list_assignments(room.logins["ann"]) == []
    classbank.init_class(room.owner)
    assert len(assignments.list_assignments(room.logins["ann"])) == 1


def test_a_learner_studies_more_new_cards_keeping_to_their_own_meta_keys(room: ClassRoom) -> None:
    # Given ann's login; when she asks for 10 more new cards today, twice
    ann, me, ben = room.logins["ann"], room.ids["ann"], room.ids["ben"]
    assert review_queue.study_more_new(ann, me, 10, now=NOW) == 10
    assert review_queue.study_more_new(ann, me, 10, now=NOW) == 20
    review_queue.study_more_new(room.logins["ben"], ben, 5, now=NOW)
    # Then her key is kept, and she sees neither ben's key nor the passphrase
    with ann.engine.connect() as conn:
        keys = {r[0] for r in conn.execute(text("SELECT key FROM meta"))}
    extra = quickview.EXTRA_NEW_KEYS
    assert {k for k in keys if k.startswith(extra)} == {f"{extra}{me}/2026-03-02"}
    # And she cannot write any other key: ben's, the teacher's passphrase or the bank's facts
    for forged in (f"INSERT INTO meta VALUES ('{extra}{ben}/2026-03-02', '99')",
                   f"INSERT INTO meta VALUES ('{teacher_passphrase.PASSPHRASE_KEY}', 'x')",
                   "INSERT INTO meta VALUES ('anything', 'x')"):  # fmt: skip
        with pytest.raises(BankError, match="row-level security"), ann.engine.begin() as conn:
            conn.execute(text(forged))
    with ann.engine.begin() as conn:
        changed = conn.execute(text("UPDATE meta SET value = 'x' WHERE key NOT LIKE :m"),
                               {"m": f"{extra}{me}/%"})  # fmt: skip
        gone = conn.execute(text("DELETE FROM meta WHERE key NOT LIKE :m"), {"m": f"{extra}{me}/%"})
        assert (changed.rowcount, gone.rowcount) == (0, 0)
    with room.owner.engine.connect() as conn:
        kept = conn.execute(text("SELECT value FROM meta WHERE key = :k"),
                            {"k": f"{extra}{ben}/2026-03-02"}).scalar()  # fmt: skip
    assert kept == "5" and teacher_passphrase.has_passphrase(room.owner)


def test_cli_sets_work_with_a_teachers_login_and_refuses_a_learners(
    room: ClassRoom, capsys: Any
) -> None:
    due = (datetime.now(UTC).date() + timedelta(days=7)).isoformat()
    assert main(["class", "assign", "Rivers", "--due", due, "--db", room.url("tess")]) == 0
    assert main(["class", "assign", "Rivers", "--due", due, "--db", room.url("ann")]) == 1
    err = capsys.readouterr().err
    assert "permission denied for table assignment" in err and err.count("\n") == 1
    assert main(["class", "assignments", "--json", "--db", room.url("tess")]) == 0
    (work,) = json.loads(capsys.readouterr().out)
    assert [x["learner"] for x in work["learners"]] == ["ann", "ben"] and work["due"] == due


def test_the_teacher_saves_named_quizzes_that_learners_only_read(room: ClassRoom) -> None:
    from quizapp.study import saved_quizzes
    from quizapp.study.quiz_options import QuizOptions

    set_id = next(s.id for s in sets.list_sets(room.owner) if s.name == "Rivers")
    exam = saved_quizzes.save_quiz(room.logins["tess"], set_id, "Exam", QuizOptions(exam=True))
    ann = room.logins["ann"]
    assert saved_quizzes.list_saved(ann, set_id) == [exam]
    with pytest.raises(BankError, match="permission denied"):
        saved_quizzes.save_quiz(ann, set_id, "Mine", QuizOptions())
    with pytest.raises(BankError, match="permission denied"):
        saved_quizzes.delete_quiz(ann, exam.id)
