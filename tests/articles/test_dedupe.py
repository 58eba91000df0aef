from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from ttdn.articles import dedupe
from ttdn.articles.models import Article
from ttdn.articles.services import ArticleInput, ingest_article

from .dedupe_samples import EDITED_EN, EDITED_VI, ORIGINAL_EN, ORIGINAL_VI, OTHER_EN, OTHER_VI

pytestmark = pytest.mark.django_db


def put(title: str, text: str, domain: str, day: int, **kw) -> Article:
    article, created = ingest_article(
        ArticleInput(
            title=title,
            text=text,
            url=f"https://{domain}/{day}-{abs(hash(title)) % 10_000}",
            published_at=datetime(2026, 3, day, 8, tzinfo=UTC),
            outlet_domain=domain,
            **kw,
        )
    )
    assert created
    return article


def test_measured_similarities_separate_copies_from_other_stories():
    sim = lambda a, b: dedupe.signature(a).jaccard(dedupe.signature(b))  # noqa: E731
    assert sim(ORIGINAL_VI, ORIGINAL_VI) == 1.0
    assert sim(ORIGINAL_VI, EDITED_VI) > 0.75
    assert sim(ORIGINAL_EN, EDITED_EN) > 0.6
    assert sim(ORIGINAL_VI, OTHER_VI) < 0.15
    assert sim(ORIGINAL_EN, OTHER_EN) < 0.15


def test_signature_is_stored_as_raw_hash_values_not_pickle():
    article = put("Tiếp doanh nghiệp châu Âu", ORIGINAL_VI, "a.example.vn", 14)
    article.refresh_from_db()
    data = bytes(article.minhash)
    assert len(data) == dedupe.NUM_PERM * 4 and not data.startswith(b"\x80")
    assert np.array_equal(np.frombuffer(data, dtype=np.uint32), dedupe.signature(ORIGINAL_VI).hashvalues)


def test_syndicated_copies_are_grouped_under_the_earliest():
    first = put("Bộ trưởng tiếp doanh nghiệp châu Âu", ORIGINAL_VI, "a.example.vn", 14)
    copy = put("Doanh nghiệp châu Âu muốn đầu tư điện gió", EDITED_VI, "b.example.vn", 15)
    other = put("Hiệp hội điện gió làm việc với Bộ Công Thương", OTHER_VI, "c.example.vn", 15)
    copy.refresh_from_db()
    other.refresh_from_db()
    assert copy.duplicate_of_id == first.pk
    assert copy.metadata["near_duplicate_similarity"] > 0.75
    assert other.duplicate_of_id is None
    assert [a.pk for a in dedupe.copies(copy)] == [first.pk, copy.pk]


def test_an_older_copy_ingested_later_becomes_the_representative():
    late = put("Khánh Hòa đón khách quốc tế", ORIGINAL_EN, "a.example.com", 20)
    copy = put("Tourism rebounds in Khanh Hoa", EDITED_EN, "b.example.com", 21)
    older = put("Khanh Hoa visitors", ORIGINAL_EN + " Reported first by the wire.", "c.example.com", 18)
    for article in (late, copy, older):
        article.refresh_from_db()
    assert older.duplicate_of_id is None
    assert late.duplicate_of_id == older.pk and copy.duplicate_of_id == older.pk


def test_index_picks_up_rows_stored_by_another_process():
    first = put("Bộ trưởng tiếp doanh nghiệp châu Âu", ORIGINAL_VI, "a.example.vn", 14)
    dedupe.reset_index()  # as if this process had never seen `first`
    copy = put("Bản đăng lại", EDITED_VI, "b.example.vn", 15)
    copy.refresh_from_db()
    assert copy.duplicate_of_id == first.pk


def test_short_items_and_bad_signatures_do_not_break_ingest():
    short = put("Tin ngắn", "Hà Nội mưa to.", "a.example.vn", 3)
    assert short.minhash is None
    broken = put("Bộ trưởng tiếp doanh nghiệp châu Âu", ORIGINAL_VI, "a.example.vn", 14)
    Article.objects.filter(pk=broken.pk).update(minhash=b"not a signature")
    dedupe.reset_index()
    copy = put("Bản đăng lại", EDITED_VI, "b.example.vn", 15)
    copy.refresh_from_db()
    assert copy.pk and copy.duplicate_of_id is None


def test_words_keep_diacritics_and_split_cjk():
    assert dedupe.words("Biển Đông, bien dong!") == ["biển", "đông", "bien", "dong"]
    assert dedupe.words("越南外交 Hanoi") == ["越", "南", "外", "交", "hanoi"]


def test_regroup_all_rebuilds_groups():
    first = put("A", ORIGINAL_VI, "a.example.vn", 14)
    copy = put("B", EDITED_VI, "b.example.vn", 15)
    Article.objects.update(duplicate_of=None, minhash=None)
    assert dedupe.regroup_all() == 2
    copy.refresh_from_db()
    assert copy.duplicate_of_id == first.pk


def test_index_survives_a_rolled_back_insert_that_frees_its_id():
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        put("Không liên quan", OTHER_EN, "x.example.com", 2)
        raise RuntimeError("rolled back")
    # The id the rolled-back row had is handed out again; the index must notice and reload.
    first = put("Bộ trưởng tiếp doanh nghiệp châu Âu", ORIGINAL_VI, "a.example.vn", 14)
    copy = put("Bản đăng lại", EDITED_VI, "b.example.vn", 15)
    copy.refresh_from_db()
    assert copy.duplicate_of_id == first.pk


@pytest.mark.django_db(transaction=True)
def test_a_flood_of_copies_keeps_only_the_story_in_the_index():
    """Copies are never indexed, so each new copy is checked against one story, not the whole group."""
    from ttdn.articles import dedupe
    from ttdn.articles.services import ArticleInput, ingest_article

    dedupe.reset_index()
    base = (
        "Bão số 5 đổ bộ vào miền Trung gây mưa lớn tại nhiều tỉnh, chính quyền sơ tán hàng nghìn hộ dân "
        "khỏi vùng nguy hiểm và huy động lực lượng cứu hộ. "
    ) * 3
    for i in range(40):
        ingest_article(
            ArticleInput(title=f"Cập nhật bão {i}", text=f"{base} Bản tin số {i}.", url=f"https://x.example/{i}")
        )
    assert Article.objects.filter(duplicate_of__isnull=True).count() == 1
    representative = Article.objects.get(duplicate_of__isnull=True)
    assert dedupe.INDEX.keys == {representative.pk}
