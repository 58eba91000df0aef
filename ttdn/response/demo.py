# ruff: noqa: E501
"""`ttdn demo` step for the response desk: fact base, the demo corpus's five invented false
narratives, cases in several states, published corrections, SLA policies, matching thresholds.

Idempotent: every object is looked up by a stable key before it is created. Demo users:
``responder`` and ``approver`` (agency BNG), ``responder_kh`` (a province), password below.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from ttdn.accounts.demo import DEMO_ADMIN
from ttdn.accounts.models import Agency, Membership, Role
from ttdn.accounts.services import add_member, audited_create

from . import services
from .demo_facts import FACTS
from .models import TRANSLATION_LANGUAGES, Case, Fact, MatchingSettings, Narrative, Severity, SlaPolicy, Suggestion

Log = Callable[[str], None]
DEMO_PASSWORD = DEMO_ADMIN[1]  # "ttdn-demo-2026", shared by every demo account

# key in ttdn.articles.demo_corpus NARRATIVES → our narrative record
NARRATIVES: dict[str, dict[str, Any]] = {
    "evisa-suspended": {
        "title": "Việt Nam “tạm dừng thị thực điện tử, đóng cửa biên giới với du khách”",
        "claim_summary": "Các trang tin ngoài luồng lan truyền rằng Việt Nam đã ngừng cấp thị thực điện tử và đóng cửa biên giới với khách du lịch nước ngoài vì dịch bệnh.",
        "disproof": "Hệ thống thị thực điện tử vẫn hoạt động; Việt Nam cấp thị thực điện tử cho công dân mọi quốc gia, vùng lãnh thổ từ 15/8/2023. Cơ quan quản lý xuất nhập cảnh và du lịch đã bác bỏ thông tin này.",
        "keywords": [
            "thị thực điện tử",
            "e-visa",
            "đóng cửa biên giới",
            "closes borders",
            "电子签证",
            "전자비자",
            "электронных виз",
        ],
        "languages": ["en", "ko", "ja", "ru", "fr"],
        "target_countries": ["KR", "JP", "RU", "FR", "US"],
        "severity": Severity.HIGH,
        "facts": ["thi-thuc-dien-tu-moi-quoc-gia-2023"],
    },
    "island-lease": {
        "title": "Khánh Hòa “cho hải quân nước ngoài thuê đảo Hòn Mây 99 năm”",
        "claim_summary": "Một “tài liệu rò rỉ” cho rằng tỉnh Khánh Hòa đã ký cho hải quân nước ngoài thuê đảo Hòn Mây trong 99 năm để đặt căn cứ.",
        "disproof": "Tài liệu là giả mạo; không có thỏa thuận nào như vậy. Chính sách quốc phòng “bốn không” của Việt Nam không cho nước ngoài đặt căn cứ quân sự trên lãnh thổ Việt Nam.",
        "keywords": ["thuê đảo", "Hòn Mây", "căn cứ quân sự", "99 năm", "naval base", "lease island", "租给外国海军"],
        "languages": ["en", "zh", "ru", "vi"],
        "target_countries": ["CN", "RU", "US"],
        "severity": Severity.CRITICAL,
        "facts": ["chinh-sach-quoc-phong-bon-khong", "luat-bien-viet-nam-2012", "phe-chuan-unclos-1994"],
    },
    "export-collapse": {
        "title": "Xuất khẩu sang EU “sụp đổ 40%”",
        "claim_summary": "Bài viết cho rằng xuất khẩu của Việt Nam sang Liên minh châu Âu giảm 40%, hàng nghìn nhà máy đóng cửa và EVFTA đã thất bại.",
        "disproof": "Con số 40% là mức giảm của một nhóm hàng nhỏ trong một tháng, bị gán cho toàn bộ kim ngạch; tổng xuất khẩu sang EU vẫn tăng.",
        "keywords": ["xuất khẩu", "EU", "40%", "sụp đổ", "exports collapse", "EVFTA"],
        "languages": ["en", "vi", "ko", "ja"],
        "target_countries": ["DE", "FR", "KR", "JP"],
        "severity": Severity.MEDIUM,
        "facts": ["evfta-hieu-luc-2020", "thanh-vien-wto-2007", "tang-truong-gdp-2024"],
    },
    "dam-collapse": {
        "title": "“Vỡ đập Ea Rông Thượng, hàng trăm người chết” ở Đắk Lắk",
        "claim_summary": "Tin đồn kèm video cắt ghép cho rằng đập hồ chứa Ea Rông Thượng (Đắk Lắk) bị vỡ, hàng trăm người chết và chính quyền che giấu.",
        "disproof": "Chính quyền tỉnh xác nhận các hồ chứa vận hành an toàn; video là cảnh lũ ở nước khác từ nhiều năm trước; việc xả tràn là vận hành bình thường đã báo trước.",
        "keywords": ["vỡ đập", "Ea Rông Thượng", "Đắk Lắk", "dam collapse", "dam burst", "水坝溃决"],
        "languages": ["vi", "en", "fr", "zh", "ru"],
        "target_countries": ["VN", "US", "FR"],
        "severity": Severity.HIGH,
        "facts": [],
    },
    "tainted-rice": {
        "title": "Gạo xuất khẩu của Việt Nam “chứa gạo nhựa, bị thu hồi tại Nhật Bản”",
        "claim_summary": "Bài đăng cho rằng gạo Việt Nam xuất khẩu có lẫn “gạo nhựa” và đã bị thu hồi ở Nhật Bản.",
        "disproof": "Không có thông báo thu hồi nào như vậy; “gạo nhựa” là tin đồn đã nhiều lần bị bác bỏ ở nhiều nước.",
        "keywords": ["gạo nhựa", "plastic rice", "thu hồi", "recall", "Nhật Bản"],
        "languages": ["en", "ja", "vi"],
        "target_countries": ["JP", "PH"],
        "severity": Severity.MEDIUM,
        "facts": ["luat-an-toan-thuc-pham-2010"],
    },
}

# Corrections written for the demo (our own wording), per narrative and language.
CORRECTIONS: dict[str, dict[str, tuple[str, str, str]]] = {
    "evisa-suspended": {
        "vi": (
            "Việt Nam không dừng cấp thị thực điện tử, biên giới vẫn mở cửa đón du khách",
            "Việt Nam đã tạm dừng cấp thị thực điện tử và đóng cửa biên giới với khách du lịch nước ngoài.",
            "Thông tin này sai sự thật. Hệ thống thị thực điện tử vẫn hoạt động bình thường và khách quốc tế vẫn nhập cảnh qua các cửa khẩu.\n\nTừ ngày 15/8/2023, Việt Nam cấp thị thực điện tử cho công dân của tất cả các nước và vùng lãnh thổ, thời hạn tối đa 90 ngày. Không có quyết định nào đình chỉ chính sách này.",
        ),
        "en": (
            "Viet Nam has not suspended e-visas; its borders remain open to visitors",
            "Viet Nam has suspended e-visas and closed its borders to foreign tourists.",
            "This is false. The e-visa system is working normally and international visitors continue to enter through border gates and airports.\n\nSince 15 August 2023 Viet Nam has issued e-visas to citizens of all countries and territories, valid for up to 90 days. No decision has suspended this policy.",
        ),
        "fr": (
            "Le Viet Nam n'a pas suspendu les visas électroniques ; ses frontières restent ouvertes",
            "Le Viet Nam aurait suspendu les visas électroniques et fermé ses frontières aux touristes étrangers.",
            "C'est faux. Le système de visa électronique fonctionne normalement et les visiteurs étrangers continuent d'entrer par les postes-frontières et les aéroports.\n\nDepuis le 15 août 2023, le Viet Nam délivre des visas électroniques aux ressortissants de tous les pays et territoires, valables jusqu'à 90 jours.",
        ),
        "zh": (
            "越南并未暂停电子签证，边境继续向游客开放",
            "越南已暂停电子签证并对外国游客关闭边境。",
            "该说法不实。电子签证系统运行正常，国际游客仍可经各口岸和机场入境。\n\n自2023年8月15日起，越南向所有国家和地区的公民签发电子签证，有效期最长90天。该政策并未被暂停。",
        ),
        "ko": (
            "베트남은 전자비자를 중단하지 않았으며 국경은 관광객에게 열려 있다",
            "베트남이 전자비자 발급을 중단하고 외국인 관광객에게 국경을 폐쇄했다.",
            "사실이 아니다. 전자비자 시스템은 정상적으로 운영되고 있으며 외국인 방문객은 계속해서 국경 검문소와 공항을 통해 입국하고 있다.\n\n베트남은 2023년 8월 15일부터 모든 국가와 지역의 국민에게 최대 90일의 전자비자를 발급하고 있다.",
        ),
    },
    "island-lease": {
        "vi": (
            "Không có chuyện “cho nước ngoài thuê đảo Hòn Mây làm căn cứ quân sự”",
            "Tỉnh Khánh Hòa đã cho hải quân nước ngoài thuê đảo Hòn Mây trong 99 năm.",
            "Tài liệu lan truyền là giả mạo; không có thỏa thuận nào như vậy.\n\nChính sách quốc phòng “bốn không” nêu trong Sách trắng Quốc phòng Việt Nam 2019 khẳng định Việt Nam không cho nước ngoài đặt căn cứ quân sự hoặc sử dụng lãnh thổ Việt Nam để chống lại nước khác.",
        ),
        "en": (
            "No, Viet Nam is not leasing an island to a foreign navy",
            "Khanh Hoa province has leased Hon May island to a foreign navy for 99 years.",
            "The document circulating online is forged; no such agreement exists.\n\nViet Nam's 2019 National Defence White Paper rules out foreign military bases and any use of Vietnamese territory against other countries (the “four no's”).",
        ),
        "zh": (
            "越南不存在“将岛屿出租给外国海军”一事",
            "庆和省已将Hòn Mây岛出租给外国海军99年。",
            "网上流传的文件系伪造，不存在任何此类协议。\n\n《2019年越南国防白皮书》的“四不”政策明确不允许外国在越南设立军事基地或利用越南领土反对其他国家。",
        ),
    },
}


def _agency(code: str, name_vi: str, name_en: str, kind: str, log: Log) -> Agency:
    agency = Agency.objects.filter(code=code).first()
    if agency is None:
        log(f"  agency {code} missing (programme reference not loaded?): creating it")
        agency = audited_create(None, Agency, code=code, name_vi=name_vi, name_en=name_en, kind=kind)
    return agency


def _province(name_part: str) -> Agency | None:
    """A province whose current name contains name_part (codes differ before and after 7/2025)."""
    return (
        Agency.objects.filter(kind=Agency.Kind.PROVINCE, name_vi__icontains=name_part, valid_to__isnull=True)
        .order_by("-valid_from")
        .first()
    )


def _user(username: str, full_name: str, agency: Agency, roles: tuple[str, ...]) -> Any:
    User = get_user_model()
    first, _, last = full_name.partition(" ")
    user, created = User.objects.get_or_create(
        username=username, defaults={"first_name": first, "last_name": last, "email": f"{username}@example.invalid"}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    missing = [r for r in roles if not Membership.objects.filter(user=user, agency=agency, role=r).exists()]
    if missing:
        add_member(None, user, agency, missing)
    return user


def load_facts(actor: Any, approver: Any, agency: Agency) -> dict[str, Fact]:
    facts = {}
    for spec in FACTS:
        fact = Fact.objects.filter(slug=spec["slug"]).first()
        if fact is None:
            fact = services.create_fact(
                actor,
                agency=agency,
                slug=spec["slug"],
                category=spec["category"],
                statement_vi=spec["vi"],
                translations={lang: spec[lang] for lang in TRANSLATION_LANGUAGES if lang in spec},
                valid_from=spec.get("valid_from"),
                sources=[{"number": "", "excerpt": "", **s} for s in spec["sources"]],
                note="dữ liệu mẫu",
            )
        if fact.status == Fact.Status.DRAFT:
            fact = services.approve_fact(approver, fact, note="dữ liệu mẫu")
        facts[spec["slug"]] = fact
    return facts


def _claim_articles(key: str, limit: int) -> list[Any]:
    """The most recent articles of the corpus that spread this narrative (labelled by the corpus)."""
    from ttdn.articles.models import Article

    qs = Article.objects.filter(metadata__demo__narrative=key, metadata__demo__narrative_role="claim")
    return list(qs.order_by("-published_at")[:limit])


def load_narratives(actor: Any, agency: Agency, facts: dict[str, Fact]) -> dict[str, Narrative]:
    narratives = {}
    for key, spec in NARRATIVES.items():
        narrative = Narrative.objects.filter(slug=key).first()
        articles = _claim_articles(key, 100)
        outlets = sorted({a.outlet.name for a in articles if a.outlet})
        if narrative is None:
            narrative = services.create_narrative(
                actor,
                agency=agency,
                slug=key,
                title=spec["title"],
                claim_summary=spec["claim_summary"],
                disproof=spec["disproof"],
                keywords=spec["keywords"],
                languages=spec["languages"],
                target_countries=spec["target_countries"],
                outlets_seen=outlets[:20],
                first_seen=min((a.published_at.date() for a in articles), default=None),
                last_seen=max((a.published_at.date() for a in articles), default=None),
                severity=spec["severity"],
                fact_ids=[facts[s].pk for s in spec["facts"]],
            )
        narratives[key] = narrative
    return narratives


def _case(actor: Any, agency: Agency, narrative: Narrative, origin: str, n_articles: int = 2) -> Case:
    existing = Case.objects.filter(narrative=narrative, agency=agency).first()
    if existing is not None:
        return existing
    articles = _claim_articles(narrative.slug, n_articles)
    first = min((a.published_at for a in articles), default=timezone.now())
    return services.create_case(
        actor,
        agency=agency,
        title=narrative.title,
        summary=narrative.claim_summary,
        origin=origin,
        narrative=narrative,
        article_ids=[a.pk for a in articles],
        at=min(timezone.now(), first + timedelta(hours=DEMO_PACE["open"])),
    )


# Hours after the first appearance at which the demo desk took each step (a plausible, quick desk).
DEMO_PACE = {"open": 1, "triage": 3, "assign": 4, "draft": 9, "submit": 14, "approve": 20, "publish": 22}


def _drive(
    case: Case, target: str, responder: Any, approver: Any, facts: list[Fact], texts: dict[str, tuple[str, str, str]]
) -> None:
    """Move a freshly created case along the workflow up to `target`, dated at DEMO_PACE."""
    order: list[str] = [
        Case.Status.NEW,
        Case.Status.TRIAGED,
        Case.Status.ASSIGNED,
        Case.Status.DRAFTING,
        Case.Status.IN_REVIEW,
        Case.Status.APPROVED,
        Case.Status.PUBLISHED,
        Case.Status.CLOSED,
    ]
    if case.status != Case.Status.NEW or order.index(target) == 0:
        return  # already handled on an earlier run
    now = timezone.now()

    def at(step: str) -> datetime:
        return min(now, case.first_seen_at + timedelta(hours=DEMO_PACE[step]))

    services.triage_case(responder, case, at=at("triage"))
    if target == Case.Status.TRIAGED:
        return
    services.assign_case(responder, case, assignee=responder, at=at("assign"))
    if target == Case.Status.ASSIGNED:
        return
    for lang, (headline, claim, body) in texts.items():
        services.save_draft(
            responder,
            case,
            language=lang,
            headline=headline,
            claim_reviewed=claim,
            body=body,
            fact_ids=[f.pk for f in facts],
            at=at("draft"),
        )
    if target == Case.Status.DRAFTING:
        return
    services.submit_for_review(responder, case, at=at("submit"))
    if target == Case.Status.IN_REVIEW:
        return
    services.approve_correction(approver, case, at=at("approve"))
    services.publish_correction(approver, case, at=at("publish"))


def _configure(agency: Agency) -> None:
    for severity, (triage, response) in services.DEFAULT_SLA.items():
        if not SlaPolicy.objects.filter(agency__isnull=True, severity=severity).exists():
            audited_create(
                None, SlaPolicy, agency=None, severity=severity, triage_hours=triage, response_hours=response
            )
    if not MatchingSettings.objects.filter(agency=agency).exists():
        audited_create(None, MatchingSettings, agency=agency, suggest_threshold=0.7, auto_link_threshold=0.95)


def _run_matcher(log: Log) -> None:
    """Score recent corpus articles with the analysis library, if it is available."""
    from ttdn.articles.models import Article

    from .matching import match_articles

    if Suggestion.objects.exists():
        return
    ids = list(
        Article.objects.filter(metadata__demo__narrative__isnull=False)
        .order_by("-published_at")
        .values_list("pk", flat=True)[:60]
    )
    ids += list(
        Article.objects.filter(metadata__demo__narrative__isnull=True)
        .order_by("-published_at")
        .values_list("pk", flat=True)[:20]
    )
    try:
        counts = match_articles(ids)
    except (ImportError, AttributeError) as exc:
        log(f"  claim matcher unavailable ({exc}); no suggestions")
        return
    log(f"  claim matching: {counts}")


def load_demo(log: Log) -> None:
    mofa = _agency("BNG", "Bộ Ngoại giao", "Ministry of Foreign Affairs", Agency.Kind.MINISTRY, log)
    _agency(
        "BCD",
        "Ban Chỉ đạo công tác thông tin đối ngoại",
        "Steering Committee for Foreign Information",
        Agency.Kind.STEERING,
        log,
    )
    province = _province("Khánh Hòa") or mofa
    with transaction.atomic():
        responder = _user("responder", "Nguyễn Minh An", mofa, (Role.RESPONDER, Role.ANALYST))
        approver = _user("approver", "Trần Thu Hà", mofa, (Role.APPROVER,))
        province_responder = _user("responder_kh", "Lê Văn Bình", province, (Role.RESPONDER,))
        province_approver = _user("approver_kh", "Phạm Thị Lan", province, (Role.APPROVER,))
        _configure(mofa)
        facts = load_facts(responder, approver, mofa)
        narratives = load_narratives(responder, mofa, facts)
    log(
        f"  {len(facts)} facts, {len(narratives)} narratives; users responder/approver (BNG), responder_kh/approver_kh, password {DEMO_PASSWORD}"
    )

    plan = [
        ("evisa-suspended", mofa, responder, approver, Case.Status.PUBLISHED, Case.Origin.ALERT),
        ("island-lease", province, province_responder, province_approver, Case.Status.PUBLISHED, Case.Origin.SEARCH),
        ("export-collapse", mofa, responder, approver, Case.Status.IN_REVIEW, Case.Origin.MANUAL),
        ("dam-collapse", mofa, responder, approver, Case.Status.ASSIGNED, Case.Origin.ALERT),
        ("tainted-rice", mofa, responder, approver, Case.Status.NEW, Case.Origin.MANUAL),
    ]
    export_texts = {
        "vi": (
            "Xuất khẩu sang EU không “sụp đổ 40%”",
            "Xuất khẩu của Việt Nam sang EU giảm 40%.",
            "Con số 40% là mức giảm của một nhóm hàng nhỏ trong một tháng, bị gán cho toàn bộ kim ngạch. EVFTA có hiệu lực từ 01/8/2020 và tiếp tục được thực thi.",
        ),
        "en": (
            "Viet Nam's exports to the EU did not “collapse by 40%”",
            "Viet Nam's exports to the EU fell by 40%.",
            "The 40% figure is a one-month fall in one small product group, presented as if it applied to all exports. The EVFTA has been in force since 1 August 2020.",
        ),
    }
    for key, agency, r, a, target, origin in plan:
        narrative = narratives[key]
        with transaction.atomic():
            case = _case(r, agency, narrative, origin)
            texts = CORRECTIONS.get(key) or (export_texts if key == "export-collapse" else {})
            cited = list(narrative.facts.all())
            _drive(case, target, r, a, cited, texts)
    # one appearance judged not worth an answer
    rice = narratives["tainted-rice"]
    if not Case.objects.filter(status=Case.Status.DISMISSED).exists():
        with transaction.atomic():
            extra = _claim_articles(rice.slug, 4)[-1:]
            case = services.create_case(
                responder,
                agency=mofa,
                title="Bài đăng lẻ về “gạo nhựa” trên diễn đàn",
                narrative=rice,
                article_ids=[x.pk for x in extra],
                origin=Case.Origin.SEARCH,
            )
            services.dismiss_case(
                responder, case, "Lượt tiếp cận rất thấp, đã có vụ việc chính theo dõi luận điệu này."
            )
    _run_matcher(log)
    from .sla import check_sla

    alerts = check_sla(notify=False)
    log(f"  SLA check: {alerts['triage'] + alerts['response']} new overdue alerts")
    counts = {s: Case.objects.filter(status=s).count() for s in Case.Status.values}
    log("  cases: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v))
