"""indexes for sorting the product and customer lists by money and e-mail

The Stock and Customers lists sort in the database; at 100,000 products a sort by price or cost read the
whole table for every page. Each index ends with the id, the list's tie-break, so one index walk answers.
Products and customers change rarely, so the extra indexes cost a sale nothing.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 23:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_products_price_id": ("products", ["price_minor", "id"]),
    "ix_products_wholesale_id": ("products", ["wholesale_price_minor", "id"]),
    "ix_products_cost_id": ("products", ["cost_minor", "id"]),
    "ix_products_reorder_id": ("products", ["reorder_point", "id"]),
    "ix_customers_credit_id": ("customers", ["credit_limit_minor", "id"]),
    "ix_customers_email_id": ("customers", ["email", "id"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
