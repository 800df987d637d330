"""business day and sales columns

Orders get the shop's business day (YYYYMMDD) and the sums of their lines (units, cost); lines get a
copy of the business day and whether they count as a sale. Covering indexes let the sales reports run
over a million orders without reading the wide rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 13:05:51
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


BATCH = 50_000


def _fill_business_days() -> None:
    """Each order's day in this computer's calendar, converted row by row so that summer time is right."""
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(
            sa.text("SELECT id, created_at FROM orders WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": BATCH},
        ).all()
        if not rows:
            return
        updates = []
        for oid, created in rows:
            when = datetime.fromisoformat(created) if isinstance(created, str) else created
            local = when.replace(tzinfo=UTC).astimezone().date()  # stored as naive UTC
            updates.append({"d": local.year * 10000 + local.month * 100 + local.day, "i": oid})
        conn.execute(sa.text("UPDATE orders SET business_day = :d WHERE id = :i"), updates)
        last = rows[-1][0]


def upgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("units", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("cost_minor", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("business_day", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("business_day", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("sold", sa.Boolean(), nullable=False, server_default=sa.false()))

    _fill_business_days()
    op.execute(
        "UPDATE orders SET "
        "units = (SELECT COALESCE(SUM(quantity), 0) FROM order_lines WHERE order_id = orders.id), "
        "cost_minor = (SELECT COALESCE(SUM(quantity * unit_cost_minor), 0) FROM order_lines "
        "WHERE order_id = orders.id)"
    )
    op.execute(
        "UPDATE order_lines SET "
        "business_day = (SELECT business_day FROM orders WHERE orders.id = order_lines.order_id), "
        "sold = (SELECT lifecycle IN ('open', 'completed') FROM orders WHERE orders.id = order_lines.order_id)"
    )

    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.create_index(
            "ix_order_lines_sales",
            ["product_id", "business_day", "quantity", "total_minor", "tax_minor", "unit_cost_minor"],
            unique=False,
            sqlite_where=sa.text("sold = 1"),
            postgresql_where=sa.text("sold"),
        )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(
            "ix_orders_sales",
            [
                "business_day",
                "lifecycle",
                "channel",
                "customer_id",
                "subtotal_minor",
                "discount_minor",
                "tax_minor",
                "total_minor",
                "units",
                "cost_minor",
            ],
            unique=False,
        )
        batch_op.create_index("ix_orders_total", ["total_minor"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index("ix_orders_total")
        batch_op.drop_index("ix_orders_sales")
        batch_op.drop_column("business_day")
        batch_op.drop_column("cost_minor")
        batch_op.drop_column("units")
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_order_lines_sales", sqlite_where=sa.text("sold = 1"), postgresql_where=sa.text("sold"))
        batch_op.drop_column("sold")
        batch_op.drop_column("business_day")
