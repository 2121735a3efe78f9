"""quality classification, plans and targets

Revision ID: 0005_evaluations
Revises: 0004_sync
Create Date: 2026-11-23
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005_evaluations'
down_revision: str | None = '0004_sync'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('document', sa.String(length=200), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('preset_key', sa.String(length=60), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan')),
    sa.UniqueConstraint('uid', name=op.f('uq_plan_uid'))
    )
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_owner_unit'), ['owner_unit'], unique=False)

    op.create_table('plan_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('population', sa.JSON(), nullable=False),
    sa.Column('frozen', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('frozen_on', sa.Date(), nullable=True),
    sa.Column('achievement', sa.String(length=40), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('threshold', sa.Float(), nullable=False),
    sa.Column('comparison', sa.String(length=2), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('preset_key', sa.String(length=60), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['plan.id'], name=op.f('fk_plan_target_plan_id_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_target')),
    sa.UniqueConstraint('uid', name=op.f('uq_plan_target_uid'))
    )
    with op.batch_alter_table('plan_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_target_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_target_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_target_plan_id'), ['plan_id'], unique=False)

    op.create_table('plan_target_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_plan_target_member_staff_id_staff')),
    sa.ForeignKeyConstraint(['target_id'], ['plan_target.id'], name=op.f('fk_plan_target_member_target_id_plan_target')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_target_member')),
    sa.UniqueConstraint('target_id', 'staff_id', name=op.f('uq_plan_target_member_target_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_plan_target_member_uid'))
    )
    with op.batch_alter_table('plan_target_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_target_member_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_target_member_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_target_member_staff_id'), ['staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_target_member_target_id'), ['target_id'], unique=False)

    op.create_table('quality_rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('period_kind', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('period_no', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=8), nullable=False),
    sa.Column('general_score', sa.Float(), nullable=True),
    sa.Column('task_score', sa.Float(), nullable=True),
    sa.Column('disciplined', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('proposed_level', sa.String(length=12), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('capped', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('cap_note', sa.String(length=300), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_quality_rating_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_rating')),
    sa.UniqueConstraint('staff_id', 'period_kind', 'year', 'period_no', name=op.f('uq_quality_rating_staff_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_quality_rating_uid'))
    )
    with op.batch_alter_table('quality_rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quality_rating_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_rating_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_rating_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index('ix_quality_rating_period', ['year', 'period_kind', 'period_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_quality_rating_staff_id'), ['staff_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('quality_rating', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quality_rating_staff_id'))
        batch_op.drop_index('ix_quality_rating_period')
        batch_op.drop_index(batch_op.f('ix_quality_rating_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_quality_rating_level'))
        batch_op.drop_index(batch_op.f('ix_quality_rating_change_seq'))

    op.drop_table('quality_rating')
    with op.batch_alter_table('plan_target_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_target_member_target_id'))
        batch_op.drop_index(batch_op.f('ix_plan_target_member_staff_id'))
        batch_op.drop_index(batch_op.f('ix_plan_target_member_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_plan_target_member_change_seq'))

    op.drop_table('plan_target_member')
    with op.batch_alter_table('plan_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_target_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_target_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_plan_target_change_seq'))

    op.drop_table('plan_target')
    with op.batch_alter_table('plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_plan_change_seq'))

    op.drop_table('plan')

