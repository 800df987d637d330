"""returns and store credit

Return documents (credit notes) and their lines, taking back part of an order or the rest of it; what the
order's lines and the order brought back so far; store credit as a ledger per customer with its balance.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 06:00:00
"""

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MINOR = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
# Adding the CHECK rebuilds `customers` in batch mode on SQLite, which drops its text-search triggers.
_text_search = importlib.import_module('oms_desktop.db.migrations.versions.0003_text_search')


def upgrade() -> None:
    op.create_table('sale_returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('done', name='returnstate', native_enum=False, length=16), nullable=False),
    sa.Column('refund_to', sa.Enum('original', 'store-credit', 'exchange', name='refundto', native_enum=False, length=16), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('business_day', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('tax_minor', MINOR, nullable=False),
    sa.Column('total_minor', MINOR, nullable=False),
    sa.Column('units', sa.Integer(), nullable=False),
    sa.Column('cost_minor', MINOR, nullable=False),
    sa.Column('exchange_order_id', sa.Integer(), nullable=True),
    sa.Column('till', sa.String(length=64), nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_sale_returns_customer_id_customers')),
    sa.ForeignKeyConstraint(['exchange_order_id'], ['orders.id'], name=op.f('fk_sale_returns_exchange_order_id_orders')),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_sale_returns_location_id_locations')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_sale_returns_order_id_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_returns')),
    sa.UniqueConstraint('number', name=op.f('uq_sale_returns_number'))
    )
    with op.batch_alter_table('sale_returns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_returns_business_day'), ['business_day'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_returns_order_id'), ['order_id'], unique=False)

    op.create_table('return_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('return_id', sa.Integer(), nullable=False),
    sa.Column('order_line_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('tax_minor', MINOR, nullable=False),
    sa.Column('total_minor', MINOR, nullable=False),
    sa.Column('cost_minor', MINOR, nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_return_lines_quantity_positive')),
    sa.CheckConstraint('total_minor >= 0', name=op.f('ck_return_lines_total_not_negative')),
    sa.ForeignKeyConstraint(['order_line_id'], ['order_lines.id'], name=op.f('fk_return_lines_order_line_id_order_lines')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_return_lines_product_id_products')),
    sa.ForeignKeyConstraint(['return_id'], ['sale_returns.id'], name=op.f('fk_return_lines_return_id_sale_returns')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_lines'))
    )
    with op.batch_alter_table('return_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_return_lines_order_line_id'), ['order_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_return_lines_return_id'), ['return_id'], unique=False)

    op.create_table('store_credit_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('issued', 'spent', 'expired', name='creditkind', native_enum=False, length=16), nullable=False),
    sa.Column('amount_minor', MINOR, nullable=False),
    sa.Column('document', sa.String(length=32), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount_minor <> 0', name=op.f('ck_store_credit_moves_amount_not_zero')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_store_credit_moves_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_store_credit_moves'))
    )
    with op.batch_alter_table('store_credit_moves', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_store_credit_moves_customer_id'), ['customer_id'], unique=False)

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('returned_minor', MINOR, nullable=False, server_default='0'))
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('returned_quantity', sa.Integer(), nullable=False, server_default='0'))
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('store_credit_minor', MINOR, nullable=False, server_default='0'))
        batch_op.create_check_constraint('store_credit_not_negative', 'store_credit_minor >= 0')
    if _text_search._supported():
        _text_search.create_text_search(('customers',), index_exists=True)


def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_customers_store_credit_not_negative'), type_='check')
        batch_op.drop_column('store_credit_minor')
    if _text_search._supported():
        _text_search.create_text_search(('customers',), index_exists=True)
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_column('returned_quantity')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('returned_minor')
    op.drop_table('store_credit_moves')
    op.drop_table('return_lines')
    op.drop_table('sale_returns')
