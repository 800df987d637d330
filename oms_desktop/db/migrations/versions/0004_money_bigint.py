"""money columns 64-bit on PostgreSQL

Amounts in minor units over 21,474,836.47 overflowed PostgreSQL's 32-bit INTEGER (SQLite's INTEGER is
64-bit already, so nothing changes there).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 13:56:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = {
    "products": ("price_minor", "wholesale_price_minor", "cost_minor"),
    "customers": ("credit_limit_minor",),
    "orders": ("subtotal_minor", "discount_minor", "tax_minor", "total_minor", "paid_minor", "cost_minor"),
    "order_lines": ("unit_price_minor", "unit_cost_minor", "discount_minor", "tax_minor", "total_minor"),
    "payments": ("amount_minor", "tendered_minor", "change_minor"),
    "stock_movements": ("unit_cost_minor",),
}


def _alter(kind: type[sa.types.TypeEngine[int]]) -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for table, columns in MONEY.items():
        for column in columns:
            op.alter_column(table, column, type_=kind())


def upgrade() -> None:
    _alter(sa.BigInteger)


def downgrade() -> None:
    _alter(sa.Integer)
