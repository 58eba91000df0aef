"""Evaluate the spike detector on synthetic daily series with injected spikes (`ttdn alerts-eval`).

Pure Python (no Django). Each series has a level (3–300 articles a day), weekly seasonality
(weekends lower), a slow trend (±40 % over the period), negative-binomial noise and spikes of
known size injected at known days; a spike lasts 1–3 days and grows (×(1 + s/2) on its first day
when it lasts several days, then ×(1 + s)). Scored per spike event:

- recall: spikes with at least one alarm on one of their days;
- precision: alarms on a spike day / all alarms (an alarm on any day of a spike counts once);
- delay: days from the spike's first day to its first alarm (0 = the same day).

The naive baseline alarms when a day reaches a fixed threshold: twice the mean of the first four
weeks (the "alert me when volume doubles" setting a user would type in).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import median
from typing import Any

from .detection import SpikeParams, scan

WEEKLY = (1.15, 1.1, 1.1, 1.05, 1.0, 0.6, 0.5)  # Monday … Sunday (sums to ≈ 6.5: mean ≈ 0.93)


@dataclass(frozen=True)
class Spike:
    start: int
    length: int
    size: float  # relative increase at the peak: 1.0 = twice the usual level


@dataclass(frozen=True)
class Series:
    values: list[float]
    weekdays: list[int]
    spikes: list[Spike]
    level: float


def _negbin(rng: random.Random, mean: float, dispersion: float) -> int:
    """A negative-binomial draw as a gamma–Poisson mixture (variance = mean + mean² / dispersion)."""
    if mean <= 0:
        return 0
    lam = rng.gammavariate(dispersion, mean / dispersion)
    # Poisson by inversion for small λ, normal approximation for large λ.
    if lam > 60:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    threshold, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= threshold:
            return k
        k += 1


def make_series(
    rng: random.Random, days: int = 182, spikes: int = 3, level: float | None = None, warmup: int = 35
) -> Series:
    level = level if level is not None else math.exp(rng.uniform(math.log(3), math.log(300)))
    trend = rng.uniform(-0.4, 0.4)
    start_weekday = rng.randrange(7)
    dispersion = rng.uniform(8, 40)
    placed: list[Spike] = []
    tries = 0
    while len(placed) < spikes and tries < 100:
        tries += 1
        start = rng.randrange(warmup, days - 3)
        length = rng.choice((1, 1, 2, 3))
        if any(abs(start - s.start) < 21 for s in placed):  # spikes well apart: the baseline recovers
            continue
        placed.append(Spike(start, length, rng.choice((0.5, 1.0, 1.5, 2.0, 3.0))))
    placed.sort(key=lambda s: s.start)
    multiplier = [1.0] * days
    for s in placed:
        for i in range(s.length):
            if s.start + i < days:
                grow = 0.5 if (s.length > 1 and i == 0) else 1.0
                multiplier[s.start + i] = 1.0 + s.size * grow
    weekdays = [(start_weekday + d) % 7 for d in range(days)]
    values = []
    for d in range(days):
        mean = level * (1 + trend * d / days) * WEEKLY[weekdays[d]] * multiplier[d]
        values.append(float(_negbin(rng, mean, dispersion)))
    return Series(values, weekdays, placed, level)


@dataclass
class Score:
    alarms: int = 0
    true_alarms: int = 0
    spikes: int = 0
    found: int = 0
    delays: list[int] | None = None

    @property
    def precision(self) -> float:
        return self.true_alarms / self.alarms if self.alarms else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.spikes if self.spikes else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def median_delay(self) -> float:
        return float(median(self.delays)) if self.delays else float("nan")


def score(series: Sequence[Series], alarms_of: Callable[[Series], list[bool]], warmup: int = 35) -> Score:
    result = Score(delays=[])
    assert result.delays is not None
    for s in series:
        alarms = alarms_of(s)
        spike_day: dict[int, Spike] = {}
        for spike in s.spikes:
            for i in range(spike.length):
                spike_day[spike.start + i] = spike
        hit: dict[int, int] = {}
        counted: set[int] = set()
        for day, alarm in enumerate(alarms):
            if not alarm or day < warmup:
                continue
            during = spike_day.get(day)
            if during is None:
                result.alarms += 1
            elif during.start not in counted:  # one alarm per spike event
                counted.add(during.start)
                result.alarms += 1
                result.true_alarms += 1
                hit.setdefault(during.start, day - during.start)
        result.spikes += len(s.spikes)
        result.found += len(hit)
        result.delays.extend(hit.values())
    return result


def detector_alarms(params: SpikeParams) -> Callable[[Series], list[bool]]:
    def alarms(s: Series) -> list[bool]:
        return [bool(r and r.fired) for r in scan(s.values, s.weekdays, params)]

    return alarms


def fixed_alarms(factor: float = 2.0, weeks: int = 4, min_count: int = 5) -> Callable[[Series], list[bool]]:
    def alarms(s: Series) -> list[bool]:
        threshold = max(min_count, factor * sum(s.values[: 7 * weeks]) / (7 * weeks))
        return [v >= threshold for v in s.values]

    return alarms


def run(n_series: int = 300, seed: int = 2026) -> dict[str, Score]:
    rng = random.Random(seed)
    data = [make_series(rng) for _ in range(n_series)]
    results = {
        "robust z + NB tail (default)": score(data, detector_alarms(SpikeParams())),
        "robust z only": score(data, detector_alarms(SpikeParams(method="robust"))),
        "NB tail only": score(data, detector_alarms(SpikeParams(method="tail"))),
        "default without seasonality": score(data, detector_alarms(SpikeParams(seasonal=False))),
        "fixed threshold 2× first-4-week mean": score(data, fixed_alarms(2.0)),
        "fixed threshold 1.5× first-4-week mean": score(data, fixed_alarms(1.5)),
    }
    by_size: dict[float, list[Series]] = {}
    for s in data:
        for spike in s.spikes:
            by_size.setdefault(spike.size, []).append(Series(s.values, s.weekdays, [spike], s.level))
    for size, items in sorted(by_size.items()):
        sc = score(items, detector_alarms(SpikeParams()))
        results[f"recall of default at +{int(size * 100)} %"] = Score(
            spikes=sc.spikes, found=sc.found, delays=sc.delays
        )
    return results


def table(results: dict[str, Score]) -> str:
    lines = [
        "| detector | precision | recall | F1 | median delay (days) | alarms |",
        "|---|---|---|---|---|---|",
    ]
    for name, sc in results.items():
        if name.startswith("recall of"):
            lines.append(f"| {name} | | {sc.recall:.3f} | | {sc.median_delay:.0f} | |")
        else:
            lines.append(
                f"| {name} | {sc.precision:.3f} | {sc.recall:.3f} | {sc.f1:.3f} | {sc.median_delay:.0f} | {sc.alarms} |"
            )
    return "\n".join(lines)


def demo_series(today: Any = None) -> tuple[list[float], list[int], list[Any]]:
    """Daily stories of the demo corpus (generator metadata: copies excluded), oldest first."""
    from datetime import date, timedelta

    from ttdn.articles.demo_corpus import generate_corpus

    today = today or date.today()
    items = generate_corpus(today=today)
    first = min(i["published_at"].date() for i in items)
    days = [first + timedelta(days=k) for k in range((today - first).days + 1)]
    counts = dict.fromkeys(days, 0.0)
    for item in items:
        if item["demo"].get("syndication_role") != "copy":
            counts[item["published_at"].date()] = counts.get(item["published_at"].date(), 0.0) + 1
    return [counts[d] for d in days], [d.weekday() for d in days], days
