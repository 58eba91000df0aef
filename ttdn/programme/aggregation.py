"""Read side: indicator values per agency and period, aggregated across org-unit changes.

A figure for a unit that did not exist during the period (e.g. a 2024 figure for a province
formed on 1/7/2025) is computed from the units that did exist then, following succession links
backwards and multiplying weights: SUM adds weighted values, MEAN is the weighted mean, MIN/MAX
take the extreme (a yes/no indicator aggregated with MIN is "yes" only if every predecessor said
yes). Formula indicators aggregate numerator and denominator first, then divide.

The reference day of a period is its last day: a unit counts for a period if it was valid then.
Only approved or accepted reports count by default.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from ttdn.accounts.models import Agency

from .models import AgencySuccession, Indicator, IndicatorTarget, Period, Report, ReportValue

COUNTED = (Report.Status.APPROVED, Report.Status.ACCEPTED)
NON_REPORTING_KINDS = {Agency.Kind.STEERING, Agency.Kind.COMMUNE}
ONE = Decimal(1)


class SuccessionGraph:
    """All units and succession links, loaded once (a few hundred rows) for a batch of lookups."""

    def __init__(self) -> None:
        self.agencies = {a.pk: a for a in Agency.objects.all()}
        self.links: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
        for pred, succ, weight in AgencySuccession.objects.filter(weight__gt=0).values_list(
            "predecessor_id", "successor_id", "weight"
        ):
            self.links[succ].append((pred, weight))

    def source_units(self, agency_id: int, on: date, _seen: frozenset[int] = frozenset()) -> dict[int, Decimal]:
        agency = self.agencies[agency_id]
        if agency.is_valid_on(on):
            return {agency_id: ONE}
        if agency.valid_from is None or on >= agency.valid_from or agency_id in _seen:
            return {}  # ended before `on`: its figures went to successors, not the other way round
        out: dict[int, Decimal] = defaultdict(Decimal)
        for pred, link_weight in self.links.get(agency_id, []):
            for pk, weight in self.source_units(pred, on, _seen | {agency_id}).items():
                out[pk] += weight * link_weight
        return dict(out)


def source_units(agency: Agency, on: date, graph: SuccessionGraph | None = None) -> dict[int, Decimal]:
    """{agency id: weight} of the units valid on `on` whose figures make up `agency`'s."""
    return (graph or SuccessionGraph()).source_units(agency.pk, on)


@dataclass(frozen=True)
class Contribution:
    agency_id: int
    weight: Decimal
    value: Decimal | None


@dataclass(frozen=True)
class AggregatedValue:
    value: Decimal | None
    contributions: tuple[Contribution, ...] = ()
    derived: bool = False  # computed from predecessor units

    @property
    def n_sources(self) -> int:
        return len(self.contributions)

    @property
    def n_missing(self) -> int:
        return sum(1 for c in self.contributions if c.value is None)

    @property
    def note(self) -> str:
        if not self.derived:
            return ""
        text = ngettext(
            "tổng hợp từ %(n)d đơn vị trước sáp nhập", "tổng hợp từ %(n)d đơn vị trước sáp nhập", self.n_sources
        ) % {"n": self.n_sources}
        if self.n_missing:
            text += _(" (thiếu số liệu của %(m)d đơn vị)") % {"m": self.n_missing}
        return text


def combine(aggregation: str, pairs: list[tuple[Decimal, Decimal | None]]) -> Decimal | None:
    """Combine (weight, value) pairs, skipping missing values; None when there is nothing to combine."""
    parts = [(w, v) for w, v in pairs if v is not None]
    if not parts:
        return None
    if aggregation == Indicator.Aggregation.SUM:
        return sum((w * v for w, v in parts), Decimal(0))
    if aggregation == Indicator.Aggregation.MEAN:
        total = sum(w for w, _ in parts)
        return sum((w * v for w, v in parts), Decimal(0)) / total if total else None
    if aggregation == Indicator.Aggregation.MIN:
        return min(v for _, v in parts)
    return max(v for _, v in parts)


