"""Search in real headless Chromium: no diacritics typed, the Vietnamese article is found and opened."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import login, run_axe
from ttdn.articles.services import ArticleInput, ingest_article

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def articles(db):
    stored = {}
    for key, title, text, lang in [
        (
            "target",
            "Hội thảo tại Hà Nội về hợp tác trên Biển Đông",
            "Các chuyên gia họp tại Hà Nội để thảo luận về an toàn hàng hải và nghề cá ở Biển Đông.",
            "vi",
        ),
        ("other", "Lễ hội pháo hoa Đà Nẵng thu hút du khách", "Đà Nẵng đón hàng nghìn du khách quốc tế.", "vi"),
        ("english", "Hanoi hosts a trade fair", "Exporters from Vietnam met buyers from Europe in Hanoi.", "en"),
    ]:
        stored[key], _ = ingest_article(
            ArticleInput(
                title=title,
                text=text,
                url=f"https://e2e.example.vn/{key}",
                language=lang,
                published_at=datetime(2026, 4, 1, 2, tzinfo=UTC),
                outlet_name="Báo Mẫu",
                outlet_domain="e2e.example.vn",
                outlet_country="VN",
            )
        )
    return stored


def test_search_without_diacritics_finds_and_opens_the_article(page, analyst, articles):
    login(page, "analyst", PASSWORD)
    page.goto("/articles/search/")
    assert run_axe(page) == []
    box = page.get_by_label("Từ khóa")
    box.fill("ha noi bien dong")
    box.press("Enter")
    results = page.locator("#results")
    expect(page.locator("#results-status")).to_contain_text("1 bài viết")
    assert results.get_by_role("link", name="Hội thảo tại Hà Nội về hợp tác trên Biển Đông").is_visible()
    assert results.locator("mark", has_text="Biển Đông").count() >= 1
    assert "Đà Nẵng" not in results.inner_text()
    assert "q=ha%20noi%20bien%20dong" in page.url  # htmx pushed the query into the address bar
    assert run_axe(page) == []
    results.get_by_role("link", name="Hội thảo tại Hà Nội về hợp tác trên Biển Đông").click()
    page.wait_for_url(f"**/articles/{articles['target'].pk}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Hội thảo tại Hà Nội về hợp tác trên Biển Đông"
    assert "01/04/2026" in page.content()
    assert run_axe(page) == []


def test_search_page_works_without_javascript_enhancement(page, analyst, articles):
    login(page, "analyst", PASSWORD)
    page.goto("/articles/search/?q=hanoi&order=date")
    assert page.get_by_role("link", name="Hanoi hosts a trade fair").is_visible()
