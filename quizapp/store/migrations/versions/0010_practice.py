"""practice: each learner day's count of practice answers (custom study outside the schedule)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Practice answers are new with this revision: every existing day counts none.
    op.add_column(
        "studyday", sa.Column("practice", sa.Integer(), nullable=False, server_default="0")
    )


def downgrade() -> None:
    with op.batch_alter_table("studyday", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("practice")
