"""The article list in Chromium: filters and pagination update the results in place (htmx)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.conftest import login, run_axe
from ttdn.articles.services import ArticleInput, ingest_article

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def many_articles(db):
    start = datetime(2026, 5, 1, 3, tzinfo=UTC)
    for i in range(25):
        lang = "en" if i % 5 == 0 else "vi"
        ingest_article(
            ArticleInput(
                title=f"Bản tin số {i} về kinh tế" if lang == "vi" else f"Bulletin {i} on trade",
                text=f"Nội dung riêng của bản tin {i}: số liệu {i * 7} và nhận định {i * 13}.",
                url=f"https://list.example.vn/{i}",
                language=lang,
                published_at=start + timedelta(hours=i),
                outlet_domain="list.example.vn",
            )
        )


def test_filter_and_paginate_in_place(page, analyst, many_articles):
    login(page, "analyst", PASSWORD)
    page.goto("/articles/")
    status = page.locator("#results-status")
    expect(status).to_contain_text("25 bài viết")
    assert page.locator("#results li.result").count() == 20
    page.get_by_role("link", name="Trang sau").click()
    expect(status).to_contain_text("trang 2/2")
    assert page.locator("#results li.result").count() == 5
    assert "page=2" in page.url
    page.get_by_label("Ngôn ngữ bài viết").select_option("en")  # a change in the filters refreshes the results
    expect(status).to_have_text(re.compile(r"^\s*5 bài viết"))
    expect(page).to_have_url(re.compile(r"language=en"))
    assert run_axe(page) == []
