"""The spike detector on synthetic series (pure functions, no database)."""

from __future__ import annotations

import random

from ttdn.alerts.detection import SpikeParams, detect_spike, negbin_sf, poisson_sf, scan, weekday_factors


def _weekly(days: int, level: float = 20.0, seed: int = 1) -> tuple[list[float], list[int]]:
    rng = random.Random(seed)
    pattern = [1.2, 1.1, 1.1, 1.0, 1.0, 0.5, 0.4]  # Monday … Sunday
    values = [float(max(0, round(rng.gauss(level * pattern[d % 7], 2.0)))) for d in range(days)]
    return values, [d % 7 for d in range(days)]


def test_tail_probabilities_match_known_values():
    assert abs(poisson_sf(5, 2.0) - 0.052653) < 1e-5
    assert abs(poisson_sf(30, 10.0) - 2.50995e-07) < 1e-10
    assert abs(negbin_sf(20, 10, 30) - 0.0593512) < 1e-6
    assert negbin_sf(0, 10, 30) == 1.0


def test_spike_is_found():
    values, weekdays = _weekly(28)
    result = detect_spike(values, 3 * 24, SpikeParams(), weekdays, 0)  # a Monday three times its usual level
    assert result.fired and result.reason == "spike"
    assert result.z > 3 and result.p_value < 0.001 and 18 < result.expected < 30


def test_normal_day_is_not_a_spike():
    values, weekdays = _weekly(28)
    assert not detect_spike(values, 25, SpikeParams(), weekdays, 0).fired


def test_quiet_day_under_min_count_never_alarms():
    history = [0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0] * 4
    result = detect_spike(history, 4, SpikeParams(min_count=5))
    assert not result.fired and result.reason == "quiet"
    assert detect_spike(history, 8, SpikeParams(min_count=5)).fired


def test_seasonality_a_busy_monday_after_quiet_weekend_is_normal():
    values, weekdays = _weekly(28, seed=3)
    monday = 26.0  # normal for a Monday (≈ 24), twice a Sunday
    seasonal = detect_spike(values, monday, SpikeParams(), weekdays, 0)
    assert not seasonal.fired
    # Sundays carry 40 % of the level: the same count on a Sunday is a spike.
    assert detect_spike(values, monday, SpikeParams(), weekdays, 6).fired
    factors = weekday_factors(values, weekdays)
    assert factors[0] > 1.05 and factors[6] < 0.7


def test_too_little_history_is_no_baseline():
    assert detect_spike([3.0, 4.0], 50).reason == "no_baseline"


def test_scan_finds_injected_spikes():
    values, weekdays = _weekly(120, seed=5)
    for day in (40, 80, 110):
        values[day] *= 3
    fired = [i for i, r in enumerate(scan(values, weekdays)) if r is not None and r.fired]
    assert {40, 80, 110} <= set(fired)
    assert len(fired) <= 5


def test_params_from_dict():
    params = SpikeParams.from_dict({"z_threshold": "4", "min_count": "2", "seasonal": "false", "junk": 1})
    assert params.z_threshold == 4.0 and params.min_count == 2 and params.seasonal is False
