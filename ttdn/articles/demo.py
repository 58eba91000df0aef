"""`ttdn demo` step: outlets, one inactive RSS source per outlet, and the written demo corpus.

Articles go through ``ingest_article`` like any imported item, so the demo exercises the real
dedupe path and a second load creates nothing. Sources are inactive: the offline demo never fetches.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from ttdn.accounts.services import audited_create, audited_update
from ttdn.sources.models import Source

from .demo_corpus import DEFAULT_SEED, OUTLETS, generate_corpus
from .demo_corpus.outlets import DemoOutlet
from .models import Article, Outlet
from .services import ArticleInput, ingest_article

# Feeds are typically polled a little after publication.
FETCH_DELAY = timedelta(minutes=12)


def ensure_outlet(spec: DemoOutlet) -> Outlet:
    outlet = Outlet.objects.filter(domain=spec.domain).first()
    if outlet is None:
        outlet = audited_create(
            None,
            Outlet,
            name=spec.name,
            domain=spec.domain,
            country=spec.country,
            language=spec.language,
            kind=spec.kind,
            audience=spec.audience,
        )
    return outlet


def ensure_source(spec: DemoOutlet, outlet: Outlet) -> Source:
    source = Source.objects.filter(outlet=outlet, kind=Source.Kind.RSS, url=spec.feed_url).first()
    if source is None:
        source = audited_create(
            None,
            Source,
            name=f"{spec.name} (RSS)",
            kind=Source.Kind.RSS,
            url=spec.feed_url,
            outlet=outlet,
            agency=None,
            active=False,
            config={"demo": True},
        )
    return source


def to_input(item: dict) -> ArticleInput:
    return ArticleInput(
        title=item["title"],
        url=item["url"],
        text=item["text"],
        summary=item["summary"],
        language=item["language"],
        author=item["author"],
        published_at=item["published_at"],
        published_at_raw=item["published_at"].isoformat(),
        outlet_name=item["outlet"],
        outlet_domain=item["outlet_domain"],
        outlet_country=item["outlet_country"],
        metadata={"demo": item["demo"]},
    )


def load_corpus(seed: int = DEFAULT_SEED, today: date | None = None) -> tuple[int, int]:
    """Store the corpus; returns (articles created, articles already present)."""
    today = today or timezone.localdate()
    now = timezone.now()
    created = existing = 0
    with transaction.atomic():
        sources: dict[str, Source] = {}
        for spec in OUTLETS:
            sources[spec.domain] = ensure_source(spec, ensure_outlet(spec))
        last_fetch: dict[str, datetime] = {}
        for item in generate_corpus(seed=seed, today=today):
            source = sources[item["outlet_domain"]]
            fetched_at = min(item["published_at"] + FETCH_DELAY, now)
            _, was_created = ingest_article(to_input(item), source=source, fetched_at=fetched_at)
            created += was_created
            existing += not was_created
            last_fetch[source.url] = max(fetched_at, last_fetch.get(source.url, fetched_at))
        counts = Counter(Article.objects.filter(source__in=sources.values()).values_list("source_id", flat=True))
        for source in sources.values():
            total = counts.get(source.pk, 0)
            last = last_fetch.get(source.url) or source.last_success_at
            if source.items_total != total or (last and source.last_success_at is None):
                audited_update(
                    None, source, note="demo corpus", items_total=total, last_success_at=last, last_fetch_at=last
                )
    return created, existing


def load_demo(log: Callable[[str], None]) -> None:
    created, existing = load_corpus()
    log(f"  demo corpus: {created} articles created, {existing} already present, {len(OUTLETS)} outlets")
