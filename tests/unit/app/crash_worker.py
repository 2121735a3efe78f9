"""A process doing one long write, for the kill-at-many-points test. Prints "ready" once the database is
open, waits for a line on stdin, then writes; the test kills it with SIGKILL somewhere in the middle.

    python -m tests.unit.app.crash_worker DB demo|bulk"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app.demo import generate_demo
from app.staff import records
from app.staff.form import StaffInput
from app.workspace import open_workspace
from db.enums import Sex, StaffCategory

BULK_PEOPLE = 300


def bulk(path: Path) -> None:
    """One big transaction through the ORM: people created, then every one of them edited."""
    ws = open_workspace(path)
    print("ready", flush=True)
    sys.stdin.readline()
    with ws.db.transaction() as s:
        made = [
            records.create_staff(
                s,
                StaffInput(
                    full_name=f"Nguyễn Văn Thử {i}",
                    sex=Sex.MALE,
                    category=StaffCategory.CIVIL_SERVANT,
                    date_of_birth=date(1980 + i % 20, 1 + i % 12, 1 + i % 28),
                    position="Công chức",
                ),
                rules={},
            )
            for i in range(BULK_PEOPLE)
        ]
        for staff in made:
            staff.position = "Công chức Văn phòng - Thống kê"
            staff.notes = "đã sửa trong cùng giao dịch"
    print("done", flush=True)


def demo(path: Path) -> None:
    ws = open_workspace(path)
    print("ready", flush=True)
    sys.stdin.readline()
    generate_demo(ws.db, size="province", seed=11, communes=6, today=date(2026, 11, 23))
    print("done", flush=True)


if __name__ == "__main__":
    target, scenario = Path(sys.argv[1]), sys.argv[2]
    {"bulk": bulk, "demo": demo}[scenario](target)
