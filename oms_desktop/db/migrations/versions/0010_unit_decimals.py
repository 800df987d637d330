"""unit decimals

Goods sold by weight or length: a product's unit has 0 to 3 decimals, and its quantities are kept as whole
numbers of its smallest unit (domain/quantity.py); an order line copies the product's decimals when sold.
Every product so far is sold by the piece (0).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 06:20:00
"""

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Dropping the column rebuilds `products` in batch mode on SQLite, which drops its text-search triggers.
_text_search = importlib.import_module('oms_desktop.db.migrations.versions.0003_text_search')


def upgrade() -> None:
    # Added in place (no batch rebuild): rebuilding `products` would drop its text-search triggers.
    op.add_column('products', sa.Column('decimals', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('order_lines', sa.Column('decimals', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_column('decimals')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_column('decimals')
    if _text_search._supported():
        _text_search.create_text_search(('products',), index_exists=True)
