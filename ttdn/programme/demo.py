"""Programme demo: a year (2026) of plans, tasks and quarterly reports for several agencies, some
late, some returned, some approved or accepted; 2024 and 2025 history across the 63 → 34 merger;
training courses; index targets. Idempotent: every step checks what already exists.

Demo users (password DEMO_PASSWORD, printed by `ttdn demo`) are listed in docs/PROGRAMME.md.
Workflow steps go through the services; only the demo's simulated submission dates are
back-dated afterwards, so that "late" means something in a demo loaded today.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction

from ttdn.accounts.demo import DEMO_ADMIN, ensure_admin
from ttdn.accounts.models import Agency, Membership, Role
from ttdn.accounts.services import add_member

from . import services
from .models import IndexTarget, InternationalIndex, Period, Plan, Report, TaskGroup, TrainingCourse
from .reference import load_reference

Log = Callable[[str], None]
DEMO_PASSWORD = DEMO_ADMIN[1]  # one demo password for every demo account
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
S = Report.Status

# username, agency code, roles
DEMO_USERS = [
    ("tinh.hanoi", "T01", (Role.REPORTER,)),
    ("tinh.hcm", "T79-2025", (Role.REPORTER,)),
    ("tinh.danang", "T48-2025", (Role.REPORTER,)),
    ("tinh.quangninh", "T22", (Role.REPORTER,)),
    ("tinh.thanhhoa", "T38", (Role.REPORTER,)),
    ("bng.reporter", "BNG", (Role.REPORTER,)),
    ("vhttdl.reporter", "BVHTTDL", (Role.REPORTER,)),
    ("bcd.reviewer", "BCD", (Role.REVIEWER,)),
    ("bcd.lead", "BCD", (Role.REVIEWER,)),
]

# 2026 quarterly story per agency: (quarter, final state, days after the deadline it was first sent)
# A negative delay is on time; None means never submitted.
STORY: dict[str, list[tuple[int, str, int | None]]] = {
    "T01": [(1, "accepted", -5), (2, "approved", -2), (3, "returned", 6)],
    "T79-2025": [(1, "accepted", -8), (2, "accepted", -3), (3, "submitted", -1)],
    "T48-2025": [(1, "approved", 12), (2, "approved", -4)],
    "T22": [(1, "approved", -6), (2, "draft", None)],
    "T38": [(1, "approved", -3), (2, "approved", 20), (3, "submitted", 3)],
    "BNG": [(1, "accepted", -9), (2, "accepted", -7), (3, "approved", -2)],
    "BVHTTDL": [(1, "approved", 2), (2, "returned", 9)],
}
SIX_WITHOUT_REGULATION = {"T87", "T80", "T38", "T91", "T77", "T83"}  # at 30/6/2024 (guidance 3837/BTTTT-TTĐN)

TASKS = [
    (1, "Quán triệt Kết luận 57-KL/TW và Nghị quyết 47/NQ-CP đến cán bộ chủ chốt", 100),
    (2, "Rà soát, sửa đổi quy chế quản lý hoạt động thông tin đối ngoại", 60),
    (3, "Xây dựng sản phẩm TTĐN đa ngôn ngữ trên nền tảng số", 45),
    (4, "Theo dõi dư luận báo chí trong và ngoài nước, phản bác thông tin sai lệch", 70),
    (5, "Bố trí vị trí việc làm chuyên trách và tập huấn nghiệp vụ TTĐN", 30),
]


def _user(username: str, agency: Agency, roles: tuple[str, ...]) -> Any:
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": f"{username}@example.invalid"})
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    missing = [r for r in roles if not Membership.objects.filter(user=user, agency=agency, role=r).exists()]
    if missing:
        add_member(None, user, agency, missing)
    return user


def _values(agency: Agency, rng: random.Random, regulation: int = 1) -> dict[str, tuple[Any, str]]:
    values: dict[str, tuple[Any, str]] = {
        "KH": ("1", ""),
        "VTVL": (str(rng.choice([0, 1, 1, 2, 3])), ""),
        "DL": ("1", "bản tin dư luận hằng tuần"),
        "SP-NN": (str(rng.randint(5, 40)), ""),
        "SO-NN": (str(rng.randint(2, 6)), ""),
        "TL-KH": (str(rng.randint(30, 90)), ""),
    }
    if agency.kind == Agency.Kind.PROVINCE:
        values |= {
            "QC": (str(regulation), "" if regulation else "chưa ban hành quy chế"),
            "CUM-CK": (str(rng.randint(0, 3)), ""),
            "SO-CK": (str(rng.randint(3, 6)), ""),
        }
    return values


def _at(day: date) -> datetime:
    return datetime.combine(day, time(9, 30), tzinfo=TZ)


def _play(report: Report, final: str, sent_day: date, reporter: Any, reviewer: Any, lead: Any, values: dict) -> None:
    """Drive one report through the services to its final state, then back-date the demo's days."""
    services.save_report_values(reporter, report, values)
    if final == S.DRAFT:
        return
    services.submit_report(reporter, report)
    Report.objects.filter(pk=report.pk).update(submitted_at=_at(sent_day), first_submitted_at=_at(sent_day))
    if final == S.SUBMITTED:
        return
    if final == S.RETURNED:
        services.return_report(reviewer, report, "Đề nghị bổ sung số liệu tập huấn và minh chứng kèm theo.")
        return
    services.approve_report(reviewer, report, "Đạt yêu cầu.")
    Report.objects.filter(pk=report.pk).update(reviewed_at=_at(sent_day + timedelta(days=3)))
    if final == S.ACCEPTED:
        services.accept_report(lead, report)


