"""Split groups of learners (by job title) into classes.

The planner follows the province's own practice (seed 002: "02 lớp (90 học viên/lớp) cho 125 công
chức Địa chính … và 56 người … Nông - Lâm - Ngư nghiệp"). Its rules, in order of priority:

1. **Fewest classes.** With a capacity ``C`` (a hard maximum per class), a set of titles that may share
   classes (a *family*, see ``LearnerGroup.family``) of ``N`` learners gets ``⌈N / C⌉`` classes — the
   lower bound — and the plan has the sum of that over the families. With a number of classes ``K``
   instead, the plan has exactly ``K`` classes, shared among the families so that the largest class is
   as small as possible; a family of ``N`` learners given ``k`` classes is planned with the class-size
   limit, between the even size ``⌈N / k⌉`` and 10% above it (the province writes "khoảng 100 học
   viên/lớp"), for which ``k`` is the fewest classes and which splits the fewest groups.
2. **A group that fits in one class stays together**, whenever a plan with the fewest classes allows
   it (always when the groups' remainders can be packed, see below).
3. **Overflow is combined with smaller groups of related titles**: a group larger than a class keeps
   ``⌊n / C⌋`` classes' worth of learners and its remainder ``n mod C`` shares classes with other
   groups of its family. Each group then spans the fewest classes it can (``⌈n / C⌉``) — one more
   for the few whose remainder had to be split because the remainders could not be packed.
4. **Balanced sizes**: the classes a set of groups shares are as equal as the whole groups allow
   (sizes differ by at most one learner where nothing is in the way), and among the packings that
   satisfy 1–3 the planner prefers the one whose class sizes are most even (least sum of squares).

What "capacity 100" means: no class holds more than 100 learners, and classes are *not* filled up to
100 before the next one starts. 125 + 56 = 181 learners need two classes; they get 91 and 90, not
100 and 81. The province prints the average rounded down ("90 học viên/lớp" for 90.5); the plan's
summary (``SplitPlan.summary_lines``) prints the range instead ("90–91 học viên/lớp"). With a number
of classes there is no hard capacity: 507 learners in 5 classes gives 102, 102, 101, 101, 101 (the
province writes "khoảng 100 học viên/lớp").

``even=True`` puts balance before rule 2 within each family: its classes are made equal even when that
splits a group that would fit, which is what the province did in regions 2 and 3 of its plan (97
Địa chính + 47 Nông - Lâm - Ngư nghiệp → "02 lớp (72 học viên/lớp)").

How: only the remainders matter for the class count. Per family, the groups that fit in a class and
the remainders of the larger ones are packed into ``B = ⌈R / C⌉`` bins of size ``C`` (``R`` their sum)
— first fit decreasing, then a bounded exact search when that fails — and the packing is improved by
moves and swaps that make the class sizes more even. Each bin, with the full classes of the large
groups whose remainder it holds, becomes a *batch* of classes laid out by water-filling: whole small
groups stay where they are and the large groups fill the remaining places evenly. When no packing into
``B`` bins exists (e.g. three groups of 60 with capacity 100), a remainder or, failing that, a small
group is split across bins so that the class count still is the lower bound.

Everything here is pure: it takes and returns plain values. The user can then move learners between
the proposed classes (``move_learners``) and, once people are known, deal them into the classes
(``assign_people``, ``move_people``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from app.errors import UserError
from app.text import clean_text, fold

T = TypeVar("T")

# How many search nodes the exact packing may visit before the planner settles for splitting a group.
EXACT_SEARCH_BUDGET = 20_000
_MAX_IMPROVEMENT_ROUNDS = 200
# With a number of classes, classes may be this much above the even size when that keeps groups whole
# (the province writes "khoảng 100 học viên/lớp").
CLASSES_SLACK = 0.10
_MAX_CANDIDATES = 24
MAX_CLASSES = 10_000  # far beyond a province's plan; guards against a typo such as "--capacity 1"


@dataclass(frozen=True, slots=True)
class LearnerGroup:
    """Learners of one job title (or any label). Groups with the same ``family`` may share a class;
    by default every group is in the same family, so the planner may combine any titles (it only does
    so when that saves a class)."""

    name: str
    count: int
    family: str = ""


@dataclass(frozen=True, slots=True)
class Portion:
    """The part of a group taught in one class."""

    name: str
    count: int


@dataclass(frozen=True, slots=True)
class ProposedClass:
    portions: tuple[Portion, ...] = ()

    @property
    def size(self) -> int:
        return sum(p.count for p in self.portions)

    def count_of(self, name: str) -> int:
        return sum(p.count for p in self.portions if p.name == name)

    @property
    def label(self) -> str:
        """ "Địa chính 34 + Nông - Lâm - Ngư nghiệp 56"."""
        return " + ".join(f"{p.name} {format_count(p.count)}" for p in self.portions) or "(trống)"


@dataclass(frozen=True, slots=True)
class Batch:
    """Classes that share groups (a connected set): how the province's plan words one line."""

    class_indexes: tuple[int, ...]
    groups: tuple[Portion, ...]  # each group with its whole count in these classes
    sizes: tuple[int, ...]


