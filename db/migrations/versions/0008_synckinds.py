"""courses, nominations, decisions, ratings, plans and targets travel in bundles: nomination status
changes become synced rows (a nomination's history travels with it)

Revision ID: 0008_synckinds
Revises: 0005_evaluations
Create Date: 2026-11-24
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008_synckinds'
down_revision: str | None = '0005_evaluations'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # add the columns, give existing rows their identity (owner = the nomination's owner, revision 1,
    # date = when the change was made), then constrain — as 0004 did for staff status changes
    with op.batch_alter_table('nomination_status_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uid', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('owner_unit', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('revision', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False))
        batch_op.add_column(sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False))
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text('SELECT id FROM nomination_status_change'))]
    for change_id in ids:
        conn.execute(
            sa.text('UPDATE nomination_status_change SET uid = :uid WHERE id = :id'),
            {'uid': str(uuid.uuid4()), 'id': change_id},
        )
    conn.execute(sa.text(
        'UPDATE nomination_status_change SET revision = 1, updated_at = changed_at, '
        'owner_unit = (SELECT nomination.owner_unit FROM nomination '
        'WHERE nomination.id = nomination_status_change.nomination_id)'
    ))
    with op.batch_alter_table('nomination_status_change', schema=None) as batch_op:
        batch_op.alter_column('uid', existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column('revision', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('updated_at', existing_type=sa.DateTime(), nullable=False)
        batch_op.create_index(batch_op.f('ix_nomination_status_change_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_nomination_status_change_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_unique_constraint(batch_op.f('uq_nomination_status_change_uid'), ['uid'])


def downgrade() -> None:
    with op.batch_alter_table('nomination_status_change', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_nomination_status_change_uid'), type_='unique')
        batch_op.drop_index(batch_op.f('ix_nomination_status_change_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_nomination_status_change_change_seq'))
        batch_op.drop_column('change_seq')
        batch_op.drop_column('deleted')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('revision')
        batch_op.drop_column('owner_unit')
        batch_op.drop_column('uid')
