"""Realistic demo data: one commune (``--size commune``) or a province with its communes
(``--size province``: ≥ 100 communes, ≥ 15,000 people) for trying the app and for benchmarks.

Later areas (courses, classes, evaluations…) add their own demo steps to ``EXTRA_STEPS``; each step
receives the session, the random generator and the day the demo is built for."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.demo.commune import build_commune
from app.demo.province import build_province
from app.errors import UserError
from app.organisation import COMMUNE_KINDS, init_unit, own_unit
from db.database import Database
from db.enums import UnitKind

DemoStep = Callable[[Session, random.Random, date], None]
#: session.info key: True when this demo run declared the unit itself (a fresh database), so steps may
#: give it demo identities; False on a database already set up, whose identity and keys must stay.
DEMO_NEW_UNIT = "demo_new_unit"
EXTRA_STEPS: list[DemoStep] = []
ProgressFn = Callable[[int, int, str], bool]  # (done, total, message) -> keep going?

DEMO_COMMUNE = {"code": "11311", "name": "Xã Hà Bắc"}
DEMO_PROVINCE = {"code": "31", "name": "Thành phố Hải Phòng"}


@dataclass
class DemoReport:
    unit_code: str
    communes: int = 0
    people: int = 0
    notes: list[str] = field(default_factory=list)


def generate_demo(
    db: Database,
    *,
    size: str = "commune",
    seed: int = 2026,
    today: date | None = None,
    communes: int = 120,
    progress: ProgressFn | None = None,
) -> DemoReport:
    today = today or date.today()
    rng = random.Random(seed)
    if size not in ("commune", "province"):
        raise UserError(f"Cỡ dữ liệu mẫu không hợp lệ: “{size}” (chọn commune hoặc province).")
    with db.transaction() as session:
        unit = own_unit(session)
        session.info[DEMO_NEW_UNIT] = unit is None
        if size == "commune":
            if unit is None:
                unit = init_unit(
                    session,
                    kind=UnitKind.COMMUNE,
                    province_code=DEMO_PROVINCE["code"],
                    province_name=DEMO_PROVINCE["name"],
                    **DEMO_COMMUNE,
                )
            elif unit.kind not in COMMUNE_KINDS:
                raise UserError("Cơ sở dữ liệu này là của cấp tỉnh; hãy dùng “demo --size province”.")
            session.info["unit_code"] = unit.code
            people = build_commune(session, rng, today)
            report = DemoReport(unit.code, communes=1, people=people)
        else:
            if unit is None:
                unit = init_unit(session, kind=UnitKind.PROVINCE, **DEMO_PROVINCE)
            elif unit.kind != UnitKind.PROVINCE:
                raise UserError("Cơ sở dữ liệu này là của cấp xã; dữ liệu mẫu cấp tỉnh cần một tệp riêng.")
            session.info["unit_code"] = unit.code
            n_communes, people = build_province(session, rng, today, unit.code, communes, progress)
            report = DemoReport(unit.code, communes=n_communes, people=people)
        for step in EXTRA_STEPS:
            step(session, rng, today)
    db.set_unit_code(report.unit_code)
    return report


# Areas register their demo steps on import (each module appends to EXTRA_STEPS), in this order: courses,
# evaluations, classes (sessions and attendance for the courses' classes), results (past years' classes,
# results and reviews), and sync last (the bundles it pretends a province imported hold the rows of every
# other step). "isort: split" keeps the order; the
# random draws of one step change those of the next, so moving a step changes the demo data.
from app.courses import demo as _courses_demo  # noqa: E402, F401

# isort: split
from app.demo import evaluations as _evaluations  # noqa: E402, F401

# isort: split
from app.classes import demo as _classes_demo  # noqa: E402, F401

# isort: split
from app.results import demo as _results_demo  # noqa: E402, F401  (past classes' results, reviews)

# isort: split
from app.sync import demo as _sync_demo  # noqa: E402, F401
