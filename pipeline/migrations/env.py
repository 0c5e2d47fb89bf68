"""Alembic environment: runs against the connection newsmon hands in (see pipeline/migrate.py)."""

from alembic import context

from pipeline.store import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
