"""order follow-ups: urgent orders, due follow-ups, their community settings

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SETTINGS = (
    'unclaimed_minutes',
    'undelivered_minutes',
    'answer_minutes',
    'urgent_unclaimed_minutes',
    'urgent_undelivered_minutes',
)


def upgrade() -> None:
    op.create_table('order_follow_ups',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('order_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('volunteer_id', sa.BigInteger(), nullable=True),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('told', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_follow_ups_order_id_orders')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['people.id'], name=op.f('fk_order_follow_ups_volunteer_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_follow_ups'))
    )
    op.create_index('ix_order_follow_ups_pending', 'order_follow_ups', ['done_at', 'due_at'], unique=False)
    op.create_index(op.f('ix_order_follow_ups_order_id'), 'order_follow_ups', ['order_id'], unique=False)
    with op.batch_alter_table('orders') as batch:
        batch.add_column(sa.Column('urgent', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table('community_settings') as batch:
        for name in SETTINGS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('community_settings') as batch:
        for name in reversed(SETTINGS):
            batch.drop_column(name)
    with op.batch_alter_table('orders') as batch:
        batch.drop_column('urgent')
    op.drop_index(op.f('ix_order_follow_ups_order_id'), table_name='order_follow_ups')
    op.drop_index('ix_order_follow_ups_pending', table_name='order_follow_ups')
    op.drop_table('order_follow_ups')
