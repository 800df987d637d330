"""order assignment

Who looks after an order (a user's name), for the "my orders" list. Every order so far is nobody's.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 19:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assigned_to', sa.String(length=64), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_orders_assigned_to'), ['assigned_to'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_assigned_to'))
        batch_op.drop_column('assigned_to')
