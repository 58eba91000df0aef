"""Claim-matching adapter: references, per-agency thresholds, auto-link, confirm/reject queue, labels export.

The scorer here is a deterministic word-overlap stand-in with the library's documented signature
(`match_claims(texts, references, top_k) -> list[list[ClaimMatch]]`), so the adapter's own logic is
tested independently of the model's numbers.
"""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from ttdn.accounts.services import audited_create
from ttdn.analysis.types import ClaimMatch, ClaimReference
from ttdn.response import services
from ttdn.response.matching import build_references, labelled_rows, match_articles
from ttdn.response.models import Case, MatchingSettings, Suggestion
from ttdn.response.text import fold

from .conftest import make_article

pytestmark = pytest.mark.postgres


def overlap_matcher(texts, references, top_k=5):
    results = []
    for text in texts:
        words = set(fold(text).split())
        scored = []
        for ref in references:
            ref_words = set(fold(ref.text).split())
            score = len(words & ref_words) / max(1, len(ref_words))
            scored.append(ClaimMatch(ref.id, ref.kind, score, score))
        results.append(sorted(scored, key=lambda m: -m.score)[:top_k])
    return results


def test_references_cover_fact_languages_and_narratives(fact, narrative, desk, agencies):
    services.create_fact(
        desk["hn_responder"], agency=agencies["hanoi"], statement_vi="Chưa duyệt", sources=[{"title": "t"}]
    )
    refs = build_references(ClaimReference)
    ids = {r.id for r in refs}
    assert ids == {f"fact:{fact.pk}:vi", f"fact:{fact.pk}:en", f"narrative:{narrative.pk}"}
    assert {r.language for r in refs if r.kind == "fact"} == {"vi", "en"}


def test_thresholds_per_agency_and_auto_link(narrative, fact, agencies):
    # Hà Nội owns the narrative (defaults 0.5 / 0.9); Đà Nẵng asks for everything ≥ 0.1 and never auto-links.
    audited_create(None, MatchingSettings, agency=agencies["danang"], suggest_threshold=0.1, auto_link_threshold=1.1)
    exact = make_article(narrative.title + " " + narrative.claim_summary + " cô lập isolated", language="vi")
    weak = make_article("Việt Nam cô lập", "một bài khác", language="vi")
    unrelated = make_article("Weather in Hue is sunny", language="en")
    counts = match_articles([exact.pk, weak.pk, unrelated.pk], matcher=overlap_matcher)
    assert counts["articles"] == 3 and counts["auto_linked"] == 1
    auto = Suggestion.objects.get(article=exact, narrative=narrative, agency=agencies["hanoi"])
    assert auto.status == Suggestion.Status.AUTO_LINKED and auto.case.origin == Case.Origin.CLAIM_MATCH
    assert list(auto.case.articles.all()) == [exact]
    assert Suggestion.objects.filter(
        article=exact, narrative=narrative, agency=agencies["danang"], status="pending"
    ).exists()
    assert not Suggestion.objects.filter(article=weak, agency=agencies["hanoi"]).exists()
    assert Suggestion.objects.filter(article=weak, agency=agencies["danang"]).exists()
    assert not Suggestion.objects.filter(article=unrelated).exists()
    # re-running stores nothing new
    again = match_articles([exact.pk, weak.pk, unrelated.pk], matcher=overlap_matcher)
    assert again["suggested"] == 0 and again["auto_linked"] == 0


def test_confirm_reject_and_export_labels(client, desk, narrative, agencies):
    audited_create(None, MatchingSettings, agency=agencies["hanoi"], suggest_threshold=0.1, auto_link_threshold=1.1)
    a1 = make_article("Việt Nam cô lập về ngoại giao", "không có đối tác", language="vi")
    a2 = make_article("Luận điệu Việt Nam bị cô lập", "tóm tắt", language="vi")
    match_articles([a1.pk, a2.pk], matcher=overlap_matcher)
    s1 = Suggestion.objects.get(article=a1, narrative=narrative)
    s2 = Suggestion.objects.get(article=a2, narrative=narrative)
    client.force_login(desk["dn_responder"])
    assert client.post(reverse("response:suggestion_decide", args=[s1.pk]), {"decision": "confirm"}).status_code == 404
    client.force_login(desk["hn_analyst"])
    assert "Việt Nam cô lập về ngoại giao" in client.get(reverse("response:suggestions")).content.decode()
    response = client.post(reverse("response:suggestion_decide", args=[s1.pk]), {"decision": "confirm", "open": "1"})
    s1.refresh_from_db()
    assert (
        s1.status == "confirmed"
        and s1.decided_by == desk["hn_analyst"]
        and response["Location"] == s1.case.get_absolute_url()
    )
    client.post(reverse("response:suggestion_decide", args=[s2.pk]), {"decision": "reject"})
    s2.refresh_from_db()
    assert s2.status == "rejected" and s2.case is None
    rows = list(csv.reader(io.StringIO(client.get(reverse("response:suggestion_export")).content.decode("utf-8-sig"))))
    assert rows[0] == labelled_rows(Suggestion.objects.none())[0]
    assert sorted((r[2], r[10]) for r in rows[1:]) == sorted([(str(a1.pk), "1"), (str(a2.pk), "0")])


