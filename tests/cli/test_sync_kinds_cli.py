"""Province → commune → province, on the command line: the province's courses and classes reach a new
commune in its set-up file and stay read-only there; the commune nominates its people to those classes
and issues decisions; its bundle carries them up, and the province sees, per class, the people of all its
communes; the province's answer carries a changed class back down."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.courses.catalogue import ClassInput, update_class
from app.errors import UserError
from app.sync.catalogue import REGISTRY
from app.sync.kinds import Side
from app.workspace import open_workspace
from tests.cli.conftest import Cli

pytestmark = pytest.mark.cli

COMMUNE = "99901"


def test_courses_go_down_nominations_come_up(cli: Cli, tmp_path: Path) -> None:
    p, c = str(tmp_path / "P.sqlite"), str(tmp_path / "C.sqlite")
    setup, out, back, again = (str(tmp_path / n) for n in ("SETUP", "OUT", "BACK", "AGAIN"))
    assert cli("--db", p, "demo", "--size", "province", "--communes", "6").code == 0
    assert cli("--db", p, "unit", "add", "--code", COMMUNE, "--name", "Xã Thử Nghiệm").code == 0
    catalogue = cli("--db", p, "courses", "list", "--json").json()["courses"]
    classes = {k["uid"]: k for course in catalogue for k in course["classes"]}
    assert len(catalogue) == 11 and len(classes) == 23  # with the past years' classes (app.results.demo)

    # 1. the set-up file carries the province's catalogue; the commune holds it, read-only
    r = cli("--db", p, "bundle", "export", setup, "--to", COMMUNE)
    assert r.code == 0 and "khóa học" in r.out and "lớp học" in r.out, r.out
    assert cli("--db", c, "init", "--from-bundle", setup, "--accept-key").code == 0
    held = cli("--db", c, "courses", "list", "--json").json()["courses"]
    assert {x["uid"] for x in held} == {x["uid"] for x in catalogue}
    assert all(x["owner"] == "31" and not x["editable"] for x in held)
    assert "chỉ xem" in cli("--db", c, "courses", "list").out
    ws = open_workspace(Path(c))
    try:
        with ws.db.transaction() as s, pytest.raises(UserError, match="chỉ đơn vị đó được sửa"):
            update_class(s, next(iter(classes)), ClassInput("Lớp của xã"), unit_code=COMMUNE)
    finally:
        ws.close()

    # 2. the commune works: its people, nominated to the province's classes, decisions issued
    assert cli("--db", c, "demo").code == 0
    mine = cli("--db", c, "nominations", "list", "--json").json()["nominations"]
    to_province = [n for n in mine if n["class_uid"] in classes]
    assert len(to_province) >= 10 and {n["unit"] for n in mine} == {COMMUNE}
    assert any(n["decision"] for n in to_province) and {"approved", "completed"} <= {n["status"] for n in mine}
    decisions = cli("--db", c, "decision", "list", "--json").json()["decisions"]
    assert decisions and all(d["unit"] == COMMUNE for d in decisions)

    # 3. its bundle carries them up; the province applies them
    assert cli("--db", c, "bundle", "export", out).code == 0
    r = cli("--db", p, "bundle", "import", out, "--accept-new-key", "--json")
    assert r.code == 0, r.out
    (item,) = r.json()["bundles"]
    counts = item["counts"]
    assert item["status"] == "applied"
    assert counts["nomination"]["created"] == len(mine)
    assert counts["decision"]["created"] == len(decisions)
    assert counts["nomination_status_change"]["created"] >= len(mine)  # every nomination's history
    assert counts["decision_item"]["created"] >= len(to_province) - 5
    assert counts["course"]["created"] >= 1  # the commune's own local course, shown to the province read-only
    assert counts["quality_rating"]["created"] > 0 and counts["plan_target"]["created"] > 0

    # 4. the province's consolidated view: per class, the people of every commune, this one among them
    shared = None
    for uid in {n["class_uid"] for n in to_province}:
        per_class = cli("--db", p, "nominations", "list", "--class", uid, "--json").json()
        units = per_class["classes"][0]["units"]
        if COMMUNE in units and len(units) >= 2:
            shared = uid, per_class
            break
    assert shared is not None, "no class with this commune's people next to another commune's"
    uid, per_class = shared
    assert per_class["classes"][0]["people"] == sum(per_class["classes"][0]["units"].values())
    ours = [n for n in per_class["nominations"] if n["unit"] == COMMUNE]
    assert {n["uid"] for n in ours} == {n["uid"] for n in to_province if n["class_uid"] == uid}
    assert all(n["unit_name"] == "Xã Thử Nghiệm" for n in ours)
    units = {u["code"]: u for u in cli("--db", p, "units", "list", "--json").json()["units"]}
    assert units[COMMUNE]["nominations"] == len([n for n in mine if n["status"] != "withdrawn"])
    only = cli("--db", p, "nominations", "list", "--unit", COMMUNE, "--json").json()["nominations"]
    assert {n["uid"] for n in only} == {n["uid"] for n in mine}
    text = cli("--db", p, "nominations", "list", "--class", uid).out
    assert "Xã Thử Nghiệm" in text and "đơn vị" in text
    targets = cli("--db", p, "targets", "--unit", COMMUNE, "--json").json()["targets"]
    assert targets and all(t["population"] <= 60 for t in targets)  # the province's plans over one commune

    # 5. the province moves a class to another venue; its answer carries it down
    province = open_workspace(Path(p))
    try:
        with province.db.transaction() as s:
            k = classes[uid]
            update_class(s, uid, ClassInput(k["name"], code=k["code"], venue="Hội trường Sở Nội vụ"), unit_code="31")
    finally:
        province.close()
    assert cli("--db", p, "bundle", "export", back, "--to", COMMUNE).code == 0
    r = cli("--db", c, "bundle", "import", back, "--json")
    assert r.code == 0, r.out
    (answer,) = r.json()["bundles"]
    # only the kinds the province may own come down, and of them only the class it moved
    province_kinds = {k.name for k in REGISTRY.owned_by(Side.PROVINCE)}  # catalogue, classes, attendance, results
    assert set(answer["counts"]) <= province_kinds
    changed = {kind: {k: n for k, n in c.items() if n} for kind, c in answer["counts"].items()}
    assert {kind: c for kind, c in changed.items() if c} == {"training_class": {"updated": 1}}
    venues = {
        k["uid"]: k["venue"]
        for x in cli("--db", c, "courses", "list", "--json").json()["courses"]
        for k in x["classes"]
    }
    assert venues[uid] == "Hội trường Sở Nội vụ"

    # 6. and the commune's next bundle carries only what changed since (nothing): the round trip is closed
    assert cli("--db", c, "bundle", "export", again).code == 0
    r = cli("--db", p, "bundle", "import", again, "--json")
    (last,) = r.json()["bundles"]
    assert last["status"] == "applied" and sum(v["created"] + v["updated"] for v in last["counts"].values()) == 0


def test_the_two_demos_exchange_real_bundles(cli: Cli, tmp_path: Path) -> None:
    """`demo --size province` and `demo` (the demo commune of that province) hold one catalogue with its
    schedule, the same rows on both sides: the commune's nominations to the province's classes go up, and
    the province's answer finds the commune's copy of its catalogue exactly as it is — no conflict."""
    p, c = str(tmp_path / "P.sqlite"), str(tmp_path / "C.sqlite")
    up, down = str(tmp_path / "up.bdsync"), str(tmp_path / "down.bdsync")
    assert cli("--db", p, "demo", "--size", "province", "--communes", "3").code == 0
    assert cli("--db", c, "demo").code == 0
    assert cli("--db", c, "bundle", "export", up).code == 0
    r = cli("--db", p, "bundle", "import", up, "--accept-new-key", "--json")
    assert r.code == 0, r.out
    (item,) = r.json()["bundles"]
    assert item["status"] == "applied" and item["origin"]["code"] == "11311"
    created = {kind: n["created"] for kind, n in item["counts"].items()}
    assert all(created[kind] > 0 for kind in ("nomination", "decision", "nomination_status_change", "quality_rating"))
    per_class = cli("--db", p, "nominations", "list", "--unit", "11311", "--json").json()["classes"]
    province = {k["uid"] for x in cli("--db", p, "courses", "list", "--json").json()["courses"] for k in x["classes"]}
    assert sum(1 for k in per_class if k["class_uid"] in province) >= 5  # the demo commune sent people to them
    assert cli("--db", p, "bundle", "export", down, "--to", "11311").code == 0
    r = cli("--db", c, "bundle", "import", down, "--json")
    (back,) = r.json()["bundles"]
    assert back["status"] == "applied"
    got = {kind: {k: n for k, n in c.items() if n} for kind, c in back["counts"].items()}
    sessions = got["class_session"].get("unchanged", 0)
    assert sessions > 100 and got == {
        "course": {"unchanged": 11},  # this year's catalogue and the past years' classes (app.results.demo)
        "training_class": {"unchanged": 23},
        "class_session": {"unchanged": sessions},
        # the province took attendance of its classes and recorded results, but none of this commune's people
        "attendance": {},
        "training_result": {},
    }
    conflicts = cli("--db", c, "bundle", "conflicts", "--json").json()
    assert not conflicts.get("conflicts"), conflicts
