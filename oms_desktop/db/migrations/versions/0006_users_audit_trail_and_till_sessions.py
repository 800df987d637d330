"""users, the audit trail and till sessions

People with a role and a PIN hash; the hash-chained trail of sensitive actions; till sessions with their
cash moves; and each payment remembers the till session its money went through (for the cash-up).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 02:43:48
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('approver', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('subject', sa.String(length=64), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('detail', sa.String(length=500), nullable=False),
    sa.Column('till', sa.String(length=64), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('seq', name=op.f('uq_audit_log_seq'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_actor'), ['actor'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('till_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('till', sa.String(length=64), nullable=False),
    sa.Column('state', sa.Enum('open', 'closed', name='sessionstate', native_enum=False, length=16), nullable=False),
    sa.Column('float_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('opened_by', sa.String(length=64), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('closed_by', sa.String(length=64), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('z_number', sa.Integer(), nullable=True),
    sa.Column('expected_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('counted_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('report', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_till_sessions')),
    sa.UniqueConstraint('till', 'z_number', name='uq_till_sessions_z')
    )
    with op.batch_alter_table('till_sessions', schema=None) as batch_op:
        batch_op.create_index('ux_till_sessions_open', ['till'], unique=True, sqlite_where=sa.text("state = 'open'"), postgresql_where=sa.text("state = 'open'"))

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('name_key', sa.String(length=64), nullable=False),
    sa.Column('role', sa.Enum('cashier', 'manager', 'owner', name='role', native_enum=False, length=16), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('badge', sa.String(length=64), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('wrong_pins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('badge', name=op.f('uq_users_badge')),
    sa.UniqueConstraint('name_key', name=op.f('uq_users_name_key'))
    )
    op.create_table('till_cash_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('cash_in', 'cash_out', 'no_sale', name='cashmovekind', native_enum=False, length=16), nullable=False),
    sa.Column('amount_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('user', sa.String(length=64), nullable=False),
    sa.Column('approved_by', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['till_sessions.id'], name=op.f('fk_till_cash_moves_session_id_till_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_till_cash_moves'))
    )
    with op.batch_alter_table('till_cash_moves', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_till_cash_moves_session_id'), ['session_id'], unique=False)

    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('till_session_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_payments_till_session_id'), ['till_session_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_payments_till_session_id_till_sessions'), 'till_sessions', ['till_session_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_payments_till_session_id_till_sessions'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_payments_till_session_id'))
        batch_op.drop_column('till_session_id')

    with op.batch_alter_table('till_cash_moves', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_till_cash_moves_session_id'))

    op.drop_table('till_cash_moves')
    op.drop_table('users')
    with op.batch_alter_table('till_sessions', schema=None) as batch_op:
        batch_op.drop_index('ux_till_sessions_open', sqlite_where=sa.text("state = 'open'"), postgresql_where=sa.text("state = 'open'"))

    op.drop_table('till_sessions')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))
        batch_op.drop_index(batch_op.f('ix_audit_log_actor'))
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
