"""The rating texts app/evaluations composes in Vietnamese (Period.label, HistoryRow.text(),
GroupSummary.text()), composed again here through tr() so the interface can show them in English.
In Vietnamese they read exactly as app/'s."""

from __future__ import annotations

from app.evaluations.classification import (
    LEVEL_LABELS,
    LEVEL_SHORT,
    LEVELS_BEST_FIRST,
    GroupSummary,
    HistoryRow,
    Period,
    format_score,
)
from app.labels import CATEGORY_SHORT
from db.enums import PeriodKind, QualityLevel
from ui.i18n import tr, tr_label

_ROMAN = ("I", "II", "III", "IV")


def period_text(period: Period) -> str:
    if period.kind == PeriodKind.QUARTER:
        return tr("Quý {q}/{year}").format(q=_ROMAN[period.number - 1], year=period.year)
    if period.kind == PeriodKind.MONTH:
        return tr("Tháng {m:02d}/{year}").format(m=period.number, year=period.year)
    return tr("Năm {year}").format(year=period.year)


def history_text(h: HistoryRow) -> str:
    out = f"{period_text(h.period)}: {tr_label(LEVEL_LABELS[h.level])}"
    if h.total is not None:
        out += tr(" ({score} điểm)").format(score=format_score(h.total))
    if h.capped:
        out += tr(" — do vượt tỷ lệ 20%")
    if h.disciplined:
        out += tr(" — bị kỷ luật")
    return out


def group_text(g: GroupSummary) -> str:
    counts = ", ".join(f"{tr_label(LEVEL_SHORT[lv])} {g.counts[lv]}" for lv in LEVELS_BEST_FIRST)
    out = f"{tr_label(CATEGORY_SHORT[g.category])}: {counts}"
    if g.unrated:
        out += tr(", chưa xếp loại {n}").format(n=g.unrated)
    if g.cap_applies:
        out += tr(" — xuất sắc {n}/tối đa {m} (20% của {good} người tốt)").format(
            n=g.counts[QualityLevel.EXCELLENT], m=g.allowed, good=g.counts[QualityLevel.GOOD]
        )
    return out
