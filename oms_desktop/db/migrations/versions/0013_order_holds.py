"""order holds

A fourth dimension of the order workflow: an order on hold (with its reason and note) is neither packed
nor shipped until it is released. Every order so far is not on hold.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 19:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hold_state', sa.Enum('none', 'held', name='holdstate', native_enum=False, length=20), server_default='none', nullable=False))
        batch_op.add_column(sa.Column('hold_reason', sa.String(length=16), server_default='', nullable=False))
        batch_op.add_column(sa.Column('hold_note', sa.String(length=500), server_default='', nullable=False))
        batch_op.create_index(batch_op.f('ix_orders_hold_state'), ['hold_state'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_hold_state'))
        batch_op.drop_column('hold_note')
        batch_op.drop_column('hold_reason')
        batch_op.drop_column('hold_state')

