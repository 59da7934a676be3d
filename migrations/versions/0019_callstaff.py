"""staff_groups; volunteer_calls may be posted in a community's staff group (吹哨 for the
volunteers of all its buildings)

Revision ID: 0019_callstaff
Revises: 0018
Create Date: 2026-12-05 20:00:00.000000
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision: str = "0019_callstaff"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "staff_groups",
        sa.Column("id", ID, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("community", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=256), nullable=False),
        sa.Column("registered_by", sa.BigInteger(), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registered_by"], ["people.id"], name=op.f("fk_staff_groups_registered_by_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_groups")),
        sa.UniqueConstraint("chat_id", name=op.f("uq_staff_groups_chat_id")),
    )
    op.create_index(
        op.f("ix_staff_groups_community"), "staff_groups", ["community"], unique=False
    )
    with _sign_ups_set_aside(), op.batch_alter_table("volunteer_calls") as batch:
        batch.add_column(sa.Column("staff_group_id", ID, nullable=True))
        batch.add_column(sa.Column("community", sa.String(length=64), nullable=True))
        batch.alter_column("building_id", existing_type=ID, nullable=True)
        batch.create_index(
            batch.f("ix_volunteer_calls_staff_group_id"), ["staff_group_id"], unique=False
        )
        batch.create_foreign_key(
            batch.f("fk_volunteer_calls_staff_group_id_staff_groups"),
            "staff_groups",
            ["staff_group_id"],
            ["id"],
        )
        batch.create_check_constraint(
            op.f("ck_volunteer_calls_one_place"),
            "(building_id IS NULL) <> (staff_group_id IS NULL)",
        )
    op.create_table(
        "call_copies",
        sa.Column("id", ID, nullable=False),
        sa.Column("call_id", ID, nullable=False),
        sa.Column("building_id", ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["buildings.id"], name=op.f("fk_call_copies_building_id_buildings")
        ),
        sa.ForeignKeyConstraint(
            ["call_id"], ["volunteer_calls.id"], name=op.f("fk_call_copies_call_id_volunteer_calls")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_copies")),
        sa.UniqueConstraint(
            "call_id", "building_id", name=op.f("uq_call_copies_call_id_building_id")
        ),
    )
    op.create_index(op.f("ix_call_copies_call_id"), "call_copies", ["call_id"], unique=False)


def downgrade() -> None:
    op.execute(
        "DELETE FROM live_messages WHERE purpose = 'call_copy' AND ref_id IN"
        " (SELECT id FROM call_copies)"
    )
    op.drop_index(op.f("ix_call_copies_call_id"), table_name="call_copies")
    op.drop_table("call_copies")
    # a community-wide call has no building to go back to: it and its sign-ups are dropped
    op.execute(
        "DELETE FROM call_signups WHERE call_id IN"
        " (SELECT id FROM volunteer_calls WHERE building_id IS NULL)"
    )
    op.execute(
        "DELETE FROM live_messages WHERE purpose = 'volunteer_call' AND ref_id IN"
        " (SELECT id FROM volunteer_calls WHERE building_id IS NULL)"
    )
    op.execute("DELETE FROM volunteer_calls WHERE building_id IS NULL")
    with _sign_ups_set_aside(), op.batch_alter_table("volunteer_calls") as batch:
        batch.drop_constraint(op.f("ck_volunteer_calls_one_place"), type_="check")
        batch.drop_constraint(
            batch.f("fk_volunteer_calls_staff_group_id_staff_groups"), type_="foreignkey"
        )
        batch.drop_index(batch.f("ix_volunteer_calls_staff_group_id"))
        batch.alter_column("building_id", existing_type=ID, nullable=False)
        batch.drop_column("community")
        batch.drop_column("staff_group_id")
    op.drop_index(op.f("ix_staff_groups_community"), table_name="staff_groups")
    op.drop_table("staff_groups")



@contextmanager
def _sign_ups_set_aside() -> Iterator[None]:
    """SQLite rebuilds volunteer_calls (copy, drop, rename), and with foreign keys on it will
    not drop a table that call_signups rows point at: they wait in a temporary table meanwhile."""
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("CREATE TEMPORARY TABLE callstaff_signups AS SELECT * FROM call_signups")
        op.execute("DELETE FROM call_signups")
    yield
    if sqlite:
        op.execute("INSERT INTO call_signups SELECT * FROM callstaff_signups")
        op.execute("DROP TABLE callstaff_signups")