def _courses(users: dict[str, Any], by_code: dict[str, Agency], log: Log) -> None:
    specs = [
        (
            "tinh.hanoi",
            "T01",
            "Tập huấn nghiệp vụ TTĐN cho cán bộ sở, ngành",
            "provincial",
            date(2026, 3, 10),
            "Hà Nội",
            {"leaders": 25, "ttdn_staff": 60},
        ),
        (
            "tinh.hanoi",
            "T01",
            "Bồi dưỡng TTĐN cho cán bộ cấp xã",
            "commune",
            date(2026, 5, 20),
            "Hà Nội",
            {"ttdn_staff": 120},
        ),
        (
            "tinh.hcm",
            "T79-2025",
            "Tập huấn TTĐN trên không gian mạng",
            "provincial",
            date(2026, 2, 24),
            "TP. Hồ Chí Minh",
            {"ttdn_staff": 80, "press": 40, "business": 20},
        ),
        (
            "tinh.danang",
            "T48-2025",
            "Tập huấn quảng bá hình ảnh địa phương",
            "provincial",
            date(2026, 4, 8),
            "Đà Nẵng",
            {"ttdn_staff": 45, "business": 30},
        ),
        (
            "bng.reporter",
            "BNG",
            "Bồi dưỡng kỹ năng phát ngôn và TTĐN",
            "central",
            date(2026, 1, 15),
            "Hà Nội",
            {"leaders": 40, "ttdn_staff": 35},
        ),
        (
            "tinh.thanhhoa",
            "T38",
            "Tập huấn TTĐN cho cán bộ biên giới, cửa khẩu",
            "provincial",
            date(2026, 6, 2),
            "Thanh Hóa",
            {"ttdn_staff": 50},
        ),
    ]
    created = 0
    for username, code, title, level, start, place, people in specs:
        if TrainingCourse.objects.filter(title=title, organiser=by_code[code]).exists():
            continue
        services.create_course(
            users[username],
            by_code[code],
            people,
            title=title,
            level=level,
            start=start,
            end=start,
            place=place,
            materials="Khung chương trình bồi dưỡng TTĐN (Quyết định 858a/QĐ-TBDCB)",
        )
        created += 1
    log(f"  training courses: {created} new")


