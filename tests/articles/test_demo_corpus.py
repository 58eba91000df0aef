"""The demo corpus: what it contains (pure generator) and how it loads (real DB, real ingest path)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest
from django.core.management import call_command

from ttdn.accounts.models import AuditLog
from ttdn.articles.demo import load_corpus, load_demo
from ttdn.articles.demo_corpus import NARRATIVES, OUTLETS, generate_corpus
from ttdn.articles.demo_corpus.base import TONES, TOPICS
from ttdn.articles.demo_corpus.generator import VN_TZ, normalise
from ttdn.articles.demo_corpus.places import PLACES
from ttdn.articles.models import Article, Outlet
from ttdn.sources.models import Source

TODAY = date(2026, 3, 15)


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return generate_corpus(seed=57, today=TODAY)


def test_size_languages_outlets_countries(corpus):
    assert len(corpus) >= 300
    languages = Counter(a["language"] for a in corpus)
    assert {"vi", "en", "fr", "zh", "ja", "ko", "ru"} <= set(languages)
    assert all(languages[lang] >= 10 for lang in ("vi", "en", "fr", "zh", "ja", "ko", "ru"))
    assert len({a["outlet_domain"] for a in corpus}) >= 20
    assert len({a["outlet_country"] for a in corpus}) >= 10


def test_spans_at_least_90_days_ending_before_today(corpus):
    days = sorted(a["published_at"].astimezone(VN_TZ).date() for a in corpus)
    assert (days[-1] - days[0]).days >= 90
    assert days[-1] < TODAY and days[-1] >= TODAY - timedelta(days=3)
    assert all(a["published_at"].tzinfo is not None for a in corpus)


def test_every_topic_and_tone_present(corpus):
    assert {a["demo"]["topic"] for a in corpus} == set(TOPICS)
    tones = Counter(a["demo"]["tone"] for a in corpus)
    assert set(tones) == set(TONES)
    assert min(tones.values()) >= 30


def test_false_narratives_recur_across_languages_and_get_corrected(corpus):
    assert 3 <= len(NARRATIVES) <= 5
    for narrative in NARRATIVES:
        items = [a for a in corpus if a["demo"]["narrative"] == narrative]
        claims = [a for a in items if a["demo"]["narrative_role"] == "claim"]
        rebuttals = [a for a in items if a["demo"]["narrative_role"] == "rebuttal"]
        assert len(claims) >= 3, narrative
        assert len({a["language"] for a in claims}) >= 2, narrative
        assert len({a["published_at"].date() for a in claims}) >= 3, f"{narrative} should recur over time"
        # Claims only on the invented outlets; corrections come after the first claim.
        fringe = {o.domain for o in OUTLETS if o.group == "fringe"}
        assert all(a["outlet_domain"] in fringe and a["outlet_domain"].endswith(".example") for a in claims)
        assert rebuttals and all(a["outlet_domain"] not in fringe for a in rebuttals)
        first_claim = min(a["published_at"] for a in claims)
        assert all(r["published_at"] > first_claim for r in rebuttals), narrative


def trigrams(text: str) -> set[str]:
    """Character trigrams: a similarity that works the same for Vietnamese and for Chinese."""
    flat = normalise(text).replace(" ", "")
    return {flat[i : i + 3] for i in range(len(flat) - 2)}


def test_syndicated_copies_are_near_but_not_exact(corpus):
    groups: dict[str, list[dict]] = defaultdict(list)
    for a in corpus:
        if (a["demo"]["syndication"] or "").startswith("wire-"):
            groups[a["demo"]["syndication"]].append(a)
    with_copies = [g for g in groups.values() if len(g) >= 3]
    assert len(with_copies) >= 15
    for group in with_copies:
        original = next(a for a in group if a["demo"]["syndication_role"] == "original")
        grams = trigrams(original["text"])
        for copy in group:
            assert copy["language"] == original["language"]
            if copy is original:
                continue
            assert copy["outlet_domain"] != original["outlet_domain"]
            assert copy["text"] != original["text"]
            copy_grams = trigrams(copy["text"])
            assert len(grams & copy_grams) / len(grams | copy_grams) > 0.7


def test_claims_are_reposted_and_labelled(corpus):
    reposts = [a for a in corpus if (a["demo"]["syndication"] or "").startswith("repost-")]
    assert all(a["demo"]["narrative_role"] == "claim" for a in reposts)
    copies = [a for a in reposts if a["demo"]["syndication_role"] == "copy"]
    assert len(copies) >= 5
    urls = {a["url"]: a for a in corpus}
    assert all(urls[c["demo"]["copied_from"]]["published_at"] <= c["published_at"] for c in copies)
    assert all(urls[c["demo"]["copied_from"]]["language"] == c["language"] for c in copies)


def test_texts_are_distinct_outside_syndication(corpus):
    keys = [normalise(a["title"] + "\n" + a["text"]) for a in corpus]
    assert len(set(keys)) == len(keys)
    assert len({a["url"] for a in corpus}) == len(corpus)
    assert not any(re.search(r"[{}]", a["title"] + a["text"]) for a in corpus), "unfilled slot"


def test_cross_language_state_visit(corpus):
    visit = [a for a in corpus if a["demo"]["event"] == "state-visit-fr"]
    assert {"vi", "en", "fr"} <= {a["language"] for a in visit}
    days = {a["published_at"].astimezone(VN_TZ).date() for a in visit}
    assert max(days) - min(days) <= timedelta(days=2)


def test_provinces_old_and_new_names_with_and_without_diacritics(corpus):
    mentioned = {key for a in corpus for key in a["demo"]["places"]}
    assert any(PLACES[k].era == "old" for k in mentioned)
    assert any(PLACES[k].era == "both" for k in mentioned)
    latin_foreign = " ".join(a["text"] for a in corpus if a["language"] in ("en", "fr"))
    assert "Quảng Nam" in latin_foreign or "Khánh Hòa" in latin_foreign
    assert re.search(r"\b(Quang Nam|Khanh Hoa|Binh Dinh|Kien Giang|Dak Lak)\b", latin_foreign)
    assert "nay thuộc" in " ".join(a["text"] for a in corpus if a["language"] == "vi")


def test_ha_noi_and_bien_dong_together(corpus):
    assert any("Hà Nội" in a["title"] + a["text"] and "Biển Đông" in a["title"] + a["text"] for a in corpus)


def test_deterministic_and_relative_to_today():
    a = generate_corpus(seed=57, today=TODAY)
    b = generate_corpus(seed=57, today=TODAY)
    assert a == b
    later = generate_corpus(seed=57, today=TODAY + timedelta(days=10))
    # Same articles (same URLs), moved in time with "today".
    assert [x["url"] for x in a] == [x["url"] for x in later]
    assert later[0]["published_at"] - a[0]["published_at"] == timedelta(days=10)
    assert generate_corpus(seed=58, today=TODAY) != a


@pytest.mark.postgres  # JSON key lookups and ingest dedupe differ by backend
@pytest.mark.django_db
def test_load_creates_outlets_sources_articles_and_is_idempotent(corpus):
    created, existing = load_corpus(today=TODAY)
    assert created == len(corpus) and existing == 0
    assert Article.objects.count() == len(corpus)
    assert Outlet.objects.count() == len(OUTLETS)
    sources = Source.objects.filter(config__demo=True)
    assert sources.count() == len(OUTLETS)
    assert not sources.filter(active=True).exists()
    assert sum(s.items_total for s in sources) == len(corpus)
    assert all(s.last_success_at is not None for s in sources if s.items_total)
    article = Article.objects.get(url=corpus[0]["url"])
    assert article.metadata["demo"]["topic"] == corpus[0]["demo"]["topic"]
    assert article.source.outlet == article.outlet
    assert article.date_quality == Article.DateQuality.OK
    audit_rows = AuditLog.objects.count()

    counts = (Article.objects.count(), Outlet.objects.count(), Source.objects.count())
    messages: list[str] = []
    load_demo(messages.append)  # a later day, same data: nothing new
    created_again, existing_again = load_corpus(today=TODAY)
    assert created_again == 0 and existing_again == len(corpus)
    assert (Article.objects.count(), Outlet.objects.count(), Source.objects.count()) == counts
    assert AuditLog.objects.count() == audit_rows
    assert "0 articles created" in messages[0]


@pytest.mark.django_db
def test_near_duplicate_grouping_finds_the_intended_copies_only(corpus):
    """The corpus gives dedupe real work: copies are grouped with their own original, and
    separately written articles (same story, other wording) are not mistaken for copies."""
    load_corpus(today=TODAY)
    copies = Article.objects.filter(metadata__demo__syndication_role="copy").select_related("duplicate_of")
    same_group = [
        a
        for a in copies
        if a.duplicate_of and a.duplicate_of.metadata["demo"]["syndication"] == a.metadata["demo"]["syndication"]
    ]
    assert len(same_group) >= 0.8 * copies.count()
    others = Article.objects.exclude(metadata__demo__syndication_role="copy")
    assert others.filter(duplicate_of__isnull=False).count() <= 0.05 * others.count()


def test_export_command_writes_import_schema(tmp_path, corpus):
    out = tmp_path / "demo.jsonl"
    call_command("export_demo_corpus", str(out), "--today", TODAY.isoformat())
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == len(corpus)
    assert set(rows[0]) == {
        "title",
        "url",
        "text",
        "summary",
        "language",
        "author",
        "published_at",
        "outlet",
        "outlet_domain",
        "outlet_country",
    }
    assert rows[0]["published_at"] == corpus[0]["published_at"].isoformat()
    call_command("export_demo_corpus", str(out), "--today", TODAY.isoformat(), "--labels")
    first = json.loads(out.read_text("utf-8").splitlines()[0])
    assert first["metadata"]["demo"]["tone"] in TONES


def test_export_command_rejects_bad_date(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("export_demo_corpus", str(tmp_path / "x.jsonl"), "--today", "15/03/2026")
