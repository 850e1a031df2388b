"""recent answers: the answer ids leave the review log for a small table of the last week's

0007 gave every review row the id its client made (a retry after a lost acknowledgement
carries the same id, and a unique index refused the copy). A retry comes within minutes,
yet the ids stayed forever: about 80 bytes a review with their index, a third of a bank.
They now live in ``recentanswer`` (review, learner, id, when), written with the review and
deleted after a week as answers go in. This revision copies the ids of the last week,
drops the index and the column (SQLite rewrites the log's rows in place, as 0005 did;
opening the bank VACUUMs afterwards, after its backup, to give the space back).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import UTCDateTime

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEPT = timedelta(days=7)  # quizapp.study.answering.RECENT_ANSWERS
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def upgrade() -> None:
    op.create_table(
        "recentanswer",
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("answer_id", sa.String(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.BigInteger(), nullable=False),  # microseconds since 1970, UTC
        sa.ForeignKeyConstraint(["review_id"], ["reviewlog.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["learner_id"], ["learner.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("review_id"),
    )
    op.create_index("ux_recentanswer_answer_id", "recentanswer", ["answer_id"], unique=True)
    op.create_index("ix_recentanswer_made_at", "recentanswer", ["made_at"], unique=False)
    conn = op.get_bind()
    since = datetime.now(UTC) - KEPT
    recent = (
        sa.text(
            "SELECT id, answer_id, learner_id, reviewed_at FROM reviewlog"
            " WHERE answer_id IS NOT NULL AND reviewed_at >= :since"
        )
        .bindparams(sa.bindparam("since", since, UTCDateTime()))  # the bank's UTC time
        .columns(reviewed_at=UTCDateTime())
    )
    rows = [
        {"review": r.id, "answer": r.answer_id, "learner": r.learner_id,
         "at": (r.reviewed_at - EPOCH) // MICROSECOND}
        for r in conn.execute(recent)
    ]  # fmt: skip
    if rows:
        conn.execute(
            sa.text(
                "INSERT INTO recentanswer (review_id, answer_id, learner_id, made_at)"
                " VALUES (:review, :answer, :learner, :at)"
            ),
            rows,
        )
    op.drop_index("ux_reviewlog_answer_id", table_name="reviewlog")
    with op.batch_alter_table("reviewlog", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("answer_id")


def downgrade() -> None:
    op.add_column("reviewlog", sa.Column("answer_id", sa.String(), nullable=True))
    op.execute(
        "UPDATE reviewlog SET answer_id = (SELECT a.answer_id FROM recentanswer a"
        " WHERE a.review_id = reviewlog.id) WHERE id IN (SELECT review_id FROM recentanswer)"
    )
    op.create_index("ux_reviewlog_answer_id", "reviewlog", ["answer_id"], unique=True)
    op.drop_index("ix_recentanswer_made_at", table_name="recentanswer")
    op.drop_index("ux_recentanswer_answer_id", table_name="recentanswer")
    op.drop_table("recentanswer")
