"""saved quizzes: a teacher's named quiz options of a set

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "savedquiz",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("fact_kinds", sa.JSON(), nullable=False),
        sa.Column("time_limit_s", sa.Integer(), nullable=True),
        sa.Column("exam", sa.Boolean(), nullable=False),
        sa.Column("pass_mark", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["set_id"], ["questionset.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("set_id", "name"),
    )
    op.create_index("ix_savedquiz_set_id", "savedquiz", ["set_id"])


def downgrade() -> None:
    op.drop_index("ix_savedquiz_set_id", table_name="savedquiz")
    op.drop_table("savedquiz")
