"""Search latency over N generated multilingual articles, against a bare FTS5 query on the same table.

    .venv/bin/python bench/bench_search.py [--articles 100000] [--queries 200]

A temporary TTDN_DATA_DIR gets a fresh, migrated SQLite database; articles are generated from
small per-language vocabularies (vi, en, fr, zh, ja, ko, ru), folded exactly as Article.save()
would, and bulk-inserted (the FTS5 triggers index them). Each query is then timed twice in the
same run: through the product's search (filters, count, one page of 20, highlighted snippets),
unscoped (a steering-committee user) and scoped to one agency's sources (everyone else), and as
the bare FTS5 `MATCH … ORDER BY bm25 LIMIT 20` the product builds on.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VOCAB_TEXT = {
    "vi": (
        "hà nội biển đông đà nẵng hợp tác kinh tế đầu tư du lịch văn hóa ngoại giao chính phủ bộ trưởng "
        "hội nghị quốc tế doanh nghiệp xuất khẩu nông sản cảng biển hàng hải an ninh phát triển bền vững "
        "năng lượng tái tạo điện gió người dân thành phố tỉnh khu vực đối tác chiến lược thương mại "
        "giáo dục y tế khoa học công nghệ chuyển đổi số lễ hội di sản thiên nhiên khách quốc tế"
    ),
    "en": (
        "vietnam hanoi south china sea trade investment tourism culture diplomacy government minister "
        "conference international business export agriculture port maritime security sustainable "
        "development renewable energy wind power people city province region partner strategic "
        "education health science technology digital festival heritage nature visitors economy growth"
    ),
    "fr": (
        "vietnam hanoï mer orientale commerce investissement tourisme culture diplomatie gouvernement "
        "ministre conférence internationale entreprises exportation agriculture port sécurité "
        "développement durable énergie renouvelable éolien habitants ville province région partenaire "
        "éducation santé science technologie numérique festival patrimoine nature visiteurs économie"
    ),
    "ru": (
        "вьетнам ханой южно китайское море торговля инвестиции туризм культура дипломатия правительство "
        "министр конференция международный бизнес экспорт сельское хозяйство порт безопасность развитие "
        "энергия ветер город провинция регион партнёр образование здравоохранение наука технологии"
    ),
    "ko": (
        "베트남 하노이 남중국해 무역 투자 관광 문화 외교 정부 장관 회의 국제 기업 수출 농업 항구 안보 개발 "
        "에너지 풍력 도시 지방 지역 협력 교육 보건 과학 기술 축제 유산 자연 방문객 경제 성장"
    ),
    "zh": (
        "越南 河内 南海 贸易 投资 旅游 文化 外交 政府 部长 会议 国际 企业 出口 农业 港口 安全 发展 "
        "能源 风电 城市 省份 地区 合作 教育 卫生 科技 数字 节日 遗产 游客 经济 增长"
    ),
    "ja": (
        "ベトナム ハノイ 南シナ海 貿易 投資 観光 文化 外交 政府 大臣 会議 国際 企業 輸出 農業 港湾 安全 "
        "開発 エネルギー 風力 都市 地方 地域 協力 教育 保健 科学 技術 祭り 遺産 観光客 経済 成長"
    ),
}
VOCAB = {lang: text.split() for lang, text in VOCAB_TEXT.items()}
LANG_WEIGHTS = {"vi": 35, "en": 25, "fr": 8, "ru": 7, "ko": 7, "zh": 10, "ja": 8}
UNSPACED = {"zh", "ja"}

# (text, filters) — typed the way analysts type: no diacritics, phrases, CJK words, filters.
QUERIES = [
    ("ha noi", {}),
    ("bien dong", {}),
    ('"bien dong"', {}),
    ("da nang du lich", {}),
    ("dau tu nang luong", {}),
    ("hop tac kinh te", {"languages": ("vi",)}),
    ("ngoai giao bo truong", {"order": "date"}),
    ("vietnam trade", {}),
    ('"south china sea"', {}),
    ("tourism visitors", {"languages": ("en",)}),
    ("investment OR investissement", {}),
    ("energie renouvelable", {}),
    ("ханой", {}),
    ("베트남 관광", {}),
    ("外交", {}),
    ("南海 合作", {}),
    ("観光客", {}),
    ("develop*", {}),
    ("festival -tourism", {}),
    ("ha noi", {"date_from": "d-30", "date_to": "d-0"}),
    ("vietnam", {"outlet_countries": ("GB",)}),
    ("kinh te tang truong", {"collapse_duplicates": True}),
]


def configure(data_dir: str, database_url: str = "") -> None:
    os.environ["TTDN_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
    if database_url:
        os.environ["TTDN_DATABASE_URL"] = database_url
    else:
        os.environ.pop("TTDN_DATABASE_URL", None)  # the embedded SQLite backend
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def sentence(rng: random.Random, lang: str, words: int) -> str:
    vocab = VOCAB[lang]
    # Zipf-like: a few words are common, most are rare (as in news text).
    picked = [
        vocab[min(int(rng.paretovariate(1.2)) - 1, len(vocab) - 1) if rng.random() < 0.5 else rng.randrange(len(vocab))]
        for _ in range(words)
    ]
    joiner = "" if lang in UNSPACED else " "
    text = joiner.join(picked)
    return (text[:1].upper() + text[1:]) + ("。" if lang in UNSPACED else ".")


def generate(n: int, seed: int = 7) -> int:
    from django.db import transaction

    from ttdn.articles.models import Article, Outlet
    from ttdn.articles.search.folding import fill_search_fields

    rng = random.Random(seed)
    countries = ["VN", "GB", "US", "FR", "CN", "JP", "KR", "RU", "SG", "TH", "DE", "AU"]
    outlets = [
        Outlet.objects.create(name=f"Outlet {i}", domain=f"outlet{i}.example", country=countries[i % len(countries)])
        for i in range(60)
    ]
    langs = list(LANG_WEIGHTS)
    weights = list(LANG_WEIGHTS.values())
    today = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    batch: list[Article] = []
    for i in range(n):
        lang = rng.choices(langs, weights)[0]
        title = sentence(rng, lang, rng.randint(6, 12))
        body = " ".join(sentence(rng, lang, rng.randint(8, 20)) for _ in range(rng.randint(3, 6)))
        article = Article(
            outlet=rng.choice(outlets),
            url=f"https://bench.example/{i}",
            canonical_url=f"https://bench.example/{i}",
            content_hash=f"{i:064x}",
            title=title,
            text=body,
            language=lang,
            published_at=today - timedelta(minutes=rng.randrange(0, 365 * 24 * 60)),
        )
        fill_search_fields(article)  # bulk_create skips save(); fold exactly as it would
        batch.append(article)
        if len(batch) == 5000:
            with transaction.atomic():
                Article.objects.bulk_create(batch)
            batch.clear()
            print(f"  {i + 1:>7} articles", end="\r", flush=True)
    if batch:
        with transaction.atomic():
            Article.objects.bulk_create(batch)
    print()
    return Article.objects.count()


BARE_SQLITE = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH %s ORDER BY bm25(articles_fts) LIMIT 20"
BARE_POSTGRES = (
    "SELECT id FROM articles_article WHERE search_vector @@ to_tsquery('simple', ttdn_fold(%s)) "
    "ORDER BY ts_rank_cd(search_vector, to_tsquery('simple', ttdn_fold(%s)), 1) DESC LIMIT 20"
)


@contextmanager
def scratch_postgres(url: str) -> Iterator[str]:
    """A throw-away database on the server of `url` (never the database named in it)."""
    import psycopg

    parts = urlsplit(url)
    name = f"ttdn_bench_search_{os.getpid()}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def resolve(filters: dict) -> dict:
    out = dict(filters)
    for key in ("date_from", "date_to"):
        if isinstance(out.get(key), str):
            out[key] = date.today() - timedelta(days=int(out[key].split("-")[1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200, help="timed searches per method")
    parser.add_argument(
        "--postgres",
        metavar="URL",
        default="",
        help="run on PostgreSQL instead (a scratch database is created on that server and dropped)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ttdn-bench-search-") as data_dir, ExitStack() as stack:
        database_url = stack.enter_context(scratch_postgres(args.postgres)) if args.postgres else ""
        configure(data_dir, database_url)
        from django.db import connection

        from ttdn.articles.search import SearchQuery, get_backend
        from ttdn.articles.search.postgres_fts import to_tsquery
        from ttdn.articles.search.sqlite_fts import to_match

        started = time.perf_counter()
        total = generate(args.articles)
        load_s = time.perf_counter() - started
        print(f"database: {connection.vendor}")
        print(f"generated and indexed {total:,} articles in {load_s:.1f} s ({total / load_s:,.0f}/s)")

        backend = get_backend()
        workload = [QUERIES[i % len(QUERIES)] for i in range(args.queries)]
        random.Random(3).shuffle(workload)

        from django.db.models import Q

        from ttdn.articles.models import Article

        # What visible_articles() builds for a user of one agency (here: agency id 1).
        scoped_base = Article.objects.filter(
            Q(source__isnull=True) | Q(source__agency__isnull=True) | Q(source__agency__in=[1])
        )

        def product(text: str, filters: dict) -> int:
            page = backend.search(SearchQuery(text=text, **resolve(filters)))
            return page.total

        def scoped(text: str, filters: dict) -> int:
            return backend.search(SearchQuery(text=text, **resolve(filters)), scoped_base).total

        def bare(text: str, filters: dict) -> int:
            parsed = SearchQuery(text=text).parsed()
            with connection.cursor() as cursor:
                if connection.vendor == "postgresql":
                    cursor.execute(BARE_POSTGRES, [to_tsquery(parsed)] * 2)
                else:
                    cursor.execute(BARE_SQLITE, [to_match(parsed)])
                return len(cursor.fetchall())

        for text, filters in QUERIES:  # warm the page cache and both code paths once
            product(text, filters)
            scoped(text, filters)
            bare(text, filters)

        timings: dict[str, list[float]] = {"product": [], "scoped": [], "bare": []}
        hits: list[int] = []
        for text, filters in workload:
            t0 = time.perf_counter()
            hits.append(product(text, filters))
            t1 = time.perf_counter()
            scoped(text, filters)
            t2 = time.perf_counter()
            bare(text, filters)
            t3 = time.perf_counter()
            timings["product"].append((t1 - t0) * 1000)
            timings["scoped"].append((t2 - t1) * 1000)
            timings["bare"].append((t3 - t2) * 1000)

        p = {name: (percentile(v, 50), percentile(v, 95)) for name, v in timings.items()}
        print(f"{len(workload)} queries, median {statistics.median(hits):,.0f} matching articles per query")
        labels = {
            "product": "search(), unscoped (filters, count, page, snippets)",
            "scoped": "search(), scoped to one agency's sources",
            "bare": "bare FTS5 MATCH … ORDER BY bm25 LIMIT 20"
            if connection.vendor == "sqlite"
            else "bare tsvector @@ … ORDER BY ts_rank_cd LIMIT 20",
        }
        print(f"{'method':<54} {'p50 ms':>8} {'p95 ms':>8}")
        for name, label in labels.items():
            print(f"{label:<54} {p[name][0]:>8.2f} {p[name][1]:>8.2f}")
        for name in ("product", "scoped"):
            ratio50, ratio95 = p[name][0] / p["bare"][0], p[name][1] / p["bare"][1]
            print(f"ratio {name}/bare: p50 {ratio50:.1f}x, p95 {ratio95:.1f}x")


if __name__ == "__main__":
    main()
