"""retry practice: a retry's answers (rating 0 in a quiz attempt) count as practice

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30

A retry of a quiz's missed questions is practice (``quizapp.study.summaries.is_practice``):
each learner day's ``practice`` count now takes in the retry answers already logged,
as ``quizapp.study.summaries.rebuild`` would count them. No schema change.
"""

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _add(+1)


def downgrade() -> None:
    _add(-1)


def _add(sign: int) -> None:
    """Add (or take back) each day's count of logged retry answers to its practice count."""
    conn = op.get_bind()
    clocks = {
        row[0]: (row[1], row[2])
        for row in conn.execute(sa.text("SELECT id, timezone, day_start_hour FROM learner"))
    }
    counts: dict[tuple[int, int, str], int] = {}
    rows = conn.execute(
        sa.text(
            "SELECT r.learner_id, q.set_id, r.reviewed_at FROM reviewlog r"
            " JOIN question q ON q.id = r.question_id"
            " WHERE r.rating = 0 AND r.attempt_id IS NOT NULL"
        )
    )
    for learner_id, set_id, at in rows:
        zone, hour = clocks.get(learner_id, ("UTC", 4))
        key = (learner_id, set_id, _day(_parse(at), zone, hour))
        counts[key] = counts.get(key, 0) + 1
    for (learner_id, set_id, day), n in counts.items():
        conn.execute(
            sa.text(
                "UPDATE studyday SET practice = practice + :n"
                " WHERE learner_id = :l AND set_id = :s AND day = :d"
            ),
            {"n": sign * n, "l": learner_id, "s": set_id, "d": day},
        )


def _day(when: datetime, zone: str, hour: int) -> str:
    """The learner's day of ``when`` (as ``quizapp.study.scheduler.learner_day`` counts it)."""
    try:
        local = when.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    except (ValueError, KeyError, OSError):
        local = when.replace(tzinfo=None)
    return (local - timedelta(hours=hour)).date().isoformat()


def _parse(value: object) -> datetime:
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
