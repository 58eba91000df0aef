"""The spike evaluation beats the fixed threshold; the demo step fires an alert and is idempotent."""

from __future__ import annotations

import random

import pytest
from django.core.management import call_command

from tests.rollups.factories import make_analysed
from ttdn.accounts.models import Agency, Role
from ttdn.alerts.detection import SpikeParams
from ttdn.alerts.evaluation import detector_alarms, fixed_alarms, make_series, score
from ttdn.alerts.models import Alert, AlertRule


def test_detector_beats_fixed_threshold_on_synthetic_series():
    rng = random.Random(7)
    data = [make_series(rng) for _ in range(40)]
    ours = score(data, detector_alarms(SpikeParams()))
    naive = score(data, fixed_alarms(2.0))
    assert ours.f1 > naive.f1 and ours.precision > naive.precision
    assert ours.median_delay <= 1


def test_eval_command_prints_the_table(capsys):
    call_command("alerts_eval", series=5)
    out = capsys.readouterr().out
    assert "| robust z + NB tail (default) |" in out and "fixed threshold" in out


@pytest.mark.django_db
def test_demo_rules_fire_once(make_user, agencies):
    from ttdn.alerts.demo import load_demo

    make_user("responder", agencies["mofa"], (Role.RESPONDER, Role.ANALYST))
    make_user("bcd.lead", agencies["steering"], (Role.REVIEWER,))
    assert Agency.objects.filter(code="BNG").exists()
    make_analysed("Hội thảo quốc tế về Biển Đông", days_ago=2)
    logs: list[str] = []
    load_demo(logs.append)
    assert AlertRule.objects.count() == 5
    assert Alert.objects.filter(rule__kind="watch").count() == 1
    before = Alert.objects.count()
    load_demo(logs.append)
    assert AlertRule.objects.count() == 5 and Alert.objects.count() == before
