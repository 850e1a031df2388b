"""answer id: a client-made id per answer, unique, so a retried answer is recorded once

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN and CREATE INDEX on both engines: no table rebuild (a rebuilt reviewlog
    # would cascade nothing, but a rebuild is not needed for a nullable column)
    op.add_column("reviewlog", sa.Column("answer_id", sa.String(), nullable=True))
    op.create_index("ux_reviewlog_answer_id", "reviewlog", ["answer_id"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_reviewlog_answer_id", table_name="reviewlog")
    with op.batch_alter_table("reviewlog", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("answer_id")
