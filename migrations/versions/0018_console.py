"""console: one-time login links, sessions and the audit of console changes (issue 13)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table('console_links',
    sa.Column('id', ID, nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('person_id', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_console_links_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_links')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_console_links_token_hash'))
    )
    op.create_table('console_sessions',
    sa.Column('id', ID, nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('person_id', sa.BigInteger(), nullable=False),
    sa.Column('csrf', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_console_sessions_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_sessions')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_console_sessions_token_hash'))
    )
    op.create_index(op.f('ix_console_sessions_person_id'), 'console_sessions', ['person_id'], unique=False)
    op.create_table('console_audit',
    sa.Column('id', ID, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('person_id', sa.BigInteger(), nullable=False),
    sa.Column('community', sa.String(length=64), nullable=False),
    sa.Column('building_id', ID, nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('target', sa.String(length=128), nullable=False),
    sa.Column('target_id', sa.BigInteger(), nullable=True),
    sa.Column('before', sa.JSON(), nullable=False),
    sa.Column('after', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_console_audit_building_id_buildings')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_console_audit_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_console_audit'))
    )
    op.create_index('ix_console_audit_community_at', 'console_audit', ['community', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_console_audit_community_at', table_name='console_audit')
    op.drop_table('console_audit')
    op.drop_index(op.f('ix_console_sessions_person_id'), table_name='console_sessions')
    op.drop_table('console_sessions')
    op.drop_table('console_links')
