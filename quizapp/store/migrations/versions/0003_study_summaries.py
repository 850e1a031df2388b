"""study summaries: per-card answer counters and per-day totals for fast statistics

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cardstate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answers", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("correct", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "studyday",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("ms", sa.Integer(), nullable=False),
        sa.Column("due_reviews", sa.Integer(), nullable=False),
        sa.Column("recalled", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["set_id"], ["questionset.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("learner_id", "set_id", "day"),
    )
    _backfill()


def _backfill() -> None:
    """The summaries of the existing review log (same rules as quizapp.study.summaries)."""
    op.execute(
        "UPDATE cardstate SET"
        " answers = (SELECT COUNT(*) FROM reviewlog r WHERE r.learner_id = cardstate.learner_id"
        "  AND r.question_id = cardstate.question_id AND r.rating > 0),"
        " correct = (SELECT COUNT(*) FROM reviewlog r WHERE r.learner_id = cardstate.learner_id"
        "  AND r.question_id = cardstate.question_id AND r.rating > 0 AND r.correct)"
    )
    conn = op.get_bind()
    clocks = {
        row[0]: (row[1], row[2])
        for row in conn.execute(sa.text("SELECT id, timezone, day_start_hour FROM learner"))
    }
    totals: dict[tuple[int, int, str], list[int]] = {}
    rows = conn.execute(
        sa.text(
            "SELECT r.learner_id, q.set_id, r.reviewed_at, r.duration_ms, r.rating, r.card_before"
            " FROM reviewlog r JOIN question q ON q.id = r.question_id"
        )
    )
    for learner_id, set_id, at, ms, rating, before in rows:
        when = _parse(at)
        zone, hour = clocks.get(learner_id, ("UTC", 4))
        try:
            local = when.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
        except (ValueError, KeyError, OSError):
            local = when.replace(tzinfo=None)
        day = (local - timedelta(hours=hour)).date().isoformat()
        entry = totals.setdefault((learner_id, set_id, day), [0, 0, 0, 0])
        entry[0] += 1
        entry[1] += ms or 0
        due = bool(rating) and _due_review(before, when)
        entry[2] += int(due)
        entry[3] += int(due and rating > 1)
    for (learner_id, set_id, day), (answers, ms, due_count, recalled) in totals.items():
        conn.execute(
            sa.text(
                "INSERT INTO studyday (learner_id, set_id, day, answers, ms, due_reviews, recalled)"
                " VALUES (:l, :s, :d, :a, :m, :r, :ok)"
            ),
            {
                "l": learner_id,
                "s": set_id,
                "d": day,
                "a": answers,
                "m": ms,
                "r": due_count,
                "ok": recalled,
            },
        )


def _parse(value: object) -> datetime:
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _due_review(before: object, when: datetime) -> bool:
    try:
        card = json.loads(before) if isinstance(before, str) else before
        if not isinstance(card, dict) or card.get("state") != 2:
            return False
        return _parse(card["due"]) < when + timedelta(days=1)
    except (ValueError, KeyError, TypeError):
        return False


def downgrade() -> None:
    op.drop_table("studyday")
    with op.batch_alter_table("cardstate", schema=None) as batch_op:
        batch_op.drop_column("correct")
        batch_op.drop_column("answers")
