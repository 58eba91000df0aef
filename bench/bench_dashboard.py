"""Dashboard data at national scale: N generated analysed articles, rollups, p95 per data call.

    .venv/bin/python bench/bench_dashboard.py [--articles 1000000] [--repeat 40] [--postgres URL]

A temporary TTDN_DATA_DIR gets a fresh, migrated SQLite database (or a scratch database on the
PostgreSQL server of --postgres). Articles over 365 days from 60 outlets in 12 countries are
bulk-inserted with an analysis and facets (topics, provinces, countries, organisations, story
clusters); `rollups.rebuild()` then rolls them up. Each dashboard data call (the service
functions behind every dashboard endpoint, alerts and briefs) is timed over random 7/30/90-day
windows and filters, next to a bare aggregate SQL query over the rollup table in the same run
(ratio = call p95 / bare p95). Last, the cost of keeping rollups incremental while 10,000 more
analysed articles are stored: the same storage path with the rollups receiver on and off.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_search import configure, percentile, scratch_postgres  # noqa: E402

COUNTRIES = ["VN", "GB", "US", "FR", "CN", "JP", "KR", "RU", "SG", "TH", "DE", "AU"]
LANGS = {
    "VN": "vi",
    "GB": "en",
    "US": "en",
    "FR": "fr",
    "CN": "zh",
    "JP": "ja",
    "KR": "ko",
    "RU": "ru",
    "SG": "en",
    "TH": "th",
    "DE": "de",
    "AU": "en",
}
TOPICS = [
    "diplomacy",
    "economy_trade_investment",
    "culture_tourism",
    "sea_islands",
    "society",
    "science_tech",
    "environment",
    "defence_security",
    "human_rights_religion_ethnic",
    "education_health",
]
PROVINCES = ["01", "79", "48", "31", "92", "56", "22", "46", "75", "04"]
ORGS = ["asean", "un", "wto", "eu", "imf", "who", "apec", "world_bank"]
TONES = ["negative", "neutral", "positive"]


def generate(n: int, seed: int = 11, start_pk: int = 0, days: int = 365) -> list[int]:
    from django.db import transaction

    from ttdn.articles.models import Article, ArticleAnalysis, ArticleFacet, Outlet

    rng = random.Random(seed + start_pk)
    outlets = list(Outlet.objects.order_by("pk"))
    if not outlets:
        outlets = [
            Outlet.objects.create(
                name=f"Outlet {i}",
                domain=f"outlet{i}.example",
                country=COUNTRIES[i % len(COUNTRIES)],
                language=LANGS[COUNTRIES[i % len(COUNTRIES)]],
                audience=rng.choice([0, 5_000, 80_000, 2_000_000]),
            )
            for i in range(60)
        ]
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    ids: list[int] = []
    batch = 5000
    for offset in range(0, n, batch):
        size = min(batch, n - offset)
        articles = []
        for i in range(offset, offset + size):
            outlet = rng.choice(outlets)
            k = start_pk + i
            articles.append(
                Article(
                    pk=k + 1,
                    outlet=outlet,
                    url=f"https://bench.example/{k}",
                    content_hash=f"{k:064x}",
                    title=f"bench {k}",
                    language=outlet.language,
                    published_at=now - timedelta(minutes=rng.randrange(0, days * 24 * 60)),
                )
            )
        for j, article in enumerate(articles):  # one in eight reprints an earlier article of the batch
            if j > 10 and rng.random() < 0.125:
                article.duplicate_of_id = articles[rng.randrange(j)].pk
        with transaction.atomic():
            Article.objects.bulk_create(articles)
            analyses, facets = [], []
            for article in articles:
                tone = rng.choices(TONES, [2, 5, 3])[0]
                score = {"negative": -1, "neutral": 0, "positive": 1}[tone] * rng.uniform(0.05, 0.9)
                analyses.append(
                    ArticleAnalysis(
                        article_id=article.pk,
                        language=article.language,
                        tone_label=tone,
                        tone_score=score,
                        story_cluster=f"s{rng.randrange(n // 6 + 1)}",
                    )
                )
                rows = {("topic", t) for t in rng.sample(TOPICS, rng.choice([1, 1, 2]))}
                if rng.random() < 0.5:
                    rows.add(("province_2025", rng.choice(PROVINCES)))
                rows |= {("country", c) for c in rng.sample(COUNTRIES, rng.choice([0, 1, 2]))}
                if rng.random() < 0.3:
                    rows.add(("organisation", rng.choice(ORGS)))
                facets += [ArticleFacet(article_id=article.pk, kind=kd, value=v) for kd, v in rows]
            ArticleAnalysis.objects.bulk_create(analyses)
            ArticleFacet.objects.bulk_create(facets)
        ids += [a.pk for a in articles]
        print(f"  {offset + size:>8} articles", end="\r", flush=True)
    print()
    return ids


def timed(func, repeat: int) -> list[float]:
    out = []
    for i in range(repeat):
        t0 = time.perf_counter()
        func(i)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--incremental", type=int, default=10_000)
    parser.add_argument("--postgres", default="", help="a PostgreSQL URL; a scratch database is made on its server")
    parser.add_argument("--reuse", default="", help="SQLite only: a data dir kept from an earlier run (generated once)")
    args = parser.parse_args()

    with ExitStack() as stack:
        data_dir = args.reuse or stack.enter_context(tempfile.TemporaryDirectory(prefix="ttdn-bench-dash-"))
        database_url = stack.enter_context(scratch_postgres(args.postgres)) if args.postgres else ""
        configure(data_dir, database_url)
        from django.db import connection
        from django.utils import timezone

        from ttdn.articles.models import ArticleAnalysis
        from ttdn.articles.signals import analysis_stored
        from ttdn.rollups import services, signals
        from ttdn.rollups.models import CoverageDay

        backend = connection.vendor
        from ttdn.articles.models import Article

        if not (args.reuse and Article.objects.count() >= args.articles):
            print(f"backend {backend}; generating {args.articles:,} analysed articles …")
            t0 = time.perf_counter()
            generate(args.articles)
            print(f"generated in {time.perf_counter() - t0:.0f} s")
        else:
            print(f"backend {backend}; reusing {Article.objects.count():,} articles in {data_dir}")
        t0 = time.perf_counter()
        built = services.rebuild()
        print(f"rollups rebuilt in {time.perf_counter() - t0:.0f} s: {built}")
        if backend == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

        rng = random.Random(3)
        today = timezone.localdate()
        windows = [7, 30, 90]

        def query(i: int, **extra):
            days = windows[i % 3]
            end = today - timedelta(days=rng.randrange(0, 200))
            return services.RollupQuery(start=end - timedelta(days=days - 1), end=end, **extra)

        def filtered(i: int):
            choice = i % 4
            extra = [{}, {"language": "en"}, {"scope": "p:79"}, {"topic": "sea_islands", "outlet_country": "US"}][
                choice
            ]
            return query(i, **extra)

        calls = {
            "totals": lambda i: services.totals(filtered(i)),
            "totals + previous period": lambda i: (services.totals(q := filtered(i)), services.totals(q.previous())),
            "series (attention, tone)": lambda i: services.series(filtered(i)),
            "series by language": lambda i: services.series(query(i), split="language"),
            "series by outlet country": lambda i: services.series(query(i), split="outlet_country"),
            "share of voice by topic": lambda i: services.breakdown(filtered(i), "topic"),
            "choropleth by outlet country": lambda i: services.breakdown(filtered(i), "outlet_country"),
            "by outlet": lambda i: services.breakdown(filtered(i), "outlet"),
            "province view": lambda i: services.breakdown(query(i), "province"),
            "top entities (organisations)": lambda i: services.top_facets(query(i), "organisation"),
            "top places (countries)": lambda i: services.top_facets(query(i), "country"),
            "top stories": lambda i: services.top_stories(query(i)),
        }
        table = CoverageDay._meta.db_table

        def bare(i: int) -> None:
            q = query(i)
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT day, SUM(articles), SUM(stories), SUM(tone_sum) FROM {table} "  # noqa: S608
                    "WHERE scope = %s AND topic = %s AND day >= %s AND day <= %s GROUP BY day",
                    ["", "*", q.start, q.end],
                )
                cursor.fetchall()

        for func in [bare, *calls.values()]:  # warm caches once
            func(0)
        bare_ms = timed(bare, args.repeat)
        bare_p95 = percentile(bare_ms, 95)
        print(
            f"\n{backend}, {args.articles:,} articles, {CoverageDay.objects.count():,} coverage cells, "
            f"{args.repeat} calls each (7/30/90-day windows, 4 filter sets)"
        )
        print(f"{'call':34} {'p50 ms':>8} {'p95 ms':>8} {'p95 / bare':>11}")
        print(f"{'bare SUM … GROUP BY day (rollup)':34} {percentile(bare_ms, 50):8.1f} {bare_p95:8.1f} {1.0:11.2f}")
        for name, func in calls.items():
            ms = timed(func, args.repeat)
            print(
                f"{name:34} {percentile(ms, 50):8.1f} {percentile(ms, 95):8.1f} {percentile(ms, 95) / bare_p95:11.2f}"
            )

        try:
            from ttdn.briefs import services as briefs  # built alongside; timed when present
        except ImportError:
            briefs = None
        content = getattr(briefs, "brief_content", None) if briefs else None
        if content is not None:
            ms = timed(lambda i: content(query(i)), max(5, args.repeat // 4))
            print(
                f"{'brief content (all sections)':34} {percentile(ms, 50):8.1f} {percentile(ms, 95):8.1f} "
                f"{percentile(ms, 95) / bare_p95:11.2f}"
            )

        # Incremental upkeep: store N more analyses (rows + signal) with the rollups receiver on and off.
        n = args.incremental
        if not n:
            return
        base = ArticleAnalysis.objects.order_by("-article_id").values_list("article_id", flat=True).first() or 0

        def store(ids: list[int]) -> float:
            t0 = time.perf_counter()
            for start in range(0, len(ids), 64):  # as analyse_articles does: one signal per chunk of 64
                analysis_stored.send(sender=ArticleAnalysis, article_ids=ids[start : start + 64])
            return time.perf_counter() - t0

        off_ids = generate(n, seed=5, start_pk=base)
        analysis_stored.disconnect(dispatch_uid="rollups.analysis_stored")
        t_off = store(off_ids)
        analysis_stored.connect(signals._analysis_stored, dispatch_uid="rollups.analysis_stored")
        t_gen_on = time.perf_counter()
        on_ids = generate(n, seed=6, start_pk=base + n)
        t_gen = time.perf_counter() - t_gen_on
        t_on = store(on_ids)
        print(
            f"\nincremental upkeep for {n:,} stored analyses: rows {t_gen:.1f} s; "
            f"signal path off {t_off:.2f} s, on {t_on:.2f} s ({n / t_on:,.0f} articles/s); "
            f"storage with rollups / without = {(t_gen + t_on) / (t_gen + t_off):.2f}"
        )
        services.refresh_articles(off_ids)  # stored with the receiver off: catch up, then check
        if args.articles <= 50_000:
            problems = services.verify()
            print("rollups agree with a rebuild" if not problems else f"MISMATCH: {problems[:3]}")


if __name__ == "__main__":
    main()
