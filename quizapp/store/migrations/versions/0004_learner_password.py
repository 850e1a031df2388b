"""learner password: an optional salted hash guarding a learner's profile

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_hash", sa.String(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite >= 3.35), never a table rebuild: dropping the old
    # learner table would cascade to every learner's cards and reviews
    with op.batch_alter_table("learner", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("password_hash")
