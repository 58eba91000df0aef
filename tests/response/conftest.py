"""Response-desk fixtures: per-province responders/approvers, an approved fact, a narrative, articles."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from ttdn.accounts.models import Role
from ttdn.articles.services import ArticleInput, ingest_article
from ttdn.response import services
from ttdn.response.models import Fact


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    """Argon2 is deliberately slow; these tests create many users."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def desk(make_user, agencies):
    """Users of Hà Nội (responder, approver, analyst) and Đà Nẵng (responder, approver)."""
    hn, dn = agencies["hanoi"], agencies["danang"]
    return {
        "hn_responder": make_user("hn_responder", hn, (Role.RESPONDER,), email="hn.resp@example.invalid"),
        "hn_approver": make_user("hn_approver", hn, (Role.APPROVER,), email="hn.appr@example.invalid"),
        "hn_analyst": make_user("hn_analyst", hn, (Role.ANALYST,)),
        "dn_responder": make_user("dn_responder", dn, (Role.RESPONDER,)),
        "dn_approver": make_user("dn_approver", dn, (Role.APPROVER,)),
        "mofa_responder": make_user("mofa_responder", agencies["mofa"], (Role.RESPONDER, Role.APPROVER)),
    }


def make_fact(actor, approver, agency, statement: str, translations: dict | None = None, **extra) -> Fact:
    fact = services.create_fact(
        actor,
        agency=agency,
        statement_vi=statement,
        translations=translations or {},
        category=extra.pop("category", Fact.Category.FOREIGN_RELATIONS),
        sources=extra.pop(
            "sources",
            [
                {
                    "title": "Tuyên bố chung",
                    "issuer": "Bộ Ngoại giao",
                    "number": "",
                    "date": date(2024, 11, 21),
                    "url": "https://mofa.gov.vn/",
                    "excerpt": "",
                }
            ],
        ),
        **extra,
    )
    return services.approve_fact(approver, fact)


@pytest.fixture
def fact(desk, agencies):
    return make_fact(
        desk["mofa_responder"],
        desk["mofa_responder"],
        agencies["mofa"],
        "Tính đến ngày 21/11/2024, Việt Nam đã thiết lập quan hệ Đối tác chiến lược toàn diện với 9 quốc gia.",
        {"en": "As of 21 November 2024, Viet Nam had comprehensive strategic partnerships with 9 countries."},
    )


@pytest.fixture
def narrative(desk, agencies, fact):
    return services.create_narrative(
        desk["hn_responder"],
        agency=agencies["hanoi"],
        title="Việt Nam bị cô lập về ngoại giao",
        claim_summary="Luận điệu cho rằng Việt Nam không có đối tác quốc tế nào và bị cô lập.",
        disproof="Việt Nam có quan hệ Đối tác chiến lược toàn diện với 9 quốc gia.",
        keywords=["cô lập", "isolated"],
        languages=["vi", "en"],
        severity="high",
        fact_ids=[fact.pk],
    )


_counter = {"n": 0}


def make_article(title: str, text: str = "", language: str = "en", days_ago: float = 2, url: str = ""):
    _counter["n"] += 1
    n = _counter["n"]
    article, _ = ingest_article(
        ArticleInput(
            title=title,
            text=text or title,
            url=url or f"https://news.example.org/story-{n}",
            language=language,
            published_at=timezone.now() - timedelta(days=days_ago),
            outlet_name="Example News",
            outlet_domain="news.example.org",
            outlet_country="US",
        )
    )
    return article


@pytest.fixture
def article(db):
    return make_article(
        "Vietnam is diplomatically isolated, claims blog", "The blog says Vietnam has no partners at all."
    )


def aware(*args: int) -> datetime:
    return timezone.make_aware(datetime(*args))


def publish_flow(desk, agencies, fact, narrative, article, languages=("vi", "en")):
    """Drive a case from creation to publication through the services."""
    r, a = desk["hn_responder"], desk["hn_approver"]
    case = services.create_case(
        r, agency=agencies["hanoi"], title="Isolation claim", narrative=narrative, article_ids=[article.pk]
    )
    services.triage_case(r, case)
    services.assign_case(r, case, assignee=r)
    texts = {
        "vi": (
            "Việt Nam không hề bị cô lập",
            "Việt Nam bị cô lập về ngoại giao",
            "Việt Nam có 9 đối tác chiến lược toàn diện.",
        ),
        "en": (
            "Viet Nam is not isolated",
            "Viet Nam is diplomatically isolated",
            "Viet Nam has 9 comprehensive strategic partners.",
        ),
        "fr": (
            "Le Viet Nam n'est pas isolé",
            "Le Viet Nam est isolé",
            "Le Viet Nam a 9 partenaires stratégiques globaux.",
        ),
    }
    for lang in languages:
        headline, claim, body = texts[lang]
        services.save_draft(
            r, case, language=lang, headline=headline, claim_reviewed=claim, body=body, fact_ids=[fact.pk]
        )
    services.submit_for_review(r, case)
    services.approve_correction(a, case)
    services.publish_correction(a, case)
    case.refresh_from_db()
    return case


@pytest.fixture
def published_case(desk, agencies, fact, narrative, article):
    return publish_flow(desk, agencies, fact, narrative, article)
