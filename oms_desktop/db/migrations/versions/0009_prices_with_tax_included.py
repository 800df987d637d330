"""prices with tax included

Whether an order's prices included tax (the shop's setting when it was taken): its lines are priced by that
rule for good, whatever the setting says later. Orders taken before this were priced before tax.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 06:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tax_included', sa.Boolean(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('tax_included')
