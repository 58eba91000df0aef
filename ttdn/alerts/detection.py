"""Spike statistics for alert rules: pure Python, no Django, so they can be evaluated on synthetic series.

A day's count is compared with a rolling baseline (the previous `baseline_days` days):

- **weekly seasonality**: multiplicative weekday factors estimated from the baseline itself
  (mean of each weekday / overall mean, shrunk toward 1 when the baseline is short), so a Monday is
  compared with Mondays;
- **robust z-score**: (count − expected) / scale, where `expected` is the median of the
  deseasonalised baseline times today's factor and `scale` is 1.4826·MAD, floored by the Poisson
  standard deviation √expected (a flat baseline has MAD 0 and must not make every +1 an alarm);
- **tail test**: P(X ≥ count) under a negative binomial with the baseline's mean and its (robust)
  variance, or a Poisson when the baseline is not over-dispersed.

A day alarms when count ≥ `min_count` (a quiet day never alarms) and the chosen test(s) pass.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

MAD_TO_SIGMA = 1.4826


@dataclass(frozen=True)
class SpikeParams:
    baseline_days: int = 28
    method: str = "both"  # "robust" (z only), "tail" (NB/Poisson only), "both" (z and tail), "either"
    z_threshold: float = 3.0
    p_threshold: float = 0.001
    min_count: int = 5
    min_ratio: float = 1.5  # count must also be at least this multiple of the expected value
    seasonal: bool = True

    @classmethod
    def from_dict(cls, data: dict[str, object] | None) -> SpikeParams:
        data = data or {}
        fields = cls.__dataclass_fields__
        kwargs: dict[str, object] = {}
        for name, spec in fields.items():
            if name in data and data[name] not in (None, ""):
                kind = type(spec.default)
                value = data[name]
                if kind is bool:
                    kwargs[name] = (
                        value if isinstance(value, bool) else str(value).lower() in ("1", "true", "on", "yes")
                    )
                else:
                    kwargs[name] = kind(value)  # type: ignore[call-arg,misc]
        return cls(**kwargs)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SpikeResult:
    fired: bool
    count: float
    expected: float
    z: float
    p_value: float
    ratio: float
    reason: str  # "spike", "quiet" (under min_count), "normal", "no_baseline"

    def as_dict(self) -> dict[str, object]:
        return {
            "fired": self.fired,
            "count": self.count,
            "expected": round(self.expected, 3),
            "z": round(self.z, 3) if math.isfinite(self.z) else None,
            "p_value": self.p_value,
            "ratio": round(self.ratio, 3) if math.isfinite(self.ratio) else None,
            "reason": self.reason,
        }


def weekday_factors(values: Sequence[float], weekdays: Sequence[int], shrink: float = 2.0) -> dict[int, float]:
    """Multiplicative weekday factors (mean of the weekday / overall mean), shrunk toward 1.

    With n observations of a weekday, the factor is (n·raw + shrink·1) / (n + shrink), so four
    weeks of baseline give 2/3 of the raw effect and a single week only 1/3.
    """
    overall = sum(values) / len(values) if values else 0.0
    if overall <= 0:
        return dict.fromkeys(range(7), 1.0)
    sums: dict[int, list[float]] = {}
    for value, weekday in zip(values, weekdays, strict=True):
        sums.setdefault(weekday, []).append(value)
    factors = {}
    for w in range(7):
        seen = sums.get(w, [])
        raw = (sum(seen) / len(seen)) / overall if seen else 1.0
        factors[w] = (len(seen) * raw + shrink) / (len(seen) + shrink)
    return factors


def poisson_sf(k: float, lam: float) -> float:
    """P(X ≥ k) for X ~ Poisson(lam)."""
    k = math.ceil(k)
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    # Sum the lower tail in log space; terms beyond the mode shrink fast.
    total = 0.0
    log_term = -lam  # log P(X = 0)
    for i in range(k):
        if i:
            log_term += math.log(lam) - math.log(i)
        total += math.exp(log_term)
    return max(0.0, min(1.0, 1.0 - total)) if total < 0.999999 else _poisson_upper(k, lam)


def _poisson_upper(k: int, lam: float) -> float:
    """Upper tail summed directly (accurate for tiny p-values)."""
    log_term = k * math.log(lam) - lam - math.lgamma(k + 1)
    total = 0.0
    i = k
    while True:
        term = math.exp(log_term)
        total += term
        if term < total * 1e-12 or i > k + 10000:
            break
        i += 1
        log_term += math.log(lam) - math.log(i)
    return min(1.0, total)


def negbin_sf(k: float, mean: float, variance: float) -> float:
    """P(X ≥ k) for a negative binomial with this mean and variance (Poisson when variance ≤ mean)."""
    if variance <= mean * 1.05 or mean <= 0:
        return poisson_sf(k, mean)
    k = math.ceil(k)
    if k <= 0:
        return 1.0
    r = mean * mean / (variance - mean)  # size
    p = r / (r + mean)  # success probability
    log_term = r * math.log(p)  # log P(X = 0)
    total = math.exp(log_term)
    terms = [total]
    for i in range(1, k):
        log_term += math.log(i - 1 + r) - math.log(i) + math.log(1 - p)
        terms.append(math.exp(log_term))
    lower = sum(terms)
    if lower < 0.999999:
        return max(0.0, 1.0 - lower)
    # Sum the upper tail directly for accuracy.
    log_term += math.log(k - 1 + r) - math.log(k) + math.log(1 - p)
    upper = 0.0
    i = k
    while True:
        term = math.exp(log_term)
        upper += term
        if term < upper * 1e-12 or i > k + 10000:
            break
        i += 1
        log_term += math.log(i - 1 + r) - math.log(i) + math.log(1 - p)
    return min(1.0, upper)


def detect_spike(
    history: Sequence[float],
    count: float,
    params: SpikeParams | None = None,
    history_weekdays: Sequence[int] | None = None,
    weekday: int | None = None,
) -> SpikeResult:
    """Is `count` a spike against `history` (oldest first, the days just before)?

    `history_weekdays`/`weekday` (0 = Monday) switch on the weekly seasonal adjustment.
    """
    params = params or SpikeParams()
    values = [float(v) for v in history[-params.baseline_days :]] if params.baseline_days else list(history)
    days = list(history_weekdays[-len(values) :]) if history_weekdays is not None and values else None
    if len(values) < 7:
        return SpikeResult(False, count, 0.0, 0.0, 1.0, 0.0, "no_baseline")
    factor = 1.0
    adjusted = values
    if params.seasonal and days is not None and weekday is not None:
        factors = weekday_factors(values, days)
        adjusted = [v / factors[d] for v, d in zip(values, days, strict=True)]
        factor = factors[weekday]
    centre = median(adjusted)
    mad = median([abs(v - centre) for v in adjusted])
    expected = centre * factor
    mean = sum(adjusted) / len(adjusted) * factor
    scale = max(MAD_TO_SIGMA * mad * factor, math.sqrt(max(expected, 1.0)))
    z = (count - expected) / scale
    robust_var = (MAD_TO_SIGMA * mad * factor) ** 2
    sample_var = sum((v * factor - mean) ** 2 for v in adjusted) / (len(adjusted) - 1)
    # The robust variance resists past spikes; the sample variance catches genuinely bursty series.
    variance = max(robust_var, min(sample_var, 4 * robust_var + mean))
    p_value = negbin_sf(count, max(expected, 0.5), max(variance, expected))
    ratio = count / expected if expected > 0 else math.inf
    if count < params.min_count:
        return SpikeResult(False, count, expected, z, p_value, ratio, "quiet")
    z_ok = z >= params.z_threshold
    p_ok = p_value <= params.p_threshold
    passed = {"robust": z_ok, "tail": p_ok, "either": z_ok or p_ok}.get(params.method, z_ok and p_ok)
    fired = passed and ratio >= params.min_ratio
    return SpikeResult(fired, count, expected, z, p_value, ratio, "spike" if fired else "normal")


def fixed_threshold(count: float, threshold: float) -> bool:
    """The naive detector the evaluation compares against: alarm when the count reaches a constant."""
    return count >= threshold


def scan(
    series: Sequence[float],
    weekdays: Sequence[int] | None,
    params: SpikeParams | None = None,
) -> list[SpikeResult | None]:
    """Run `detect_spike` over every day of a series (None for days without enough history)."""
    params = params or SpikeParams()
    out: list[SpikeResult | None] = []
    for i, value in enumerate(series):
        start = max(0, i - params.baseline_days)
        if i - start < 7:
            out.append(None)
            continue
        out.append(
            detect_spike(
                series[start:i],
                value,
                params,
                weekdays[start:i] if weekdays is not None else None,
                weekdays[i] if weekdays is not None else None,
            )
        )
    return out
