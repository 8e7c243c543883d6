"""Alembic environment for Spravka catalogues.

At run time `catalog.migrate` passes an open connection (already inside a write transaction).
For developers creating a new revision, `alembic -c catalog/migrations/alembic.ini revision
--autogenerate -m "..."` compares the models against the database named by `sqlalchemy.url`.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import catalog.search.schema  # noqa: F401  (the search tables are declared there)
from catalog.migrate import include_object
from catalog.models import Base

config = context.config
target_metadata = Base.metadata


def run_with(connection) -> None:  # type: ignore[no-untyped-def]
    # Batch mode: SQLite can only alter tables by copying them.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as developer_connection:
        run_with(developer_connection)
