"""The 13-topic taxonomy: keyword matching rules and the shape of the scores."""

from __future__ import annotations

import numpy as np

from ttdn.analysis import topics
from ttdn.analysis.training.eval_topic import topic13_scores


def top(title: str) -> str:
    return topics.score("", title)[0][0]


def kw(title: str, topic: str) -> float:
    return float(topics.keyword_scores("", title)[topics.TOPICS.index(topic)])


def test_every_topic_has_a_label_and_keywords():
    assert set(topics.LABELS_VI) == set(topics.TOPICS) == set(topics.KEYWORDS)
    assert all(len(topics.KEYWORDS[t]) >= 20 for t in topics.TOPICS)


def test_one_syllable_keyword_not_found_inside_a_compound():
    # "dịch" (epidemic) inside "giao dịch" (trading) and "dịch vụ" (service) is not health.
    assert kw("Chứng khoán tăng điểm sau phiên giao dịch sôi động", "health") == 0
    assert kw("Ngân hàng mở rộng dịch vụ trực tuyến", "health") == 0
    assert kw("Dịch sởi bùng phát ở vùng cao", "health") > 0.5
    # "sách" (book) inside "chính sách" (policy) is not culture.
    assert kw("Chính sách mới về thuế", "culture_heritage") == 0


def test_longest_phrase_wins():
    # "Olympic Toán" is a school competition; "Olympic" alone is sport.
    assert kw("Hai em dự thi Olympic Toán quốc tế", "education") > 0.5
    assert kw("Hai em dự thi Olympic Toán quốc tế", "sports") == 0
    assert kw("Vận động viên dự Olympic", "sports") > 0.5


def test_english_plurals_fold_to_the_keyword():
    assert topics._fold("tourists") == "tourist" and topics._fold("universities") == "university"
    assert topics._fold("news") == "news" and topics._fold("business") == "business"
    assert kw("Tourists return to the beaches", "tourism") > 0.5
    assert kw("Hackers hit ministry websites", "defence_security") > 0.5


def test_headlines_in_vi_en_fr_without_vectors():
    assert top("Bão số 3 gây lũ quét ở miền núi phía Bắc") == "environment_climate"
    assert top("Thủ tướng hội đàm với Tổng thống Pháp") == "diplomacy_politics"
    assert top("Vietnam's coffee exports hit record as prices soar") == "economy_trade_investment"
    assert top("Coast guard vessels shadow fishing boats near the Spratly Islands") == "sea_islands_sovereignty"
    assert top("Les étudiants vietnamiens à l'université de Lyon") == "education"


def test_scores_are_ranked_and_bounded():
    out = topics.score("Học sinh và giáo viên tham gia ngày hội thể thao.", "Ngày hội thể thao học đường")
    scores = [s for _, s in out]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)
    assert {t for t, _ in out} >= {"sports", "education"}
    assert len(topics.score("", "")) == 1  # always one topic, even for empty text


def test_prototypes_use_the_closest_keywords():
    protos = [np.eye(4, dtype=np.float32)[[0, 1]], np.eye(4, dtype=np.float32)[[2, 3]]]
    vec = np.array([1, 0, 0, 0], np.float32)
    assert topics.prototype_similarity(vec, protos, k=1).tolist() == [1.0, 0.0]
    assert topics.prototype_similarity(vec, protos, k=2).tolist() == [0.5, 0.0]


def test_topic13_scores():
    f1, acc1 = topic13_scores([["sports", "health"], ["tourism"]], [{"sports"}, {"culture_heritage", "tourism"}])
    assert round(f1, 1) == 66.7  # tp 2, 3 predicted, 3 gold
    assert acc1 == 100.0
