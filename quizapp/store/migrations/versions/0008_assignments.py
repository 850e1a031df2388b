"""assignments: the teacher sets a set as work (due date, quiz length, pass mark), and a
quiz attempt remembers the assignment it was started for

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.String(), nullable=False),
        sa.Column("quiz_length", sa.Integer(), nullable=True),
        sa.Column("pass_mark", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["set_id"], ["questionset.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("set_id"),
    )
    with op.batch_alter_table("quizattempt", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assignment_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_quizattempt_assignment_id_assignment",
            "assignment",
            ["assignment_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(
            batch_op.f("ix_quizattempt_assignment_id"), ["assignment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("quizattempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quizattempt_assignment_id"))
        batch_op.drop_constraint("fk_quizattempt_assignment_id_assignment", type_="foreignkey")
        batch_op.drop_column("assignment_id")
    op.drop_table("assignment")
