"""All mapped classes; importing this package registers every table on ``Base.metadata``."""

from db.audit import AuditEntry
from db.models.courses import (
    Course,
    Decision,
    DecisionItem,
    Nomination,
    NominationStatusChange,
    TrainingClass,
)
from db.models.evaluations import QualityRating
from db.models.organisation import Department, JobPosition, Unit
from db.models.results import TrainingResult, TrainingReview
from db.models.schedule import Attendance, ClassSession
from db.models.security import UserAccount
from db.models.settings import AppSetting
from db.models.staff import Qualification, Staff, StaffStatusChange
from db.models.sync import SyncBundleLog, SyncConflict, SyncLink, SyncOwnKey, SyncPeerKey
from db.models.targets import Plan, PlanTarget, PlanTargetMember
from db.sync_meta import SyncCounter

__all__ = [
    "AppSetting",
    "Attendance",
    "AuditEntry",
    "ClassSession",
    "Course",
    "Decision",
    "DecisionItem",
    "Department",
    "JobPosition",
    "Nomination",
    "NominationStatusChange",
    "Plan",
    "PlanTarget",
    "PlanTargetMember",
    "Qualification",
    "QualityRating",
    "Staff",
    "StaffStatusChange",
    "SyncBundleLog",
    "SyncConflict",
    "SyncCounter",
    "SyncLink",
    "SyncOwnKey",
    "SyncPeerKey",
    "TrainingClass",
    "TrainingResult",
    "TrainingReview",
    "Unit",
    "UserAccount",
]
