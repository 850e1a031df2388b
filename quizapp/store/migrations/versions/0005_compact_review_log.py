"""compact review log: the card before each answer in columns, not a JSON document

Each review row kept the card as it was (``card_before``, about 200 bytes of
JSON) so undo could restore it. It now keeps just the CardState columns undo
needs: ``prev_state`` (NULL when the question had never been answered),
``prev_step``, ``prev_stability``, ``prev_difficulty``, and ``prev_due`` /
``prev_last_review`` as whole microseconds since 1970 (UTC), exact. Two
indexes shrink: ``ix_reviewlog_learner_time`` (learner, time as 26 bytes of text)
goes, as no query needs the log by time any more (the statistics read
``studyday``; ``ix_reviewlog_learner_id`` finds a learner's answers), and
``ix_reviewlog_attempt_id`` keeps only the answers given in a quiz attempt.
Plain ALTER TABLE statements, updates and indexes: it runs inside one transaction.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)
CHUNK = 20_000
COLUMNS = ("state", "step", "stability", "difficulty", "due", "last_review")
TIMES = ("due", "last_review")


def upgrade() -> None:
    with op.batch_alter_table("reviewlog", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("prev_state", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_step", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_stability", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("prev_difficulty", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("prev_due", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prev_last_review", sa.BigInteger(), nullable=True))
    conn = op.get_bind()
    update = sa.text(
        "UPDATE reviewlog SET prev_state = :state, prev_step = :step,"
        " prev_stability = :stability, prev_difficulty = :difficulty, prev_due = :due,"
        " prev_last_review = :last_review WHERE id = :id"
    )
    for rows in _chunks(conn, "SELECT id, card_before FROM reviewlog WHERE id > :after"):
        values = [dict(_columns(saved), id=row_id) for row_id, saved in rows]
        known = [v for v in values if v["state"] is not None]  # the others stay NULL: new
        if known:
            conn.execute(update, known)
    op.drop_index("ix_reviewlog_learner_time", table_name="reviewlog")
    op.drop_index("ix_reviewlog_attempt_id", table_name="reviewlog")
    op.create_index(
        "ix_reviewlog_attempt_id",
        "reviewlog",
        ["attempt_id"],
        unique=False,
        sqlite_where=sa.text("attempt_id IS NOT NULL"),
    )
    with op.batch_alter_table("reviewlog", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("card_before")


def _chunks(conn: Any, sql: str) -> Iterator[list[Any]]:
    """The rows of ``sql`` (id first) in id order, CHUNK at a time."""
    after = -1
    while True:
        rows = conn.execute(sa.text(f"{sql} ORDER BY id LIMIT {CHUNK}"), {"after": after}).all()
        if not rows:
            return
        yield rows
        after = rows[-1][0]


def _columns(saved: object) -> dict[str, Any]:
    """The prev_ columns of a stored card (all None for a new or unreadable one)."""
    empty = dict.fromkeys(COLUMNS)
    try:
        card = json.loads(saved) if isinstance(saved, str) else saved
        if not isinstance(card, dict) or card.get("new") or card.get("state") is None:
            return empty
        values: dict[str, Any] = {name: card.get(name) for name in COLUMNS}
        for name in TIMES:
            values[name] = _micros(values[name])
        values["state"] = int(values["state"])
        return values
    except (ValueError, TypeError):
        return empty


def _micros(value: object) -> int | None:
    if value is None:
        return None
    when = datetime.fromisoformat(str(value))
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return (when - EPOCH) // MICROSECOND


def downgrade() -> None:
    with op.batch_alter_table("reviewlog", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("card_before", sa.JSON(), nullable=True))
    conn = op.get_bind()
    update = sa.text("UPDATE reviewlog SET card_before = :saved WHERE id = :id")
    select = (
        "SELECT id, question_id, prev_state, prev_step, prev_stability, prev_difficulty,"
        " prev_due, prev_last_review FROM reviewlog WHERE id > :after"
    )
    for rows in _chunks(conn, select):
        conn.execute(update, [{"id": row[0], "saved": _snapshot(row)} for row in rows])
    op.drop_index("ix_reviewlog_attempt_id", table_name="reviewlog")
    op.create_index("ix_reviewlog_attempt_id", "reviewlog", ["attempt_id"], unique=False)
    op.create_index(
        "ix_reviewlog_learner_time", "reviewlog", ["learner_id", "reviewed_at"], unique=False
    )
    with op.batch_alter_table("reviewlog", schema=None, recreate="never") as batch_op:
        for name in COLUMNS:
            batch_op.drop_column(f"prev_{name}")


def _snapshot(row: Any) -> str:
    """The JSON document 0004's undo read (fsrs's Card.to_dict)."""
    question_id, state, step, stability, difficulty, due, last = row[1:]
    if state is None:
        return json.dumps({"new": True})
    card = {"card_id": question_id, "state": state, "step": step, "stability": stability,
            "difficulty": difficulty, "due": _iso(due), "last_review": _iso(last)}  # fmt: skip
    return json.dumps(card)


def _iso(micros: int | None) -> str | None:
    return None if micros is None else (EPOCH + micros * MICROSECOND).isoformat()
