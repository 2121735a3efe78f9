from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Cli, run_subprocess

pytestmark = pytest.mark.cli

REGION_1 = [
    "Tư pháp - Hộ tịch=97",
    "Tài chính - Kế toán=95",
    "Văn hóa - Xã hội=93",
    "Địa chính - Nông nghiệp - Xây dựng và Môi trường=125",
    "Nông - Lâm - Ngư nghiệp=56",
    "Văn phòng - Thống kê=101",
    "Thủ quỹ - Văn thư - Lưu trữ=61",
]
REGION_2 = [
    "Tư pháp - Hộ tịch=92",
    "Tài chính - Kế toán=77",
    "Văn hóa - Xã hội=69",
    "Địa chính - Nông nghiệp - Xây dựng và Môi trường=97",
    "Nông - Lâm - Ngư nghiệp=47",
    "Văn phòng - Thống kê=101",
    "Thủ quỹ - Văn thư - Lưu trữ=53",
]


def groups(specs: list[str]) -> list[str]:
    return [arg for spec in specs for arg in ("--group", spec)]


def test_split_json_is_the_provinces_plan(cli: Cli) -> None:
    r = cli("schedule", "split", *groups(REGION_1), "--capacity", "100", "--json")
    assert r.code == 0, r.err
    dc = "Địa chính - Nông nghiệp - Xây dựng và Môi trường"
    assert r.json() == {
        "classes": [
            {"groups": [{"name": "Tư pháp - Hộ tịch", "count": 97}]},
            {"groups": [{"name": "Tài chính - Kế toán", "count": 95}]},
            {"groups": [{"name": "Văn hóa - Xã hội", "count": 93}]},
            {"groups": [{"name": dc, "count": 91}]},
            {"groups": [{"name": dc, "count": 34}, {"name": "Nông - Lâm - Ngư nghiệp", "count": 56}]},
            {"groups": [{"name": "Văn phòng - Thống kê", "count": 81}]},
            {
                "groups": [
                    {"name": "Văn phòng - Thống kê", "count": 20},
                    {"name": "Thủ quỹ - Văn thư - Lưu trữ", "count": 61},
                ]
            },
        ]
    }


@pytest.mark.parametrize(
    ("spec", "classes", "sizes"),
    [("Chủ tịch, Phó Chủ tịch UBND cấp xã=164", "2", [82, 82]), ("Trưởng thôn=507", "5", [102, 102, 101, 101, 101])],
)
def test_split_into_a_number_of_classes(cli: Cli, spec: str, classes: str, sizes: list[int]) -> None:
    r = cli("schedule", "split", "--group", spec, "--classes", classes, "--json")
    assert r.code == 0, r.err
    assert [sum(g["count"] for g in c["groups"]) for c in r.json()["classes"]] == sizes


def test_split_plain_output_is_a_table(cli: Cli) -> None:
    r = cli("schedule", "split", *groups(REGION_1), "--capacity", "100")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].split() == ["Lớp", "Sĩ", "số", "Nhóm", "học", "viên", "Số", "HV"]
    assert any(line.split()[:3] == ["5", "90", "Địa"] and line.rstrip().endswith("34") for line in lines)
    assert any(line.strip().startswith("Nông - Lâm - Ngư nghiệp") and line.rstrip().endswith("56") for line in lines)
    assert "Cộng: 7 lớp, 628 học viên; sĩ số tối đa 100/lớp, cần ít nhất 7 lớp (⌈628/100⌉)." in lines
    assert "  - 02 lớp (81 học viên/lớp) cho 101 Văn phòng - Thống kê và 61 Thủ quỹ - Văn thư - Lưu trữ." in lines


