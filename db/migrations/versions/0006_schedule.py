"""class sessions (buổi học) and attendance (điểm danh)

Revision ID: 0006_schedule
Revises: 0008_synckinds
Create Date: 2026-11-23
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006_schedule'
down_revision: str | None = '0008_synckinds'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('class_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('block', sa.String(length=10), nullable=True),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=True),
    sa.Column('room', sa.String(length=120), nullable=True),
    sa.Column('topic', sa.String(length=300), nullable=True),
    sa.Column('teacher', sa.String(length=200), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['training_class.id'], name=op.f('fk_class_session_class_id_training_class')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_class_session')),
    sa.UniqueConstraint('uid', name=op.f('uq_class_session_uid'))
    )
    with op.batch_alter_table('class_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_session_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_class_session_class_id'), ['class_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_class_session_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_class_session_owner_unit'), ['owner_unit'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['class_session.id'], name=op.f('fk_attendance_session_id_class_session')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_attendance_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('owner_unit', 'session_id', 'staff_id', name='uq_attendance_mark'),
    sa.UniqueConstraint('uid', name=op.f('uq_attendance_uid'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_staff_id'), ['staff_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_staff_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_session_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_attendance_change_seq'))

    op.drop_table('attendance')
    with op.batch_alter_table('class_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_class_session_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_class_session_day'))
        batch_op.drop_index(batch_op.f('ix_class_session_class_id'))
        batch_op.drop_index(batch_op.f('ix_class_session_change_seq'))

    op.drop_table('class_session')