class ValueTable:
    """Counted report values of one period, loaded once, aggregated per agency."""

    def __init__(
        self, period: Period, statuses: tuple[str, ...] = COUNTED, graph: SuccessionGraph | None = None
    ) -> None:
        self.period = period
        self.graph = graph or SuccessionGraph()
        self.values: dict[tuple[int, int], Decimal | None] = {}
        rows = ReportValue.objects.filter(report__period=period, report__status__in=statuses).values_list(
            "report__agency_id", "indicator_id", "value"
        )
        for agency_id, indicator_id, value in rows:
            self.values[(agency_id, indicator_id)] = value
        self._sources: dict[int, dict[int, Decimal]] = {}

    def sources(self, agency: Agency) -> dict[int, Decimal]:
        if agency.pk not in self._sources:
            self._sources[agency.pk] = self.graph.source_units(agency.pk, self.period.end)
        return self._sources[agency.pk]

    def _plain(self, indicator: Indicator, agency: Agency) -> AggregatedValue:
        units = self.sources(agency)
        contributions = tuple(
            Contribution(pk, w, self.values.get((pk, indicator.pk))) for pk, w in sorted(units.items())
        )
        value = combine(indicator.aggregation, [(c.weight, c.value) for c in contributions])
        derived = bool(units) and set(units) != {agency.pk}
        return AggregatedValue(value, contributions, derived)

    def get(self, indicator: Indicator, agency: Agency) -> AggregatedValue:
        if not indicator.is_formula:
            return self._plain(indicator, agency)
        # Indicator.clean() requires both operands on a formula indicator.
        assert indicator.numerator is not None and indicator.denominator is not None
        num = self._plain(indicator.numerator, agency)
        den = self._plain(indicator.denominator, agency)
        value = None
        if num.value is not None and den.value:
            value = num.value / den.value * indicator.factor
        return AggregatedValue(value, den.contributions, den.derived)


def aggregate(
    indicator: Indicator, agency: Agency, period: Period, statuses: tuple[str, ...] = COUNTED
) -> AggregatedValue:
    return ValueTable(period, statuses).get(indicator, agency)


def formula_value(indicator: Indicator, values: dict[int, Decimal | None]) -> Decimal | None:
    """A formula indicator from one report's stored values (indicator id → value)."""
    if indicator.numerator_id is None or indicator.denominator_id is None:
        return None
    num, den = values.get(indicator.numerator_id), values.get(indicator.denominator_id)
    if num is None or not den:
        return None
    return num / den * indicator.factor


# --- targets and compliance ----------------------------------------------------------------


def target_for(
    indicator: Indicator, agency_kind: str, period: Period, targets: list[IndicatorTarget] | None = None
) -> Decimal | None:
    """The most specific target: an exact period beats a period type, which beats any period;
    a matching unit kind breaks ties."""
    best: tuple[int, Decimal] | None = None
    candidates = targets if targets is not None else list(IndicatorTarget.objects.filter(indicator=indicator))
    for target in candidates:
        if target.period_id and target.period_id != period.pk:
            continue
        if target.period_type and target.period_type != period.type:
            continue
        if target.agency_kind and target.agency_kind != agency_kind:
            continue
        score = (4 if target.period_id else 0) + (2 if target.period_type else 0) + (1 if target.agency_kind else 0)
        if best is None or score > best[0]:
            best = (score, target.value)
    return best[1] if best else None


def meets(indicator: Indicator, value: Decimal | None, target: Decimal | None) -> bool | None:
    if value is None:
        return None
    if target is None:
        return True
    return value >= target if indicator.higher_is_better else value <= target


class Compliance:
    COMPLIANT = "compliant"
    NOT_COMPLIANT = "not_compliant"
    PENDING = "pending"  # report in the workflow, not yet approved
    OVERDUE = "overdue"  # deadline passed, nothing approved
    NOT_DUE = "not_due"

    LABELS = {  # translated where shown
        "compliant": gettext_noop("Đạt"),
        "not_compliant": gettext_noop("Không đạt"),
        "pending": gettext_noop("Chờ duyệt"),
        "overdue": gettext_noop("Quá hạn, chưa có số liệu"),
        "not_due": gettext_noop("Chưa đến hạn"),
    }


