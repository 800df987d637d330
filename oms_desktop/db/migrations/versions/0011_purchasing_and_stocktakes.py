"""purchasing and stocktakes

Suppliers and what each sells of the catalogue; purchase orders with their lines and the deliveries
received against them; stocktakes with their counted lines; and a product's reorder point that the owner
pinned (every reorder point set so far was set by hand, so those with one are pinned: replenishment keeps
using them until the owner lets it compute one).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 18:45:00
"""

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MINOR = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
# Dropping the column rebuilds `products` in batch mode on SQLite, which drops its text-search triggers.
_text_search = importlib.import_module('oms_desktop.db.migrations.versions.0003_text_search')


def upgrade() -> None:
    op.create_table('suppliers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=64), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('lead_time_days', sa.Integer(), nullable=False),
    sa.Column('order_cost_minor', MINOR, nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('lead_time_days >= 0', name=op.f('ck_suppliers_lead_time_not_negative')),
    sa.CheckConstraint('order_cost_minor >= 0', name=op.f('ck_suppliers_order_cost_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suppliers')),
    sa.UniqueConstraint('code', name=op.f('uq_suppliers_code'))
    )
    with op.batch_alter_table('suppliers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suppliers_name'), ['name'], unique=False)

    op.create_table('product_suppliers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('supplier_sku', sa.String(length=64), nullable=False),
    sa.Column('cost_minor', MINOR, nullable=False),
    sa.Column('pack_size', sa.Integer(), nullable=False),
    sa.Column('min_qty', sa.Integer(), nullable=False),
    sa.Column('lead_time_days', sa.Integer(), nullable=True),
    sa.Column('preferred', sa.Boolean(), nullable=False),
    sa.CheckConstraint('cost_minor >= 0', name=op.f('ck_product_suppliers_cost_not_negative')),
    sa.CheckConstraint('lead_time_days IS NULL OR lead_time_days >= 0', name=op.f('ck_product_suppliers_lead_time_not_negative')),
    sa.CheckConstraint('min_qty >= 0', name=op.f('ck_product_suppliers_min_qty_not_negative')),
    sa.CheckConstraint('pack_size > 0', name=op.f('ck_product_suppliers_pack_size_positive')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_suppliers_product_id_products')),
    sa.ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name=op.f('fk_product_suppliers_supplier_id_suppliers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product_suppliers')),
    sa.UniqueConstraint('product_id', 'supplier_id', name=op.f('uq_product_suppliers_product_id_supplier_id'))
    )
    with op.batch_alter_table('product_suppliers', schema=None) as batch_op:
        batch_op.create_index('ix_product_suppliers_preferred', ['product_id'], unique=True, sqlite_where=sa.text('preferred = 1'), postgresql_where=sa.text('preferred'))
        batch_op.create_index(batch_op.f('ix_product_suppliers_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('purchase_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('draft', 'sent', 'partly_received', 'received', 'cancelled', 'closed_short', name='postate', native_enum=False, length=16), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('total_minor', MINOR, nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_purchase_orders_location_id_locations')),
    sa.ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name=op.f('fk_purchase_orders_supplier_id_suppliers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_orders')),
    sa.UniqueConstraint('number', name=op.f('uq_purchase_orders_number'))
    )
    with op.batch_alter_table('purchase_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_orders_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_purchase_orders_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('stocktakes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('open', 'finished', 'cancelled', name='countstate', native_enum=False, length=16), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('finished_by', sa.String(length=64), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_stocktakes_location_id_locations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stocktakes')),
    sa.UniqueConstraint('number', name=op.f('uq_stocktakes_number'))
    )
    with op.batch_alter_table('stocktakes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stocktakes_state'), ['state'], unique=False)

    op.create_table('count_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stocktake_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Integer(), nullable=True),
    sa.Column('book_at_count', sa.Integer(), nullable=True),
    sa.Column('counted_at', sa.DateTime(), nullable=True),
    sa.Column('counted_by', sa.String(length=64), nullable=False),
    sa.Column('booked', sa.Integer(), nullable=False),
    sa.CheckConstraint('counted IS NULL OR counted >= 0', name=op.f('ck_count_lines_counted_not_negative')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_count_lines_product_id_products')),
    sa.ForeignKeyConstraint(['stocktake_id'], ['stocktakes.id'], name=op.f('fk_count_lines_stocktake_id_stocktakes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_count_lines')),
    sa.UniqueConstraint('stocktake_id', 'product_id', name=op.f('uq_count_lines_stocktake_id_product_id'))
    )
    op.create_table('purchase_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('purchase_order_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['purchase_order_id'], ['purchase_orders.id'], name=op.f('fk_purchase_deliveries_purchase_order_id_purchase_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_deliveries'))
    )
    with op.batch_alter_table('purchase_deliveries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_deliveries_purchase_order_id'), ['purchase_order_id'], unique=False)

    op.create_table('purchase_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('purchase_order_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('supplier_sku', sa.String(length=64), nullable=False),
    sa.Column('decimals', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('received', sa.Integer(), nullable=False),
    sa.Column('unit_cost_minor', MINOR, nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_purchase_lines_quantity_positive')),
    sa.CheckConstraint('received >= 0', name=op.f('ck_purchase_lines_received_not_negative')),
    sa.CheckConstraint('unit_cost_minor >= 0', name=op.f('ck_purchase_lines_cost_not_negative')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_purchase_lines_product_id_products')),
    sa.ForeignKeyConstraint(['purchase_order_id'], ['purchase_orders.id'], name=op.f('fk_purchase_lines_purchase_order_id_purchase_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_lines'))
    )
    with op.batch_alter_table('purchase_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_lines_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_purchase_lines_purchase_order_id'), ['purchase_order_id'], unique=False)

    op.create_table('delivery_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('delivery_id', sa.Integer(), nullable=False),
    sa.Column('purchase_line_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_cost_minor', MINOR, nullable=False),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_delivery_lines_quantity_positive')),
    sa.CheckConstraint('unit_cost_minor >= 0', name=op.f('ck_delivery_lines_cost_not_negative')),
    sa.ForeignKeyConstraint(['delivery_id'], ['purchase_deliveries.id'], name=op.f('fk_delivery_lines_delivery_id_purchase_deliveries')),
    sa.ForeignKeyConstraint(['purchase_line_id'], ['purchase_lines.id'], name=op.f('fk_delivery_lines_purchase_line_id_purchase_lines')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_lines'))
    )
    with op.batch_alter_table('delivery_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_lines_delivery_id'), ['delivery_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delivery_lines_purchase_line_id'), ['purchase_line_id'], unique=False)

    # Added in place (no batch rebuild): rebuilding `products` would drop its text-search triggers.
    op.add_column('products', sa.Column('reorder_pinned', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE products SET reorder_pinned = " + ("1" if op.get_bind().dialect.name == "sqlite" else "true") + " WHERE reorder_point > 0")



def downgrade() -> None:
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_column('reorder_pinned')

    with op.batch_alter_table('delivery_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_lines_purchase_line_id'))
        batch_op.drop_index(batch_op.f('ix_delivery_lines_delivery_id'))

    op.drop_table('delivery_lines')
    with op.batch_alter_table('purchase_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_lines_purchase_order_id'))
        batch_op.drop_index(batch_op.f('ix_purchase_lines_product_id'))

    op.drop_table('purchase_lines')
    with op.batch_alter_table('purchase_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_deliveries_purchase_order_id'))

    op.drop_table('purchase_deliveries')
    op.drop_table('count_lines')
    with op.batch_alter_table('stocktakes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stocktakes_state'))

    op.drop_table('stocktakes')
    with op.batch_alter_table('purchase_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_orders_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_purchase_orders_state'))

    op.drop_table('purchase_orders')
    with op.batch_alter_table('product_suppliers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_suppliers_supplier_id'))
        batch_op.drop_index('ix_product_suppliers_preferred', sqlite_where=sa.text('preferred = 1'), postgresql_where=sa.text('preferred'))

    op.drop_table('product_suppliers')
    with op.batch_alter_table('suppliers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suppliers_name'))

    op.drop_table('suppliers')
    if _text_search._supported():
        _text_search.create_text_search(('products',), index_exists=True)
