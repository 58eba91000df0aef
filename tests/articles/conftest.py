"""A small multilingual corpus written for these tests (no copied article text)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ttdn.articles import dedupe
from ttdn.articles.services import ArticleInput, ingest_article
from ttdn.sources.models import Source


@pytest.fixture(autouse=True)
def fresh_dedupe_index():
    """Test databases roll back and reuse ids; the process-local LSH index must not outlive them."""
    dedupe.reset_index()
    yield
    dedupe.reset_index()


def when(day: int, month: int = 3, hour: int = 3) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def sources(agencies):
    shared = Source.objects.create(name="Chung", kind=Source.Kind.RSS, url="https://feeds.example.vn/rss")
    hanoi = Source.objects.create(name="Hà Nội riêng", kind=Source.Kind.RSS, agency=agencies["hanoi"])
    danang = Source.objects.create(name="Đà Nẵng riêng", kind=Source.Kind.RSS, agency=agencies["danang"])
    return {"shared": shared, "hanoi": hanoi, "danang": danang}


def add(title: str, text: str, *, url: str, lang: str, day: int, domain: str, country: str, source=None, **extra):
    article, created = ingest_article(
        ArticleInput(
            title=title,
            text=text,
            url=url,
            language=lang,
            published_at=when(day),
            outlet_name=domain.split(".")[0].title(),
            outlet_domain=domain,
            outlet_country=country,
            **extra,
        ),
        source=source,
    )
    assert created
    return article


@pytest.fixture
def corpus(sources):
    s = sources
    return {
        "hanoi": add(
            "Hà Nội đón đoàn đại biểu bàn về Biển Đông",
            "Sáng nay tại Hà Nội, các đại biểu thảo luận về an ninh hàng hải ở Biển Đông và hợp tác khu vực.",
            url="https://vnexpress.example/ha-noi-bien-dong",
            lang="vi",
            day=2,
            domain="vnexpress.example",
            country="VN",
            source=s["shared"],
        ),
        "danang": add(
            "Đà Nẵng mở đường bay mới tới Seoul",
            "Thành phố Đà Nẵng chào đón chuyến bay đầu tiên; ngành du lịch kỳ vọng thêm khách Hàn Quốc. Biển đẹp, "
            "đông khách.",
            url="https://tuoitre.example/da-nang-seoul",
            lang="vi",
            day=5,
            domain="tuoitre.example",
            country="VN",
            source=s["danang"],
        ),
        "english": add(
            "Vietnam and Japan deepen maritime cooperation",
            "Officials in Hanoi said the South China Sea talks covered fisheries, search and rescue and trade.",
            url="https://news.example.com/vn-japan",
            lang="en",
            day=10,
            domain="news.example.com",
            country="GB",
            source=s["shared"],
        ),
        "chinese": add(
            "越南外交部发言人就南海问题表态",
            "越南外交部发言人表示，各方应通过对话解决分歧。",
            url="https://zh.example.cn/vn-fm",
            lang="zh",
            day=12,
            domain="zh.example.cn",
            country="CN",
            source=s["hanoi"],
        ),
        "japanese": add(
            "ベトナムの観光客が増加",
            "ダナンとハノイを訪れる日本人観光客が増えている。",
            url="https://jp.example.jp/vn-tourism",
            lang="ja",
            day=15,
            domain="jp.example.jp",
            country="JP",
        ),
        "french": add(
            "Le Vietnam accueille un forum économique à Hô Chi Minh-Ville",
            "Des investisseurs étrangers ont présenté leurs projets <script>alert(1)</script> à Hô Chi Minh-Ville.",
            url="https://lemonde.example.fr/forum",
            lang="fr",
            day=20,
            domain="lemonde.example.fr",
            country="FR",
        ),
    }
