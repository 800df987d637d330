"""api tokens, automation rules and notifications

The keys of the local API (stored hashed), the owner's rules with each firing (unique per rule and event,
retried until done), and the notifications they leave for the window's bell.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'api_tokens',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('scope', sa.Enum('read', 'write', name='scope', native_enum=False, length=8), nullable=False),
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column('prefix', sa.String(length=12), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('last_used_at', sa.DateTime(), nullable=True),
        sa.Column('revoked_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens')),
        sa.UniqueConstraint('name', name=op.f('uq_api_tokens_name')),
        sa.UniqueConstraint('token_hash', name=op.f('uq_api_tokens_token_hash')),
    )
    op.create_table(
        'rules',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('trigger', sa.Enum('order_created', 'order_paid', 'order_overdue', 'paid_not_shipped', 'stock_low', 'till_variance', name='trigger', native_enum=False, length=24), nullable=False),
        sa.Column('trigger_value', sa.String(length=64), nullable=False),
        sa.Column('action', sa.Enum('notify', 'print', 'hold', 'reorder', 'email', name='ruleaction', native_enum=False, length=24), nullable=False),
        sa.Column('action_value', sa.String(length=200), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rules')),
    )
    op.create_table(
        'notifications',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=64), nullable=False),
        sa.Column('params', sa.Text(), nullable=False),
        sa.Column('subject_kind', sa.String(length=16), nullable=False),
        sa.Column('subject', sa.String(length=64), nullable=False),
        sa.Column('rule_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('read_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['rule_id'], ['rules.id'], name=op.f('fk_notifications_rule_id_rules')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications')),
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index('ix_notifications_read_created', ['read_at', 'created_at'], unique=False)
    op.create_table(
        'rule_firings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('rule_id', sa.Integer(), nullable=False),
        sa.Column('event_key', sa.String(length=120), nullable=False),
        sa.Column('subject', sa.String(length=64), nullable=False),
        sa.Column('fired_at', sa.DateTime(), nullable=False),
        sa.Column('state', sa.Enum('pending', 'done', 'failed', name='firingstate', native_enum=False, length=24), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
        sa.Column('done_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['rule_id'], ['rules.id'], name=op.f('fk_rule_firings_rule_id_rules')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_firings')),
        sa.UniqueConstraint('rule_id', 'event_key', name=op.f('uq_rule_firings_rule_id_event_key')),
    )
    with op.batch_alter_table('rule_firings', schema=None) as batch_op:
        batch_op.create_index('ix_rule_firings_state_next', ['state', 'next_attempt_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('rule_firings', schema=None) as batch_op:
        batch_op.drop_index('ix_rule_firings_state_next')
    op.drop_table('rule_firings')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_read_created')
    op.drop_table('notifications')
    op.drop_table('rules')
    op.drop_table('api_tokens')
