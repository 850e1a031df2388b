"""Alembic environment: migrations run on the connection quizapp hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import quizapp.store.models  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite needs table rebuilds for most ALTERs
)
with context.begin_transaction():
    context.run_migrations()
