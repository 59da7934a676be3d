"""pairing: 包户 pairings, orders reserved for a paired volunteer, daily household tasks

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "pairings",
        sa.Column("id", ID, nullable=False),
        sa.Column("household_id", ID, nullable=False),
        sa.Column("building_id", ID, nullable=False),
        sa.Column("volunteer_id", sa.BigInteger(), nullable=False),
        sa.Column("paired_by", sa.BigInteger(), nullable=True),
        sa.Column("paired_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["buildings.id"], name=op.f("fk_pairings_building_id_buildings")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_pairings_household_id_households")
        ),
        sa.ForeignKeyConstraint(
            ["paired_by"], ["people.id"], name=op.f("fk_pairings_paired_by_people")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["people.id"], name=op.f("fk_pairings_volunteer_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairings")),
        sa.UniqueConstraint("household_id", name=op.f("uq_pairings_household_id")),
    )
    op.create_index(op.f("ix_pairings_building_id"), "pairings", ["building_id"], unique=False)
    op.create_index(op.f("ix_pairings_volunteer_id"), "pairings", ["volunteer_id"], unique=False)
    op.create_table(
        "order_reservations",
        sa.Column("id", ID, nullable=False),
        sa.Column("order_id", ID, nullable=False),
        sa.Column("building_id", ID, nullable=False),
        sa.Column("volunteer_id", sa.BigInteger(), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("offer_message_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"],
            ["buildings.id"],
            name=op.f("fk_order_reservations_building_id_buildings"),
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_order_reservations_order_id_orders")
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"], ["people.id"], name=op.f("fk_order_reservations_volunteer_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_reservations")),
        sa.UniqueConstraint("order_id", name=op.f("uq_order_reservations_order_id")),
    )
    op.create_index(
        "ix_order_reservations_due", "order_reservations", ["opened_at", "until"], unique=False
    )
    op.create_table(
        "household_tasks",
        sa.Column("id", ID, nullable=False),
        sa.Column("household_id", ID, nullable=False),
        sa.Column("building_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("local_time", sa.String(length=5), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_by", sa.BigInteger(), nullable=True),
        sa.Column("late_told_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["building_id"], ["buildings.id"], name=op.f("fk_household_tasks_building_id_buildings")
        ),
        sa.ForeignKeyConstraint(
            ["done_by"], ["people.id"], name=op.f("fk_household_tasks_done_by_people")
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_tasks_household_id_households"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_tasks")),
        sa.UniqueConstraint(
            "household_id", "kind", "day", name=op.f("uq_household_tasks_household_id_kind_day")
        ),
    )
    op.create_index(
        op.f("ix_household_tasks_building_id"), "household_tasks", ["building_id"], unique=False
    )
    op.create_index(
        "ix_household_tasks_late", "household_tasks", ["late_told_at", "due_at"], unique=False
    )
    with op.batch_alter_table("community_settings") as batch:
        batch.add_column(sa.Column("pair_window_minutes", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("rubbish_time", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("disinfect_time", sa.String(length=8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("community_settings") as batch:
        batch.drop_column("disinfect_time")
        batch.drop_column("rubbish_time")
        batch.drop_column("pair_window_minutes")
    op.drop_index("ix_household_tasks_late", table_name="household_tasks")
    op.drop_index(op.f("ix_household_tasks_building_id"), table_name="household_tasks")
    op.drop_table("household_tasks")
    op.drop_index("ix_order_reservations_due", table_name="order_reservations")
    op.drop_table("order_reservations")
    op.drop_index(op.f("ix_pairings_volunteer_id"), table_name="pairings")
    op.drop_index(op.f("ix_pairings_building_id"), table_name="pairings")
    op.drop_table("pairings")
