"""payment terms

Each customer's payment terms in days (default 30): an order on account is due that many days after its
day. Added in place: rebuilding `customers` would drop its text-search triggers.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 19:35:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('customers', sa.Column('payment_terms_days', sa.Integer(), nullable=False, server_default='30'))


def downgrade() -> None:
    import importlib

    text_search = importlib.import_module('oms_desktop.db.migrations.versions.0003_text_search')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('payment_terms_days')
    if text_search._supported():
        text_search.create_text_search(('customers',), index_exists=True)
