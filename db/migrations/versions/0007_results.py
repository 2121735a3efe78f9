"""results of the classes, effectiveness reviews after training, certificate validity of courses

Revision ID: 0007_results
Revises: 0006_schedule
Create Date: 2026-11-23
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007_results'
down_revision: str | None = '0006_schedule'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('training_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nomination_id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('result', sa.String(length=12), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('grade', sa.String(length=40), nullable=True),
    sa.Column('certificate_no', sa.String(length=60), nullable=True),
    sa.Column('certificate_date', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('recorded_by', sa.String(length=80), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['training_class.id'], name=op.f('fk_training_result_class_id_training_class')),
    sa.ForeignKeyConstraint(['nomination_id'], ['nomination.id'], name=op.f('fk_training_result_nomination_id_nomination')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_result')),
    sa.UniqueConstraint('owner_unit', 'nomination_id', name='uq_training_result_nomination'),
    sa.UniqueConstraint('uid', name=op.f('uq_training_result_uid'))
    )
    with op.batch_alter_table('training_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_result_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_result_class_id'), ['class_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_result_nomination_id'), ['nomination_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_result_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_result_result'), ['result'], unique=False)

    op.create_table('training_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nomination_id', sa.Integer(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('reviewer', sa.String(length=120), nullable=False),
    sa.Column('task_results', sa.Integer(), nullable=True),
    sa.Column('task_results_note', sa.String(length=500), nullable=True),
    sa.Column('advice_quality', sa.Integer(), nullable=True),
    sa.Column('advice_quality_note', sa.String(length=500), nullable=True),
    sa.Column('responsibility', sa.Integer(), nullable=True),
    sa.Column('responsibility_note', sa.String(length=500), nullable=True),
    sa.Column('discipline', sa.Integer(), nullable=True),
    sa.Column('discipline_note', sa.String(length=500), nullable=True),
    sa.Column('coordination', sa.Integer(), nullable=True),
    sa.Column('coordination_note', sa.String(length=500), nullable=True),
    sa.Column('satisfaction', sa.Integer(), nullable=True),
    sa.Column('satisfaction_note', sa.String(length=500), nullable=True),
    sa.Column('overall', sa.String(length=12), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=True),
    sa.Column('recommendation', sa.Text(), nullable=True),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('owner_unit', sa.String(length=16), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['nomination_id'], ['nomination.id'], name=op.f('fk_training_review_nomination_id_nomination')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_review')),
    sa.UniqueConstraint('owner_unit', 'nomination_id', name='uq_training_review_nomination'),
    sa.UniqueConstraint('uid', name=op.f('uq_training_review_uid'))
    )
    with op.batch_alter_table('training_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_review_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_review_nomination_id'), ['nomination_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_review_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_review_reviewed_on'), ['reviewed_on'], unique=False)

    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.add_column(sa.Column('certificate_valid_months', sa.Integer(), nullable=True))



def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # in place (SQLite ≥ 3.35): rebuilding "course" would break the rows of the tables that refer to it
        op.execute('ALTER TABLE course DROP COLUMN certificate_valid_months')
    else:
        op.drop_column('course', 'certificate_valid_months')

    with op.batch_alter_table('training_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_review_reviewed_on'))
        batch_op.drop_index(batch_op.f('ix_training_review_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_training_review_nomination_id'))
        batch_op.drop_index(batch_op.f('ix_training_review_change_seq'))

    op.drop_table('training_review')
    with op.batch_alter_table('training_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_result_result'))
        batch_op.drop_index(batch_op.f('ix_training_result_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_training_result_nomination_id'))
        batch_op.drop_index(batch_op.f('ix_training_result_class_id'))
        batch_op.drop_index(batch_op.f('ix_training_result_change_seq'))

    op.drop_table('training_result')