@dataclass
class ComplianceRow:
    agency: Agency
    report: Report | None
    value: AggregatedValue
    target: Decimal | None
    status: str
    late: bool
    predecessor_reports: list[Report] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return _(Compliance.LABELS[self.status])


def reporting_agencies(
    indicator: Indicator, on: date, agency_ids: set[int] | None = None, graph: SuccessionGraph | None = None
) -> list[Agency]:
    agencies = graph.agencies.values() if graph else Agency.objects.all()
    chosen = [
        a
        for a in agencies
        if a.kind not in NON_REPORTING_KINDS
        and (agency_ids is None or a.pk in agency_ids)
        and a.is_valid_on(on)
        and indicator.applies_to_kind(a.kind)
    ]
    return sorted(chosen, key=lambda a: (a.kind, a.code))


def compliance(
    indicator: Indicator,
    period: Period,
    *,
    as_of: date | None = None,
    agency_ids: set[int] | None = None,
    today: date | None = None,
    graph: SuccessionGraph | None = None,
) -> list[ComplianceRow]:
    """One row per reporting unit valid on `as_of` (default: the period's last day)."""
    today = today or timezone.localdate()
    as_of = as_of or period.end
    graph = graph or SuccessionGraph()
    table = ValueTable(period, graph=graph)
    targets = list(IndicatorTarget.objects.filter(indicator=indicator))
    reports = {r.agency_id: r for r in Report.objects.filter(period=period).select_related("agency", "period")}
    rows = []
    for agency in reporting_agencies(indicator, as_of, agency_ids, graph):
        value = table.get(indicator, agency)
        own = reports.get(agency.pk)
        sources = [reports[pk] for pk in table.sources(agency) if pk in reports and pk != agency.pk]
        involved = [own] if own else sources
        target = target_for(indicator, agency.kind, period, targets)
        ok = meets(indicator, value.value, target)
        if ok is True:
            status = Compliance.COMPLIANT
        elif ok is False:
            status = Compliance.NOT_COMPLIANT
        elif any(r.status == Report.Status.SUBMITTED for r in involved):
            status = Compliance.PENDING
        elif today > period.deadline:
            status = Compliance.OVERDUE
        else:
            status = Compliance.NOT_DUE
        # "Late" means first sent after the deadline; missing reports are OVERDUE instead.
        late = any(r.first_submitted_at is not None and r.is_late(today) for r in involved)
        rows.append(ComplianceRow(agency, own, value, target, status, late, sources))
    return rows


def summary(rows: list[ComplianceRow]) -> dict[str, int]:
    counts = dict.fromkeys(Compliance.LABELS, 0)
    for row in rows:
        counts[row.status] += 1
    counts["total"] = len(rows)
    counts["late"] = sum(1 for r in rows if r.late)
    return counts


def trend(
    indicator: Indicator,
    period_type: str,
    agency_ids: set[int] | None = None,
    today: date | None = None,
    current_units: bool = False,
) -> list[dict]:
    """Compliance rate per period of one type, for periods that have started; with
    `current_units`, past periods are regrouped into today's units."""
    today = today or timezone.localdate()
    graph = SuccessionGraph()
    out = []
    for period in Period.objects.filter(type=period_type, start__lte=today).order_by("start"):
        as_of = today if current_units and today > period.end else None
        rows = compliance(indicator, period, as_of=as_of, agency_ids=agency_ids, today=today, graph=graph)
        if not rows:
            continue
        s = summary(rows)
        out.append(
            {
                "period": period.code,
                "label": str(period.label),
                "compliant": s["compliant"],
                "expected": s["total"],
                "rate": round(100 * s["compliant"] / s["total"], 1),
            }
        )
    return out
