"""parked sales

Sales put aside at a till (F7) until they are recalled, kept in the database so that they survive a
restart and every till can list them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 03:42:06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('parked_sales',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('till', sa.String(length=64), nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('sale', sa.Text(), nullable=False),
    sa.Column('lines', sa.Integer(), nullable=False),
    sa.Column('total_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('parked_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parked_sales'))
    )
    with op.batch_alter_table('parked_sales', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parked_sales_till'), ['till'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('parked_sales', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_parked_sales_till'))

    op.drop_table('parked_sales')
