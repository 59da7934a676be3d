"""doubt_questions: messages the group was asked about ("need urgent help?")

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 12:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('doubt_questions',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('building_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('chat_id', sa.BigInteger(), nullable=False),
    sa.Column('message_id', sa.BigInteger(), nullable=False),
    sa.Column('author_id', sa.BigInteger(), nullable=False),
    sa.Column('flat', sa.String(length=32), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('families', sa.String(length=256), nullable=False),
    sa.Column('asked_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['people.id'], name=op.f('fk_doubt_questions_author_id_people')),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_doubt_questions_building_id_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_doubt_questions')),
    sa.UniqueConstraint('chat_id', 'message_id', name=op.f('uq_doubt_questions_chat_id_message_id'))
    )


def downgrade() -> None:
    op.drop_table('doubt_questions')