def _plans(users: dict[str, Any], by_code: dict[str, Agency]) -> None:
    groups = {g.number: g for g in TaskGroup.objects.all()}
    for username, code, _roles in DEMO_USERS:
        if not username.startswith(("tinh.", "bng.", "vhttdl.")):
            continue
        agency = by_code[code]
        if Plan.objects.filter(agency=agency, year=2026).exists():
            continue
        plan = services.create_plan(
            users[username],
            agency,
            2026,
            f"Kế hoạch công tác thông tin đối ngoại năm 2026 — {agency.name_vi}",
            document_ref=f"KH-TTĐN/2026/{agency.code}",
            issued_on=date(2026, 1, 20),
            status=Plan.Status.ISSUED,
        )
        for number, title, progress in TASKS:
            status = "done" if progress == 100 else "in_progress"
            services.create_task(
                users[username],
                plan,
                title=title,
                task_group=groups[number],
                owner_unit="Sở, ban, ngành liên quan",
                start=date(2026, 2, 1),
                due=date(2026, 12, 15) if number != 2 else date(2026, 9, 30),
                progress=progress,
                status=status,
            )


@transaction.atomic
def load_demo(log: Log = print) -> None:
    load_reference(log)
    admin, _password = ensure_admin()
    admin_user = get_user_model().objects.get(username=admin)
    by_code = {a.code: a for a in Agency.objects.all()}
    users = {username: _user(username, by_code[code], roles) for username, code, roles in DEMO_USERS}
    reviewer, lead = users["bcd.reviewer"], users["bcd.lead"]
    rng = random.Random(2026)  # fixed seed: the demo is the same every time

    _courses(users, by_code, log)
    _plans(users, by_code)

    # 2026: the quarterly story, plus an approved first-half report for each unit.
    made = 0
    reporters = {code: users[u] for u, code, roles in DEMO_USERS if Role.REPORTER in roles}
    for code, quarters in STORY.items():
        agency = by_code[code]
        for number, final, delay in quarters:
            period = Period.objects.get(type="quarter", year=2026, number=number)
            if Report.objects.filter(agency=agency, period=period).exists():
                continue
            report = services.open_report(reporters[code], agency, period)
            regulation = 0 if code == "T38" and number == 1 else 1
            sent = period.deadline + timedelta(days=delay or 0)
            _play(report, final, sent, reporters[code], reviewer, lead, _values(agency, rng, regulation))
            made += 1

    # History across the merger, entered by the system administrator on behalf of old units:
    # the first half of 2024 for all 63 provinces (six without a TTĐN regulation, as the 2025
    # guidance recorded) and the second quarter of 2025 for the three units that became the new
    # Hồ Chí Minh City.
    h1_2024 = Period.objects.get(type="half", year=2024, number=1)
    old_provinces = [a for a in by_code.values() if a.kind == Agency.Kind.PROVINCE and a.is_valid_on(h1_2024.end)]
    for agency in sorted(old_provinces, key=lambda a: a.code):
        if Report.objects.filter(agency=agency, period=h1_2024).exists():
            continue
        report = services.open_report(admin_user, agency, h1_2024)
        values = _values(agency, rng, 0 if agency.code in SIX_WITHOUT_REGULATION else 1)
        delay = rng.choice([-10, -5, -2, 3, 15])
        _play(report, S.ACCEPTED, h1_2024.deadline + timedelta(days=delay), admin_user, reviewer, lead, values)
        made += 1
    q2_2025 = Period.objects.get(type="quarter", year=2025, number=2)
    for code in ("T79", "T74", "T77"):
        if Report.objects.filter(agency=by_code[code], period=q2_2025).exists():
            continue
        report = services.open_report(admin_user, by_code[code], q2_2025)
        _play(report, S.APPROVED, q2_2025.deadline, admin_user, reviewer, lead, _values(by_code[code], rng))
        made += 1
    log(f"  reports: {made} new")

    for code, year, rank in (("wipo-gii", 2026, 40), ("brand-finance-gspi", 2026, 45), ("lowy-api", 2026, 11)):
        index = InternationalIndex.objects.get(code=code)
        if not IndexTarget.objects.filter(index=index, year=year).exists():
            services.set_index_target(lead, index, year, target_rank=rank, note="Mục tiêu minh họa (dữ liệu demo)")
    log("  demo users (password " + DEMO_PASSWORD + "): " + ", ".join(u for u, _c, _r in DEMO_USERS))