@dataclass(frozen=True)
class SplitPlan:
    groups: tuple[LearnerGroup, ...]
    classes: tuple[ProposedClass, ...]
    capacity: int | None = None  # hard maximum per class, when the user gave one
    requested_classes: int | None = None  # when the user gave a number of classes instead

    @property
    def total(self) -> int:
        return sum(g.count for g in self.groups)

    @property
    def fewest_classes(self) -> int:
        """The lower bound: ⌈total / capacity⌉, or the number asked for."""
        if self.capacity:
            return math.ceil(self.total / self.capacity)
        return self.requested_classes or len(self.classes)

    def over_capacity(self) -> tuple[int, ...]:
        """Indexes of classes above the capacity (after moves by hand)."""
        if not self.capacity:
            return ()
        return tuple(i for i, c in enumerate(self.classes) if c.size > self.capacity)

    def as_json(self) -> dict[str, Any]:
        return {"classes": [{"groups": [{"name": p.name, "count": p.count} for p in c.portions]} for c in self.classes]}

    def batches(self) -> list[Batch]:
        """Classes joined by the groups they share, in class order."""
        parent = list(range(len(self.classes)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        first_class: dict[str, int] = {}
        for i, c in enumerate(self.classes):
            for p in c.portions:
                if p.name in first_class:
                    parent[find(i)] = find(first_class[p.name])
                else:
                    first_class[p.name] = i
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.classes)):
            members[find(i)].append(i)
        out = []
        for indexes in sorted(members.values()):
            totals: dict[str, int] = {}
            for i in indexes:
                for p in self.classes[i].portions:
                    totals[p.name] = totals.get(p.name, 0) + p.count
            out.append(
                Batch(
                    class_indexes=tuple(indexes),
                    groups=tuple(Portion(n, c) for n, c in totals.items()),
                    sizes=tuple(self.classes[i].size for i in indexes),
                )
            )
        return out

    def summary_lines(self) -> list[str]:
        """The plan in the province's wording: "02 lớp (90–91 học viên/lớp) cho 125 … và 56 …"."""
        lines = []
        for batch in self.batches():
            if not batch.groups:
                lines.append(f"{len(batch.class_indexes):02d} lớp chưa có học viên")
                continue
            who = _join_vi([f"{format_count(g.count)} {g.name}" for g in batch.groups])
            n = len(batch.class_indexes)
            lo, hi = min(batch.sizes), max(batch.sizes)
            if n == 1 and len(batch.groups) == 1:
                lines.append(f"01 lớp cho {format_count(hi)} học viên {batch.groups[0].name}")
            elif n == 1:
                lines.append(f"01 lớp ({format_count(hi)} học viên) cho {who}")
            else:
                per = format_count(hi) if lo == hi else f"{format_count(lo)}–{format_count(hi)}"
                lines.append(f"{n:02d} lớp ({per} học viên/lớp) cho {who}")
        return lines


def format_count(n: int) -> str:
    """Vietnamese thousands separator: 1299 → "1.299"."""
    return f"{n:,}".replace(",", ".")