def test_confirming_second_match_joins_the_open_case(desk, narrative, agencies):
    audited_create(None, MatchingSettings, agency=agencies["hanoi"], suggest_threshold=0.1, auto_link_threshold=1.1)
    old = make_article("Việt Nam cô lập", "bài cũ", days_ago=9, language="vi")
    new = make_article("Việt Nam bị cô lập", "bài mới", days_ago=1, language="vi")
    match_articles([new.pk, old.pk], matcher=overlap_matcher)
    case = services.confirm_suggestion(desk["hn_responder"], Suggestion.objects.get(article=new, narrative=narrative))
    same = services.confirm_suggestion(desk["hn_responder"], Suggestion.objects.get(article=old, narrative=narrative))
    assert same.pk == case.pk and set(same.articles.all()) == {old, new}
    assert Case.objects.get(pk=case.pk).first_seen_at == old.published_at


def test_analysis_library_matcher_through_the_job(
    settings, narrative, fact, agencies, django_capture_on_commit_callbacks
):
    """The real multilingual matcher, run as the `response.match_articles` job (eager executor)."""
    from ttdn.jobs.models import JobRecord
    from ttdn.jobs.registry import enqueue

    settings.TTDN_JOBS_EAGER = True
    vi = make_article(
        "Việt Nam bị cô lập về ngoại giao, không có đối tác", "Luận điệu cho rằng Việt Nam bị cô lập.", language="vi"
    )
    en = make_article(
        "Vietnam is diplomatically isolated, says blog",
        "The blog claims Vietnam has no partners and is isolated.",
        language="en",
    )
    other = make_article(
        "Hanoi weather: sunny week ahead", "Temperatures will reach 30 degrees in the capital.", language="en"
    )
    with django_capture_on_commit_callbacks(execute=True):
        record_id = enqueue("response.match_articles", article_ids=[vi.pk, en.pk, other.pk])
    record = JobRecord.objects.get(pk=record_id)
    assert record.status == JobRecord.Status.DONE, record.error
    matched = {s.article_id: s for s in Suggestion.objects.filter(narrative=narrative)}
    assert vi.pk in matched and en.pk in matched and other.pk not in matched
    assert matched[vi.pk].score > 0.5 and matched[en.pk].score > 0.5
    assert matched[vi.pk].matcher.startswith("ttdn.analysis")


def test_confirmed_sighting_updates_narrative_dates_and_outlets(desk, narrative, agencies):
    audited_create(None, MatchingSettings, agency=agencies["hanoi"], suggest_threshold=0.1, auto_link_threshold=1.1)
    article = make_article("Việt Nam bị cô lập", "bài mới", days_ago=3, language="vi")
    match_articles([article.pk], matcher=overlap_matcher)
    services.confirm_suggestion(desk["hn_responder"], Suggestion.objects.get(article=article, narrative=narrative))
    narrative.refresh_from_db()
    assert narrative.last_seen == narrative.first_seen and "Example News" in narrative.outlets_seen


def test_fact_match_is_labelled_without_a_case_unless_asked(client, desk, fact, agencies):
    audited_create(None, MatchingSettings, agency=agencies["mofa"], suggest_threshold=0.1, auto_link_threshold=1.1)
    a1 = make_article("Việt Nam thiết lập quan hệ Đối tác chiến lược toàn diện", "9 quốc gia", language="vi")
    a2 = make_article("Đối tác chiến lược toàn diện của Việt Nam", "quan hệ với 9 quốc gia", language="vi")
    match_articles([a1.pk, a2.pk], matcher=overlap_matcher)
    s1 = Suggestion.objects.get(article=a1, fact=fact, agency=agencies["mofa"])
    s2 = Suggestion.objects.get(article=a2, fact=fact, agency=agencies["mofa"])
    client.force_login(desk["mofa_responder"])
    client.post(reverse("response:suggestion_decide", args=[s1.pk]), {"decision": "confirm"})
    s1.refresh_from_db()
    assert s1.status == "confirmed" and s1.case is None
    client.post(reverse("response:suggestion_decide", args=[s2.pk]), {"decision": "confirm_case"})
    s2.refresh_from_db()
    assert s2.status == "confirmed" and s2.case.origin == Case.Origin.CLAIM_MATCH and s2.case.narrative is None


def test_syndicated_copies_are_matched_once_and_linked_together(desk, narrative, agencies):
    audited_create(None, MatchingSettings, agency=agencies["hanoi"], suggest_threshold=0.1, auto_link_threshold=1.1)
    body = " ".join(["Việt Nam bị cô lập về ngoại giao, không còn đối tác nào, theo một blog ẩn danh."] * 8)
    first = make_article("Việt Nam bị cô lập về ngoại giao", body, language="vi", days_ago=3)
    copy = make_article("Việt Nam bị cô lập về ngoại giao!", body + " Nguồn: blog.", language="vi", days_ago=2)
    copy.refresh_from_db()
    assert copy.duplicate_of_id == first.pk  # grouped by the articles app's near-duplicate detection
    counts = match_articles([first.pk, copy.pk], matcher=overlap_matcher)
    assert counts["articles"] == 1 and counts["duplicates_skipped"] == 1
    case = services.confirm_suggestion(desk["hn_responder"], Suggestion.objects.get(article=first, narrative=narrative))
    assert set(case.articles.all()) == {first, copy}
