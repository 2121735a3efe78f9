"""All mapped classes; importing this package registers every table on ``Base.metadata``."""

from db.models.organisation import Department, JobPosition, Unit
from db.models.settings import AppSetting
from db.models.staff import Qualification, Staff, StaffStatusChange
from db.models.sync import SyncBundleLog, SyncConflict, SyncLink, SyncOwnKey, SyncPeerKey
from db.sync_meta import SyncCounter

__all__ = [
    "AppSetting",
    "Department",
    "JobPosition",
    "Qualification",
    "Staff",
    "StaffStatusChange",
    "SyncBundleLog",
    "SyncConflict",
    "SyncCounter",
    "SyncLink",
    "SyncOwnKey",
    "SyncPeerKey",
    "Unit",
]
