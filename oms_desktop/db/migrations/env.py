"""Alembic environment: always handed a live connection by oms_desktop.db.migrate."""

from alembic import context

from oms_desktop.db.migrate import include_name
from oms_desktop.domain import Base

config = context.config
connection = config.attributes["connection"]


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