def test_split_related_titles_in_even_classes(cli: Cli) -> None:
    r = cli(
        "schedule",
        "split",
        *groups(REGION_2),
        "--capacity",
        "100",
        "--related",
        "dia chinh",
        "nong",
        "--related",
        "Văn phòng",
        "Thủ quỹ",
        "--even",
    )
    assert r.code == 0, r.err
    assert "  - 02 lớp (72 học viên/lớp) cho 97 Địa chính - Nông nghiệp - Xây dựng và Môi trường và 47 Nông" in r.out
    assert "Cộng: 7 lớp, 536 học viên" in r.out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--group", "Tư pháp - Hộ tịch", "--capacity", "100"), "không đúng dạng TÊN=SỐ"),
        (("--group", "=12", "--capacity", "100"), "thiếu tên"),
        (("--group", "A=0", "--capacity", "100"), "lớn hơn 0"),
        (("--group", "A=-4", "--capacity", "100"), "không phải số nguyên dương"),
        (("--group", "A=1,5", "--capacity", "100"), "không phải số nguyên dương"),
        (("--group", "A=mười", "--classes", "2"), "không phải số nguyên dương"),
        (("--group", "A=10", "--capacity", "0"), "--capacity"),
        (("--group", "A=10", "--classes", "hai"), "--classes"),
        (("--group", "A=10", "--classes", "11"), "thành 11 lớp"),
        (("--group", "A=10", "--group", "a=3", "--classes", "2"), "hai lần"),
        (("--group", "A=10", "--capacity", "5", "--related", "B", "A"), "Không có nhóm nào tên “B”"),
    ],
)
def test_split_bad_input_exits_1_with_a_message(cli: Cli, args: tuple[str, ...], needle: str) -> None:
    r = cli("schedule", "split", *args)
    assert r.code == 1
    assert needle in r.err and r.err.startswith("Lỗi: ") and "Traceback" not in r.err
    assert r.out == ""


@pytest.mark.parametrize(
    "args",
    [("--group", "A=10"), ("--group", "A=10", "--capacity", "5", "--classes", "2"), ("--capacity", "5")],
)
def test_split_bad_usage_exits_2(cli: Cli, args: tuple[str, ...]) -> None:
    r = cli("schedule", "split", *args)
    assert r.code == 2 and "lỗi cú pháp" in r.err


def test_split_needs_no_database(cli: Cli, tmp_path: Path, _isolated_data_dir: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "x.sqlite"
    r = cli("--db", str(missing), "schedule", "split", "--group", "A=10", "--capacity", "4", "--json")
    assert r.code == 0, r.err
    assert len(r.json()["classes"]) == 3
    assert not missing.parent.exists()
    r = cli("schedule", "split", "--group", "A=10", "--capacity", "4")  # default database location
    assert r.code == 0, r.err
    assert not list(_isolated_data_dir.rglob("*.sqlite*"))


def test_split_through_the_real_entry_point() -> None:
    r = run_subprocess("schedule", "split", "--group", "Chủ tịch=164", "--classes", "2")
    assert r.code == 0, r.err
    assert "02 lớp (82 học viên/lớp) cho 164 Chủ tịch" in r.out


def test_holidays_json(cli: Cli) -> None:
    r = cli("schedule", "holidays", "--year", "2026", "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["year"] == 2026 and data["make_up_working_days"] == ["2026-08-22"]
    days = {h["date"]: h["name"] for h in data["holidays"]}
    assert days["2026-02-17"] == "Mùng một Tết Nguyên đán"
    assert days["2026-04-27"] == "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"
    assert data["holidays"][0] == {"date": "2026-01-01", "weekday": "Thứ Năm", "name": "Tết Dương lịch"}


def test_holidays_plain_and_bad_year(cli: Cli) -> None:
    r = cli("schedule", "holidays", "--year", "2027")
    assert r.code == 0, r.err
    assert "  Thứ Bảy   06/02/2027  Mùng một Tết Nguyên đán" in r.out.splitlines()
    r = cli("schedule", "holidays", "--year", "2150")
    assert r.code == 1 and "2150" in r.err
    r = cli("schedule", "holidays", "--year", "năm sau")
    assert r.code == 1 and "--year" in r.err
