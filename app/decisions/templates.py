"""Editable templates of a decision: the legal bases, the proposal line, articles 2 and 3, recipients,
the symbol and the signers. Stored as unit settings (they travel with the database's backups); the
placeholders {don_vi} ("xã Hà Bắc"), {Don_vi} ("Xã Hà Bắc") and {tinh} ("thành phố Hải Phòng") are
filled in when a draft is made, and the draft's text stays editable."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.errors import UserError
from app.organisation import UnitInfo
from app.security.permissions import Permission, require
from app.settings import SIGNER_NAME, SettingSpec, get_setting, set_setting
from app.text import clean_text

DEFAULT_LEGAL_BASES = (
    "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
    "Căn cứ Luật Cán bộ, công chức số 80/2025/QH15 ngày 24 tháng 6 năm 2025;",
    "Căn cứ Nghị định số 171/2025/NĐ-CP ngày 30 tháng 6 năm 2025 của Chính phủ quy định về đào tạo, "
    "bồi dưỡng công chức;",
)
DEFAULT_PROPOSAL = "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội."
DEFAULT_ARTICLE2 = (
    "Các ông (bà) có tên tại Điều 1 có trách nhiệm chấp hành nghiêm nội quy, quy chế của cơ sở đào tạo, "
    "bồi dưỡng; hoàn thành chương trình học tập và báo cáo kết quả về Ủy ban nhân dân {don_vi} (qua Phòng "
    "Văn hóa - Xã hội) sau khi kết thúc khóa học. {kinh_phi} {cam_ket}"
)
DEFAULT_ARTICLE3 = (
    "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND, Trưởng phòng Văn hóa - Xã hội, "
    "Thủ trưởng các cơ quan, đơn vị có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành "
    "Quyết định này./."
)
DEFAULT_RECIPIENTS = (
    "Như Điều 3",
    "Sở Nội vụ {tinh} (để báo cáo)",
    "Chủ tịch, các Phó Chủ tịch UBND {don_vi}",
    "Lưu: VT, VHXH",
)
DEFAULT_SYMBOL = "QĐ-UBND"

LEGAL_BASES = SettingSpec("decisions.legal_bases", list(DEFAULT_LEGAL_BASES), "Căn cứ ban hành quyết định")
PROPOSAL = SettingSpec("decisions.proposal", DEFAULT_PROPOSAL, "Theo đề nghị của …")
ARTICLE2 = SettingSpec("decisions.article2", DEFAULT_ARTICLE2, "Mẫu Điều 2")
ARTICLE3 = SettingSpec("decisions.article3", DEFAULT_ARTICLE3, "Mẫu Điều 3")
RECIPIENTS = SettingSpec("decisions.recipients", list(DEFAULT_RECIPIENTS), "Nơi nhận")
SYMBOL = SettingSpec("decisions.symbol", DEFAULT_SYMBOL, "Ký hiệu quyết định")
VICE_CHAIRMEN = SettingSpec("unit.vice_chairmen", [], "Họ tên các Phó Chủ tịch UBND")


@dataclass
class DecisionTemplates:
    legal_bases: list[str] = field(default_factory=lambda: list(DEFAULT_LEGAL_BASES))
    proposal: str = DEFAULT_PROPOSAL
    article2: str = DEFAULT_ARTICLE2
    article3: str = DEFAULT_ARTICLE3
    recipients: list[str] = field(default_factory=lambda: list(DEFAULT_RECIPIENTS))
    symbol: str = DEFAULT_SYMBOL
    chairman: str = ""
    vice_chairmen: list[str] = field(default_factory=list)


def load_templates(session: Session) -> DecisionTemplates:
    return DecisionTemplates(
        legal_bases=[str(x) for x in get_setting(session, LEGAL_BASES)],
        proposal=str(get_setting(session, PROPOSAL)),
        article2=str(get_setting(session, ARTICLE2)),
        article3=str(get_setting(session, ARTICLE3)),
        recipients=[str(x) for x in get_setting(session, RECIPIENTS)],
        symbol=str(get_setting(session, SYMBOL)),
        chairman=str(get_setting(session, SIGNER_NAME) or ""),
        vice_chairmen=[str(x) for x in get_setting(session, VICE_CHAIRMEN)],
    )


def _clean_lines(lines: list[str]) -> list[str]:
    return [c for c in (clean_text(line) for line in lines) if c]


def save_templates(session: Session, t: DecisionTemplates) -> DecisionTemplates:
    """Check and store the templates; a bad one changes nothing and says which line is wrong."""
    require(session, Permission.EDIT_RECORDS)
    bases = _clean_lines(t.legal_bases)
    for i, line in enumerate(bases, 1):
        if not line.endswith(";"):
            raise UserError(f"Căn cứ dòng {i}: mỗi căn cứ kết thúc bằng dấu chấm phẩy “;” (“{line[-30:]}”).")
    symbol = (clean_text(t.symbol) or "").upper()
    if not symbol or "/" in symbol or " " in symbol:
        raise UserError(f"Ký hiệu quyết định không hợp lệ: “{t.symbol}” (ví dụ QĐ-UBND, QĐ-CT).")
    recipients = [r.removeprefix("-").strip().rstrip(";.") for r in _clean_lines(t.recipients)]
    recipients = [r for r in recipients if r]
    if not recipients or not recipients[-1].startswith("Lưu"):
        raise UserError("Nơi nhận: dòng cuối cùng phải là nơi lưu văn bản (ví dụ “Lưu: VT, VHXH”).")
    for text, what in ((t.article2, "Điều 2"), (t.article3, "Điều 3")):
        try:
            fill(text, _SAMPLE)
        except (KeyError, ValueError, IndexError) as exc:
            raise UserError(f"Mẫu {what} có chỗ điền không hợp lệ: {exc}.") from exc
    clean = DecisionTemplates(
        legal_bases=bases,
        proposal=clean_text(t.proposal) or "",
        article2=clean_text(t.article2) or "",
        article3=clean_text(t.article3) or "",
        recipients=recipients,
        symbol=symbol,
        chairman=clean_text(t.chairman) or "",
        vice_chairmen=_clean_lines(t.vice_chairmen),
    )
    set_setting(session, LEGAL_BASES, clean.legal_bases)
    set_setting(session, PROPOSAL, clean.proposal)
    set_setting(session, ARTICLE2, clean.article2)
    set_setting(session, ARTICLE3, clean.article3)
    set_setting(session, RECIPIENTS, clean.recipients)
    set_setting(session, SYMBOL, clean.symbol)
    set_setting(session, SIGNER_NAME, clean.chairman)
    set_setting(session, VICE_CHAIRMEN, clean.vice_chairmen)
    session.flush()
    return clean


_SAMPLE = {"don_vi": "xã A", "Don_vi": "Xã A", "tinh": "tỉnh B", "kinh_phi": "", "cam_ket": ""}


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        raise KeyError(f"{{{key}}} không phải chỗ điền được hỗ trợ")


def fill(template: str, values: dict[str, str]) -> str:
    """Fill {placeholders}; unknown names raise KeyError (checked when the template is saved)."""
    return " ".join(template.format_map(_Blank(values)).split())


def unit_values(unit: UnitInfo) -> dict[str, str]:
    name = unit.name
    lower = name[:1].lower() + name[1:]
    parent = unit.parent_name or ""
    parent_lower = parent[:1].lower() + parent[1:] if parent else ""
    return {"don_vi": lower, "Don_vi": name, "tinh": parent_lower or "tỉnh"}
