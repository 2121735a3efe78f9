"""initial schema: units, departments, staff, qualifications

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('app_setting',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_setting'))
    )
    op.create_table('department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('coverage_min_ratio', sa.Float(), server_default=sa.text('(0.5)'), nullable=False),
    sa.Column('coverage_min_per_position', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('receives_citizens', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_department')),
    sa.UniqueConstraint('uid', name=op.f('uq_department_uid'))
    )
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_department_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_department_owner_unit'), ['owner_unit'], unique=False)

    op.create_table('job_position',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('min_level', sa.String(length=20), nullable=True),
    sa.Column('accepted_majors', sa.Text(), nullable=False),
    sa.Column('department_kind', sa.String(length=30), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_position')),
    sa.UniqueConstraint('name_key', name=op.f('uq_job_position_name_key'))
    )
    op.create_table('sync_counter',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sync_counter'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('parent_code', sa.String(length=16), nullable=True),
    sa.Column('place_name', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit')),
    sa.UniqueConstraint('code', name=op.f('uq_unit_code'))
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_parent_code'), ['parent_code'], unique=False)

    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('other_name', sa.String(length=120), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('dob_precision', sa.String(length=5), nullable=False),
    sa.Column('place_of_birth', sa.String(length=200), nullable=True),
    sa.Column('home_town', sa.String(length=200), nullable=True),
    sa.Column('ethnicity_code', sa.String(length=2), nullable=True),
    sa.Column('religion', sa.String(length=60), nullable=True),
    sa.Column('cccd', sa.String(length=12), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('job_position', sa.String(length=200), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('rank_code', sa.String(length=20), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('general_education', sa.String(length=10), nullable=True),
    sa.Column('party_member', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('party_join_date', sa.Date(), nullable=True),
    sa.Column('party_official_date', sa.Date(), nullable=True),
    sa.Column('planning_post', sa.String(length=200), nullable=True),
    sa.Column('planning_term', sa.String(length=20), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('status_note', sa.String(length=300), nullable=True),
    sa.Column('retirement_override', sa.Date(), nullable=True),
    sa.Column('retirement_date', sa.Date(), nullable=True),
    sa.Column('qualification_match_override', sa.Boolean(), nullable=True),
    sa.Column('qualification_mismatch', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('name_sort_key', sa.String(length=400), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_staff_department_id_department')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('uid', name=op.f('uq_staff_uid'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_cccd'), ['cccd'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_name_sort_key'), ['name_sort_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_status'), ['status'], unique=False)

    op.create_table('qualification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=30), nullable=True),
    sa.Column('major', sa.String(length=200), nullable=True),
    sa.Column('institution', sa.String(length=200), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('certificate_no', sa.String(length=60), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('training_form', sa.String(length=60), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('source', sa.String(length=20), server_default='manual', nullable=False),
    sa.Column('source_ref', sa.String(length=36), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_qualification_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_qualification')),
    sa.UniqueConstraint('uid', name=op.f('uq_qualification_uid'))
    )
    with op.batch_alter_table('qualification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_qualification_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_qualification_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_qualification_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_qualification_staff_id'), ['staff_id'], unique=False)

    op.create_table('staff_status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('old_status', sa.String(length=12), nullable=False),
    sa.Column('new_status', sa.String(length=12), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('changed_by', sa.String(length=80), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_status_change_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_status_change'))
    )
    with op.batch_alter_table('staff_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_status_change_staff_id'), ['staff_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('staff_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_status_change_staff_id'))

    op.drop_table('staff_status_change')
    with op.batch_alter_table('qualification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_qualification_staff_id'))
        batch_op.drop_index(batch_op.f('ix_qualification_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_qualification_kind'))
        batch_op.drop_index(batch_op.f('ix_qualification_change_seq'))

    op.drop_table('qualification')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_status'))
        batch_op.drop_index(batch_op.f('ix_staff_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_staff_name_sort_key'))
        batch_op.drop_index(batch_op.f('ix_staff_department_id'))
        batch_op.drop_index(batch_op.f('ix_staff_change_seq'))
        batch_op.drop_index(batch_op.f('ix_staff_cccd'))
        batch_op.drop_index(batch_op.f('ix_staff_category'))

    op.drop_table('staff')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_parent_code'))

    op.drop_table('unit')
    op.drop_table('sync_counter')
    op.drop_table('job_position')
    with op.batch_alter_table('department', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_department_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_department_change_seq'))

    op.drop_table('department')
    op.drop_table('app_setting')

