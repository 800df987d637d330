"""orders that change: partial shipments, quotations, merged customers

A shipment now says what it carried (shipment_lines; none: the whole order, as every shipment so far did),
an order line how much of it partial shipments sent, a quotation its last valid day, and a customer merged
into another which one. Nothing so far has shipped in part, is a quotation or was merged.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 21:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'shipment_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('shipment_id', sa.Integer(), nullable=False),
        sa.Column('order_line_id', sa.Integer(), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.CheckConstraint('quantity > 0', name=op.f('ck_shipment_lines_shipment_quantity_positive')),
        sa.ForeignKeyConstraint(['order_line_id'], ['order_lines.id'], name=op.f('fk_shipment_lines_order_line_id_order_lines')),
        sa.ForeignKeyConstraint(['shipment_id'], ['shipments.id'], name=op.f('fk_shipment_lines_shipment_id_shipments')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment_lines')),
    )
    with op.batch_alter_table('shipment_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shipment_lines_order_line_id'), ['order_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shipment_lines_shipment_id'), ['shipment_id'], unique=False)
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shipped_quantity', sa.Integer(), server_default='0', nullable=False))
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('valid_until', sa.Integer(), nullable=True))
    # A plain ADD COLUMN with its reference: a batch copy of the table would drop its text-search triggers.
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE customers ADD COLUMN merged_into_id INTEGER REFERENCES customers (id)')
    else:
        op.add_column('customers', sa.Column('merged_into_id', sa.Integer(), nullable=True))
        op.create_foreign_key(
            op.f('fk_customers_merged_into_id_customers'), 'customers', 'customers', ['merged_into_id'], ['id']
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        op.drop_constraint(op.f('fk_customers_merged_into_id_customers'), 'customers', type_='foreignkey')
    op.drop_column('customers', 'merged_into_id')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('valid_until')
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_column('shipped_quantity')
    with op.batch_alter_table('shipment_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shipment_lines_shipment_id'))
        batch_op.drop_index(batch_op.f('ix_shipment_lines_order_line_id'))
    op.drop_table('shipment_lines')
