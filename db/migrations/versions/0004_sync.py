"""sync bundles: keys, links, bundle log, conflicts; staff status changes travel (SyncedMixin)

Revision ID: 0004_sync
Revises: 0003_safety
Create Date: 2026-11-23
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004_sync'
down_revision: str | None = '0003_safety'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_bundle_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('file_hash', sa.String(length=64), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('bundle_type', sa.String(length=10), nullable=False),
    sa.Column('origin_unit', sa.String(length=16), nullable=False),
    sa.Column('destination_unit', sa.String(length=16), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('seq_from', sa.Integer(), nullable=False),
    sa.Column('seq_to', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('logged_at', sa.DateTime(), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bundle_log'))
    )
    with op.batch_alter_table('sync_bundle_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_bundle_log_bundle_id'), ['bundle_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_bundle_log_file_hash'), ['file_hash'], unique=False)

    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('origin_unit', sa.String(length=16), nullable=False),
    sa.Column('bundle_hash', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('local_revision', sa.Integer(), nullable=False),
    sa.Column('local_record', sa.JSON(), nullable=False),
    sa.Column('incoming_revision', sa.Integer(), nullable=False),
    sa.Column('incoming_record', sa.JSON(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_uid'), ['uid'], unique=False)

    op.create_table('sync_link',
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('applied_ranges', sa.JSON(), nullable=False),
    sa.Column('applied_seq', sa.Integer(), nullable=False),
    sa.Column('applied_through', sa.DateTime(), nullable=True),
    sa.Column('last_bundle_at', sa.DateTime(), nullable=True),
    sa.Column('last_bundle_seq', sa.Integer(), nullable=False),
    sa.Column('last_import_at', sa.DateTime(), nullable=True),
    sa.Column('heads', sa.JSON(), nullable=False),
    sa.Column('install_id', sa.String(length=36), nullable=True),
    sa.Column('gap', sa.String(length=200), nullable=True),
    sa.Column('acked_seq', sa.Integer(), nullable=False),
    sa.Column('acked_through', sa.DateTime(), nullable=True),
    sa.Column('ack_bundle_seq', sa.Integer(), nullable=False),
    sa.Column('last_sent_at', sa.DateTime(), nullable=True),
    sa.Column('last_sent_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('unit_code', name=op.f('pk_sync_link'))
    )
    op.create_table('sync_own_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key_id', sa.String(length=32), nullable=False),
    sa.Column('sign_private', sa.LargeBinary(), nullable=False),
    sa.Column('enc_private', sa.LargeBinary(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_own_key')),
    sa.UniqueConstraint('key_id', name=op.f('uq_sync_own_key_key_id'))
    )
    op.create_table('sync_peer_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=16), nullable=False),
    sa.Column('key_id', sa.String(length=32), nullable=False),
    sa.Column('sign_public', sa.LargeBinary(), nullable=False),
    sa.Column('enc_public', sa.LargeBinary(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('how', sa.String(length=30), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_peer_key')),
    sa.UniqueConstraint('unit_code', 'key_id', name=op.f('uq_sync_peer_key_unit_code'))
    )
    with op.batch_alter_table('sync_peer_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_peer_key_unit_code'), ['unit_code'], unique=False)

    # staff status changes become synced rows: add the columns, give existing rows their identity
    # (owner = the person's owner, revision 1, date = when the change was made), then constrain.
    with op.batch_alter_table('staff_status_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uid', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('owner_unit', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('revision', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False))
        batch_op.add_column(sa.Column('change_seq', sa.Integer(), server_default=sa.text('0'), nullable=False))
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text('SELECT id FROM staff_status_change'))]
    for change_id in ids:
        conn.execute(
            sa.text('UPDATE staff_status_change SET uid = :uid WHERE id = :id'),
            {'uid': str(uuid.uuid4()), 'id': change_id},
        )
    conn.execute(sa.text(
        'UPDATE staff_status_change SET revision = 1, updated_at = changed_at, '
        'owner_unit = (SELECT staff.owner_unit FROM staff WHERE staff.id = staff_status_change.staff_id)'
    ))
    with op.batch_alter_table('staff_status_change', schema=None) as batch_op:
        batch_op.alter_column('uid', existing_type=sa.String(length=36), nullable=False)
        batch_op.alter_column('revision', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('updated_at', existing_type=sa.DateTime(), nullable=False)
        batch_op.create_index(batch_op.f('ix_staff_status_change_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_staff_status_change_owner_unit'), ['owner_unit'], unique=False)
        batch_op.create_unique_constraint(batch_op.f('uq_staff_status_change_uid'), ['uid'])



def downgrade() -> None:
    with op.batch_alter_table('staff_status_change', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_staff_status_change_uid'), type_='unique')
        batch_op.drop_index(batch_op.f('ix_staff_status_change_owner_unit'))
        batch_op.drop_index(batch_op.f('ix_staff_status_change_change_seq'))
        batch_op.drop_column('change_seq')
        batch_op.drop_column('deleted')
        batch_op.drop_column('updated_at')
        batch_op.drop_column('revision')
        batch_op.drop_column('owner_unit')
        batch_op.drop_column('uid')

    with op.batch_alter_table('sync_peer_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_peer_key_unit_code'))

    op.drop_table('sync_peer_key')
    op.drop_table('sync_own_key')
    op.drop_table('sync_link')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_uid'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_status'))

    op.drop_table('sync_conflict')
    with op.batch_alter_table('sync_bundle_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_bundle_log_file_hash'))
        batch_op.drop_index(batch_op.f('ix_sync_bundle_log_bundle_id'))

    op.drop_table('sync_bundle_log')
