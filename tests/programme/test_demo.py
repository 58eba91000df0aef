from ttdn.programme.demo import load_demo
from ttdn.programme.models import Report


def test_demo_is_idempotent_and_tells_a_story(db, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    load_demo(lambda _msg: None)
    statuses = dict.fromkeys(Report.Status.values, 0)
    for status in Report.objects.values_list("status", flat=True):
        statuses[status] += 1
    assert all(statuses.values()), statuses  # every workflow state appears
    assert any(r.is_late() for r in Report.objects.filter(period__year=2026))
    count = Report.objects.count()
    load_demo(lambda _msg: None)
    assert Report.objects.count() == count
    regulation = Report.objects.filter(period__year=2024, values__indicator__code="QC", values__value=0)
    assert set(regulation.values_list("agency__code", flat=True)) == {"T87", "T80", "T38", "T91", "T77", "T83"}