def _join_vi(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " và " + parts[-1]


# --------------------------------------------------------------------------------------------------
# input

_COUNT = re.compile(r"^(?:\d+|\d{1,3}(?:\.\d{3})+)$")


def parse_count(text: str, what: str) -> int:
    """A positive whole number as a clerk writes it ("97", "1.299"). ``what`` names the field."""
    raw = (text or "").strip()
    if not _COUNT.match(raw):
        raise UserError(f"{what}: “{raw}” không phải số nguyên dương.")
    value = int(raw.replace(".", ""))
    if value <= 0:
        raise UserError(f"{what}: phải lớn hơn 0 (nhận được “{raw}”).")
    return value


def parse_group(spec: str) -> LearnerGroup:
    """ "Tư pháp - Hộ tịch=97" → LearnerGroup("Tư pháp - Hộ tịch", 97). The count follows the last "="."""
    name, sep, count_text = (spec or "").rpartition("=")
    if not sep:
        raise UserError(f"Nhóm “{spec}” không đúng dạng TÊN=SỐ (ví dụ “Tư pháp - Hộ tịch=97”).")
    clean = clean_text(name)
    if not clean:
        raise UserError(f"Nhóm “{spec}” thiếu tên trước dấu “=”.")
    return LearnerGroup(clean, parse_count(count_text, f"Số học viên của nhóm “{clean}”"))


def with_related(groups: Sequence[LearnerGroup], related: Sequence[Sequence[str]]) -> list[LearnerGroup]:
    """Give families from lists of related titles. Without any list every group stays in one family
    (any titles may share a class). With lists, the titles of a list (or of lists that overlap) form a
    family and every title not listed studies on its own. A title is named by its name or an
    unambiguous beginning of it, ignoring case and diacritics ("dia chinh" finds "Địa chính - …")."""
    if not related:
        return [LearnerGroup(g.name, g.count, "") for g in groups]
    folded = [fold(g.name) for g in groups]
    parent = list(range(len(groups)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for names in related:
        matched = [_match_group(name, groups, folded) for name in names]
        for i in matched[1:]:
            parent[find(i)] = find(matched[0])
    return [LearnerGroup(g.name, g.count, f"họ {find(i)}") for i, g in enumerate(groups)]


def _match_group(name: str, groups: Sequence[LearnerGroup], folded: Sequence[str]) -> int:
    key = fold(name)
    exact = [i for i, f in enumerate(folded) if f == key]
    if len(exact) == 1:
        return exact[0]
    starts = [i for i, f in enumerate(folded) if key and f.startswith(key)]
    if len(starts) == 1:
        return starts[0]
    if not starts:
        raise UserError(f"Không có nhóm nào tên “{name}” (tên trong danh sách nhóm liên quan phải là tên một nhóm).")
    names = ", ".join(f"“{groups[i].name}”" for i in starts)
    raise UserError(f"“{name}” khớp với nhiều nhóm: {names}. Hãy ghi rõ hơn.")


def _validate(groups: Sequence[LearnerGroup]) -> list[LearnerGroup]:
    if not groups:
        raise UserError("Cần ít nhất một nhóm học viên (ví dụ --group “Tư pháp - Hộ tịch=97”).")
    seen: set[str] = set()
    out = []
    for g in groups:
        name = clean_text(g.name)
        if not name:
            raise UserError("Mỗi nhóm học viên cần có tên.")
        if isinstance(g.count, bool) or not isinstance(g.count, int) or g.count <= 0:
            raise UserError(f"Số học viên của nhóm “{name}” phải là số nguyên dương (nhận được “{g.count}”).")
        key = fold(name)
        if key in seen:
            raise UserError(f"Nhóm “{name}” được khai báo hai lần.")
        seen.add(key)
        out.append(LearnerGroup(name, g.count, g.family))
    return out


def _positive(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise UserError(f"{what} phải là số nguyên dương (nhận được “{value}”).")
    return value


# --------------------------------------------------------------------------------------------------
# planning


def split_groups(
    groups: Sequence[LearnerGroup],
    *,
    capacity: int | None = None,
    classes: int | None = None,
    even: bool = False,
) -> SplitPlan:
    """Propose classes for the groups, given either a capacity (maximum learners per class) or a
    number of classes. See the module docstring for the rules.

    ``even``: each family's classes are made equal even when that splits a group that would fit in one
    class — what the province did in regions 2 and 3 of its plan ("02 lớp (72 học viên/lớp) cho 97 công
    chức Địa chính … và 47 người … Nông - Lâm - Ngư nghiệp"). Meant with families of related titles."""
    if (capacity is None) == (classes is None):
        raise UserError("Hãy cho biết sĩ số tối đa mỗi lớp hoặc số lớp (một trong hai).")
    checked = _validate(groups)
    families: dict[str, list[int]] = {}
    for i, g in enumerate(checked):
        families.setdefault(g.family, []).append(i)
    fam_lists = list(families.values())
    totals = [sum(checked[i].count for i in members) for members in fam_lists]

    if capacity is not None:
        cap = _positive(capacity, "Sĩ số tối đa mỗi lớp")
        _check_size(sum(math.ceil(n / cap) for n in totals))
        plans = [
            _even_family(checked, members, math.ceil(n / cap), cap)
            if even
            else _plan_family(checked, members, cap, None)
            for members, n in zip(fam_lists, totals, strict=True)
        ]
    else:
        k = _positive(classes, "Số lớp")
        _check_size(k)
        total = sum(totals)
        if k > total:
            raise UserError(f"Không thể chia {format_count(total)} học viên thành {k} lớp: lớp nào cũng cần học viên.")
        if k < len(fam_lists):
            raise UserError(
                f"Các nhóm thuộc {len(fam_lists)} nhóm chức danh không học chung với nhau, "
                f"nên cần ít nhất {len(fam_lists)} lớp."
            )
        shares = _share_classes(totals, k)
        plans = [
            _even_family(checked, members, share, math.ceil(n / share))
            if even
            else _plan_for_classes(checked, members, n, share)
            for members, n, share in zip(fam_lists, totals, shares, strict=True)
        ]

    out: list[ProposedClass] = []
    for plan in plans:
        for cls in plan:
            merged: dict[int, int] = {}
            for gi, count in cls:
                merged[gi] = merged.get(gi, 0) + count
            out.append(ProposedClass(tuple(Portion(checked[gi].name, c) for gi, c in sorted(merged.items()) if c)))
    return SplitPlan(
        groups=tuple(checked),
        classes=tuple(out),
        capacity=capacity if capacity is not None else None,
        requested_classes=classes,
    )


def _check_size(n_classes: int) -> None:
    if n_classes > MAX_CLASSES:
        raise UserError(
            f"Kế hoạch cần {format_count(n_classes)} lớp, quá {format_count(MAX_CLASSES)} lớp mà một lần chia "
            "cho phép; hãy kiểm tra lại số học viên và sĩ số."
        )


def _share_classes(totals: Sequence[int], k: int) -> list[int]:
    """One class per family, then each further class to the family whose classes are largest."""
    shares = [1] * len(totals)
    for _ in range(k - len(totals)):
        best = max(
            (i for i in range(len(totals)) if shares[i] < totals[i]),
            key=lambda i: (math.ceil(totals[i] / shares[i]), totals[i] / shares[i], -i),
        )
        shares[best] += 1
    return shares


def _even_family(groups: Sequence[LearnerGroup], members: Sequence[int], k: int, cap: int) -> list[Class]:
    """The family's learners in ``k`` classes as equal as can be, the groups poured in one after another."""
    spec = _BatchSpec(fluid=[(gi, groups[gi].count) for gi in members], extra_slots=k)
    return sorted(_layout(spec, cap, keep_order=True), key=lambda c: sorted(g for g, _ in c))


def _plan_for_classes(groups: Sequence[LearnerGroup], members: Sequence[int], total: int, k: int) -> list[Class]:
    """``k`` classes for a family. Every class-size limit C from the even size ⌈N/k⌉ up to 10% above it
    for which ``k`` is exactly the fewest classes (⌈N/C⌉ = k) is tried, and the plan that splits the
    fewest groups is kept (then the one with the smallest largest class, then the most even). When no
    such limit exists (9 learners in 4 classes), the even size is used and the classes are filled up."""
    even = math.ceil(total / k)
    top = max(even, math.floor(total * (1 + CLASSES_SLACK) / k))
    if k > 1:
        top = min(top, math.ceil(total / (k - 1)) - 1)  # above that, k - 1 classes would do
    candidates = {even, top}
    for gi in members:
        n = groups[gi].count
        for parts in range(max(1, n // max(top, 1)), n // even + 2):
            size = math.ceil(n / parts)
            if even <= size <= top:
                candidates.add(size)
    ordered = sorted(c for c in candidates if even <= c <= top and math.ceil(total / c) == k) or [even]
    if len(ordered) > _MAX_CANDIDATES:
        step = len(ordered) / _MAX_CANDIDATES
        ordered = sorted({ordered[int(i * step)] for i in range(_MAX_CANDIDATES)} | {ordered[0]})
    best: tuple[tuple[int, int, int], list[Class]] | None = None
    for cap in ordered:
        plan = _plan_family(groups, members, cap, k)
        sizes = [sum(c for _, c in cls) for cls in plan]
        score = (sum(len({g for g, _ in cls}) for cls in plan), max(sizes), sum(x * x for x in sizes))
        if best is None or score < best[0]:
            best = (score, plan)
    assert best is not None
    return best[1]


@dataclass(slots=True)
class _Item:
    """What a group puts into the packing: a small group whole (rigid), or a large group's remainder
    (soft: it brings ``q`` full classes with it and may, at a cost, be split)."""

    group: int
    size: int
    rigid: bool
    q: int
    count: int


Class = list[tuple[int, int]]  # (group index, learners)


def _plan_family(groups: Sequence[LearnerGroup], members: Sequence[int], cap: int, want: int | None) -> list[Class]:
    items: list[_Item] = []
    solo_big: list[int] = []  # large groups that fill whole classes exactly
    for gi in members:
        n = groups[gi].count
        if n <= cap:
            items.append(_Item(gi, n, True, 0, n))
        else:
            q, r = divmod(n, cap)
            if r:
                items.append(_Item(gi, r, False, q, n))
            else:
                solo_big.append(gi)
    residue = sum(it.size for it in items)
    bins, spilled = _pack(items, cap, math.ceil(residue / cap))

    # batches: a bin, joined with the bins a split item was poured into
    parent = list(range(len(bins)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    free = [cap - sum(it.size for it in b) for b in bins]
    spilled_home: list[tuple[_Item, int]] = []
    for it in sorted(spilled, key=lambda x: (-x.size, x.group)):
        left, touched = it.size, []
        for b in sorted(range(len(bins)), key=lambda j: (-free[j], j)):
            if left == 0:
                break
            take = min(left, free[b])
            if take:
                free[b] -= take
                left -= take
                touched.append(b)
        for b in touched[1:]:
            parent[find(b)] = find(touched[0])
        spilled_home.append((it, touched[0]))

    batches: dict[int, _BatchSpec] = {}
    for b, content in enumerate(bins):
        spec = batches.setdefault(find(b), _BatchSpec())
        spec.rigid_slots.append([(it.group, it.count) for it in content if it.rigid])
        for it in content:
            if not it.rigid:
                spec.fluid.append((it.group, it.count))
                spec.extra_slots += it.q
                spec.homes[it.group] = it.q
    for it, b in spilled_home:
        spec = batches[find(b)]
        spec.fluid.append((it.group, it.count))
        spec.extra_slots += it.q
    specs = list(batches.values())
    for gi in solo_big:
        spec = _BatchSpec()
        spec.fluid.append((gi, groups[gi].count))
        spec.extra_slots = groups[gi].count // cap
        specs.append(spec)

    if want is not None:
        _pad(specs, want)

    out: list[Class] = []
    for spec in sorted(specs, key=lambda s: min(g for g, _ in s.all_groups())):
        laid = _layout(spec, cap)
        out.extend(sorted(laid, key=lambda c: sorted(g for g, _ in c)))
    return out


@dataclass(slots=True)
class _BatchSpec:
    # one list per bin: the small groups kept whole there
    rigid_slots: list[list[tuple[int, int]]] = field(default_factory=list)
    # groups poured into the batch's places (the large ones, and any that had to be split)
    fluid: list[tuple[int, int]] = field(default_factory=list)
    # classes beyond the bins (the large groups' full classes, padding)
    extra_slots: int = 0
    # large groups whose remainder sits whole in the batch's only bin → their own full classes
    homes: dict[int, int] = field(default_factory=dict)

    def all_groups(self) -> list[tuple[int, int]]:
        return [g for slot in self.rigid_slots for g in slot] + self.fluid

    @property
    def total(self) -> int:
        return sum(c for _, c in self.all_groups())

    @property
    def slots(self) -> int:
        return len(self.rigid_slots) + self.extra_slots


def _pad(specs: list[_BatchSpec], want: int) -> None:
    """Give the classes still missing (a number of classes was asked for) to the batches whose classes
    are largest. A batch that gets more classes than its packing made has all its learners poured evenly
    (its small groups can no longer all stay whole where they were)."""
    have = sum(s.slots for s in specs)
    for _ in range(want - have):
        best = max(
            (s for s in specs if s.slots < s.total),
            key=lambda s: (s.total / s.slots, len(s.all_groups())),  # on a tie, one that can part without a split
        )
        best.homes.clear()
        if best.rigid_slots:
            best.fluid.extend(g for slot in best.rigid_slots for g in slot)
            best.extra_slots += len(best.rigid_slots)
            best.rigid_slots = []
        best.extra_slots += 1


def _water_fill(loads: Sequence[int], fluid: int, cap: int) -> list[int]:
    """How many learners to pour into each place so that the fullest is as empty as possible: the
    largest level L with Σ max(0, L − load) ≤ fluid, the rest one by one to places at that level."""
    lo, hi = 0, cap
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(max(0, mid - x) for x in loads) <= fluid:
            lo = mid
        else:
            hi = mid - 1
    pours = [max(0, lo - x) for x in loads]
    rest = fluid - sum(pours)
    if rest:
        level = sorted((j for j, x in enumerate(loads) if x <= lo), key=lambda j: (loads[j] > 0, j))
        for j in level[:rest]:
            pours[j] += 1
    return pours


def _layout(spec: _BatchSpec, cap: int, *, keep_order: bool = False) -> list[Class]:
    """The batch's classes: whole small groups where the packing put them, the rest poured evenly,
    each poured group over consecutive places (empty places first) so it spans as few classes as it can."""
    if (
        len(spec.rigid_slots) == 1
        and spec.fluid
        and all(g in spec.homes for g, _ in spec.fluid)
        and spec.extra_slots == sum(spec.homes.values())
    ):
        return _home_layout(spec)
    slots: list[Class] = [list(s) for s in spec.rigid_slots] + [[] for _ in range(spec.extra_slots)]
    loads = [sum(c for _, c in s) for s in slots]
    fluid = list(spec.fluid) if keep_order else sorted(spec.fluid, key=lambda g: (-g[1], g[0]))
    pours = _water_fill(loads, sum(c for _, c in fluid), cap)
    order = sorted(range(len(slots)), key=lambda j: (loads[j] > 0, -pours[j], j))
    queue = [[g, c] for g, c in fluid]
    qi = 0
    for j in order:
        need = pours[j]
        while need > 0:
            g, left = queue[qi]
            take = min(need, left)
            slots[j].append((g, take))
            need -= take
            queue[qi][1] -= take
            if queue[qi][1] == 0:
                qi += 1
    return [s for s in slots if s]


def _home_layout(spec: _BatchSpec) -> list[Class]:
    """One bin with its small groups and the remainders of some large groups: each large group fills its
    own ⌊n/C⌋ classes to the batch's even size and puts the rest in the bin's class, so every group spans
    the fewest classes it can (⌈n/C⌉) and the sizes differ by at most one. (The bin's small groups never
    exceed the even size: R ≤ C and the large groups bring more than C per own class.)"""
    bin_class = list(spec.rigid_slots[0])
    fluid = sorted(spec.fluid, key=lambda g: (-g[1], g[0]))
    total = sum(c for _, c in bin_class) + sum(c for _, c in fluid)
    k = 1 + spec.extra_slots
    base, extra = divmod(total, k)
    out: list[Class] = []
    for g, n in fluid:
        own = []
        for _ in range(spec.homes[g]):
            own.append(base + 1 if extra > 0 else base)
            extra -= 1
        out.extend([(g, size)] for size in own)
        if n - sum(own):
            bin_class.append((g, n - sum(own)))
    return [*out, bin_class]


# --------------------------------------------------------------------------------------------------
# packing the remainders


def _pack(items: list[_Item], cap: int, nbins: int) -> tuple[list[list[_Item]], list[_Item]]:
    """Pack the items into ``nbins`` bins of size ``cap``; returns the bins and the items that could
    not be placed whole (empty when a packing was found)."""
    if nbins == 0:
        return [], []
    order = sorted(items, key=lambda it: (-it.size, not it.rigid, it.group))
    bins, unplaced = _first_fit(order, cap, nbins)
    if not unplaced:
        return _improve(bins, cap), []
    found = _exact(order, cap, nbins)
    if found is not None:
        return _improve(found, cap), []
    rigid_first = sorted(items, key=lambda it: (not it.rigid, -it.size, it.group))
    return _first_fit(rigid_first, cap, nbins)


def _first_fit(order: Sequence[_Item], cap: int, nbins: int) -> tuple[list[list[_Item]], list[_Item]]:
    bins: list[list[_Item]] = [[] for _ in range(nbins)]
    loads = [0] * nbins
    unplaced = []
    for it in order:
        for b in range(nbins):
            if loads[b] + it.size <= cap:
                bins[b].append(it)
                loads[b] += it.size
                break
        else:
            unplaced.append(it)
    return bins, unplaced


class _OutOfBudget(Exception):
    pass


def _exact(order: Sequence[_Item], cap: int, nbins: int, budget: int = EXACT_SEARCH_BUDGET) -> list[list[_Item]] | None:
    """Depth-first search for a packing (items largest first; bins with equal loads tried once)."""
    n = len(order)
    suffix = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] + order[i].size
    smallest = min(it.size for it in order)
    loads = [0] * nbins
    where = [0] * n
    nodes = 0

    def dfs(i: int) -> bool:
        nonlocal nodes
        if i == n:
            return True
        nodes += 1
        if nodes > budget:
            raise _OutOfBudget
        if sum(cap - x for x in loads if cap - x >= smallest) < suffix[i]:
            return False
        size = order[i].size
        tried: set[int] = set()
        for b in range(nbins):
            x = loads[b]
            if x + size <= cap and x not in tried:
                tried.add(x)
                loads[b] = x + size
                where[i] = b
                if dfs(i + 1):
                    return True
                loads[b] = x
        return False

    try:
        if not dfs(0):
            return None
    except _OutOfBudget:
        return None
    bins: list[list[_Item]] = [[] for _ in range(nbins)]
    for i, it in enumerate(order):
        bins[where[i]].append(it)
    return bins


@lru_cache(maxsize=65536)
def _bin_cost(rigid: int, q: int, fluid: int, cap: int) -> int:
    """Sum of squared class sizes of the batch a bin becomes (its whole small groups in one class, the
    large groups poured over that class and their own full classes)."""
    loads = (rigid,) + (0,) * q
    pours = _water_fill(loads, fluid, cap)
    return sum((x + p) ** 2 for x, p in zip(loads, pours, strict=True))


def _improve(bins: list[list[_Item]], cap: int) -> list[list[_Item]]:
    """Moves and swaps between bins while they make the class sizes more even."""
    nb = len(bins)
    stats = [[0, 0, 0, 0] for _ in range(nb)]  # rigid, q, fluid, load

    def add(s: list[int], it: _Item, sign: int) -> None:
        if it.rigid:
            s[0] += sign * it.size
        else:
            s[1] += sign * it.q
            s[2] += sign * it.count
        s[3] += sign * it.size

    def cost_with(s: list[int], out: _Item | None, into: _Item | None) -> int:
        r, q, f = s[0], s[1], s[2]
        for it, sign in ((out, -1), (into, 1)):
            if it is None:
                continue
            if it.rigid:
                r += sign * it.size
            else:
                q += sign * it.q
                f += sign * it.count
        return _bin_cost(r, q, f, cap)

    for b, content in enumerate(bins):
        for it in content:
            add(stats[b], it, 1)
    cost = [_bin_cost(s[0], s[1], s[2], cap) for s in stats]

    for _ in range(_MAX_IMPROVEMENT_ROUNDS):
        improved = False
        for a in range(nb):
            for it in list(bins[a]):
                if len(bins[a]) == 1:
                    break
                best_delta, best_b, best_costs = 0, -1, (0, 0)
                ca = cost_with(stats[a], it, None)
                for b in range(nb):
                    if b == a or stats[b][3] + it.size > cap:
                        continue
                    cb = cost_with(stats[b], None, it)
                    delta = ca + cb - cost[a] - cost[b]
                    if delta < best_delta:
                        best_delta, best_b, best_costs = delta, b, (ca, cb)
                if best_b >= 0:
                    bins[a].remove(it)
                    bins[best_b].append(it)
                    add(stats[a], it, -1)
                    add(stats[best_b], it, 1)
                    cost[a], cost[best_b] = best_costs
                    improved = True
        for a in range(nb):
            for b in range(a + 1, nb):
                swapped = True
                while swapped:
                    swapped = False
                    for x in bins[a]:
                        for y in bins[b]:
                            if x.size == y.size and x.rigid == y.rigid and x.q == y.q and x.count == y.count:
                                continue
                            if stats[a][3] - x.size + y.size > cap or stats[b][3] - y.size + x.size > cap:
                                continue
                            ca = cost_with(stats[a], x, y)
                            cb = cost_with(stats[b], y, x)
                            if ca + cb < cost[a] + cost[b]:
                                bins[a].remove(x)
                                bins[b].remove(y)
                                bins[a].append(y)
                                bins[b].append(x)
                                add(stats[a], x, -1)
                                add(stats[a], y, 1)
                                add(stats[b], y, -1)
                                add(stats[b], x, 1)
                                cost[a], cost[b] = ca, cb
                                improved = swapped = True
                                break
                        if swapped:
                            break
        if not improved:
            break
    return bins


# --------------------------------------------------------------------------------------------------
# changes by hand


def move_learners(plan: SplitPlan, *, group: str, count: int, source: int, target: int) -> SplitPlan:
    """Move ``count`` learners of ``group`` from class ``source`` to class ``target`` (0-based)."""
    n = len(plan.classes)
    for index, what in ((source, "chuyển đi"), (target, "chuyển đến")):
        if not 0 <= index < n:
            raise UserError(f"Lớp {what} số {index + 1} không có (kế hoạch có {n} lớp).")
    if source == target:
        raise UserError("Lớp chuyển đi và lớp chuyển đến phải khác nhau.")
    count = _positive(count, "Số học viên cần chuyển")
    have = plan.classes[source].count_of(group)
    if have == 0:
        raise UserError(f"Lớp {source + 1} không có học viên nhóm “{group}”.")
    if count > have:
        raise UserError(
            f"Lớp {source + 1} chỉ có {format_count(have)} học viên nhóm “{group}”, không thể chuyển {count}."
        )
    order = {g.name: i for i, g in enumerate(plan.groups)}
    classes = list(plan.classes)
    classes[source] = _with_delta(classes[source], group, -count, order)
    classes[target] = _with_delta(classes[target], group, count, order)
    return SplitPlan(plan.groups, tuple(classes), plan.capacity, plan.requested_classes)


def _with_delta(cls: ProposedClass, group: str, delta: int, order: Mapping[str, int]) -> ProposedClass:
    counts = {p.name: p.count for p in cls.portions}
    counts[group] = counts.get(group, 0) + delta
    kept = sorted((name for name, c in counts.items() if c > 0), key=lambda name: order.get(name, len(order)))
    return ProposedClass(tuple(Portion(name, counts[name]) for name in kept))


def add_class(plan: SplitPlan) -> SplitPlan:
    """An empty class at the end, to move learners into."""
    return SplitPlan(plan.groups, (*plan.classes, ProposedClass()), plan.capacity, plan.requested_classes)


def remove_class(plan: SplitPlan, index: int) -> SplitPlan:
    """Remove an empty class (move its learners out first)."""
    if not 0 <= index < len(plan.classes):
        raise UserError(f"Lớp số {index + 1} không có.")
    if plan.classes[index].size:
        left = format_count(plan.classes[index].size)
        raise UserError(f"Lớp {index + 1} còn {left} học viên; hãy chuyển họ sang lớp khác trước.")
    return SplitPlan(
        plan.groups, plan.classes[:index] + plan.classes[index + 1 :], plan.capacity, plan.requested_classes
    )


def assign_people(
    plan: SplitPlan,
    people: Mapping[str, Sequence[T]],
    *,
    spread_by: Callable[[T], Hashable] | None = None,
) -> list[list[T]]:
    """Deal each group's people into the classes that hold that group, as many as the plan says.
    With ``spread_by`` (for example a person's department), people with the same key are spread over
    the group's classes in proportion, so that classes held on different days do not take a whole
    department away at once; otherwise they are dealt in the order given."""
    rosters: list[list[T]] = [[] for _ in plan.classes]
    for g in plan.groups:
        members = list(people.get(g.name, ()))
        portions = [(i, c.count_of(g.name)) for i, c in enumerate(plan.classes) if c.count_of(g.name)]
        planned = sum(c for _, c in portions)
        if len(members) != planned:
            raise UserError(
                f"Nhóm “{g.name}”: kế hoạch có {format_count(planned)} học viên nhưng danh sách có "
                f"{format_count(len(members))} người."
            )
        if spread_by is None:
            start = 0
            for i, c in portions:
                rosters[i].extend(members[start : start + c])
                start += c
            continue
        keyed = sorted(range(len(members)), key=lambda k: (repr(spread_by(members[k])), k))
        given = [0] * len(portions)
        n = len(members)
        for step, k in enumerate(keyed, 1):
            j = max(
                (j for j in range(len(portions)) if given[j] < portions[j][1]),
                key=lambda j: (portions[j][1] * step / n - given[j], -j),
            )
            given[j] += 1
            rosters[portions[j][0]].append(members[k])
    return rosters


def move_people(rosters: Sequence[Sequence[T]], people: Sequence[T], target: int) -> list[list[T]]:
    """Move the given people (from whatever class they are in) to class ``target``."""
    if not 0 <= target < len(rosters):
        raise UserError(f"Lớp số {target + 1} không có.")
    moving = list(people)
    out = [[p for p in roster if p not in moving] for roster in rosters]
    placed = [p for roster in rosters for p in roster]
    for p in moving:
        if p not in placed:
            raise UserError(f"“{p}” không có trong lớp nào.")
    out[target].extend(p for p in moving if p not in out[target])
    return out
