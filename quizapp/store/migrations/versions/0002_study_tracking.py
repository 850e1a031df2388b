"""study tracking: when each card was introduced; a quiz's questions and retries

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cardstate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("introduced_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            "ix_cardstate_learner_introduced", ["learner_id", "introduced_at"], unique=False
        )
    # A card was introduced at its learner's first answer to it (else at its last review).
    op.execute(
        "UPDATE cardstate SET introduced_at = COALESCE("
        " (SELECT MIN(r.reviewed_at) FROM reviewlog r"
        "  WHERE r.learner_id = cardstate.learner_id AND r.question_id = cardstate.question_id),"
        " last_review)"
    )
    with op.batch_alter_table("quizattempt", schema=None) as batch_op:
        batch_op.add_column(sa.Column("question_ids", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("retry_of", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_quizattempt_retry_of_quizattempt",
            "quizattempt",
            ["retry_of"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_quizattempt_retry_of"), ["retry_of"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("quizattempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quizattempt_retry_of"))
        batch_op.drop_constraint("fk_quizattempt_retry_of_quizattempt", type_="foreignkey")
        batch_op.drop_column("retry_of")
        batch_op.drop_column("question_ids")
    with op.batch_alter_table("cardstate", schema=None) as batch_op:
        batch_op.drop_index("ix_cardstate_learner_introduced")
        batch_op.drop_column("introduced_at")
