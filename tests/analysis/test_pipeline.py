from datetime import datetime

from ttdn.analysis import ClaimReference, Document, StoryClusterer, match_claims
from ttdn.analysis.clustering import minhash

VISIT = [
    Document("vi", "Thủ tướng Phạm Minh Chính thăm chính thức Pháp, hội đàm với Tổng thống Macron",
             "Chiều 5/11 tại Paris, Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Pháp Emmanuel Macron. "
             "Hai bên nhất trí nâng cấp quan hệ Việt Nam - Pháp lên Đối tác chiến lược toàn diện, "
             "thúc đẩy hợp tác kinh tế, quốc phòng và giáo dục.", published_at=datetime(2025, 11, 5)),
    Document("en", "Vietnam's prime minister visits France, holds talks with Macron",
             "Vietnamese Prime Minister Pham Minh Chinh held talks with French President Emmanuel Macron in Paris "
             "on Wednesday. The two leaders agreed to upgrade Vietnam-France relations to a comprehensive "
             "strategic partnership covering trade, defence and education.", published_at=datetime(2025, 11, 5)),
    Document("fr", "Le Premier ministre vietnamien en visite officielle en France",
             "Le Premier ministre vietnamien Pham Minh Chinh s'est entretenu mercredi à Paris avec le président "
             "Emmanuel Macron. Le Vietnam et la France ont élevé leurs relations au rang de partenariat "
             "stratégique global, dans le commerce, la défense et l'éducation.", published_at=datetime(2025, 11, 6)),
]
OTHER = Document("flood", "Lũ lụt nghiêm trọng tại Quảng Bình và Quảng Trị",
                 "Mưa lớn kéo dài khiến hàng nghìn ngôi nhà ở Quảng Bình và Quảng Trị bị ngập sâu, "
                 "nhiều tuyến đường bị chia cắt, chính quyền sơ tán người dân.", published_at=datetime(2025, 11, 6))


def test_analysis_fields(pipeline):
    (a,) = pipeline.analyse([VISIT[0]])
    assert a.language == "vi" and a.script == "Latn" and not a.vi_without_diacritics
    assert "Thủ_tướng" in a.words
    assert {c.code for c in a.countries} >= {"VN", "FR"}
    assert {e.id for e in a.entities} >= {"pham_minh_chinh", "emmanuel_macron"}
    assert a.relevance > 0.8
    assert a.topics[0].topic == "diplomacy_politics"
    assert len(a.near_duplicate_signature) == 64 and a.embedding
    assert {"language", "tone", "topics", "embedding", "ner", "public_figures"} <= set(a.model_versions)


def test_cross_lingual_story_cluster():
    from ttdn.analysis import Pipeline

    pipe = Pipeline(clusterer=StoryClusterer())
    results = pipe.analyse([*VISIT, OTHER])
    clusters = [r.story_cluster for r in results]
    assert clusters[0] == clusters[1] == clusters[2]
    assert clusters[3] != clusters[0]


def test_near_duplicates_and_persistence(tmp_path):
    c = StoryClusterer()
    text = VISIT[1].text
    assert c.near_duplicate("a", minhash(text)) is None
    assert c.near_duplicate("b", minhash(text + " Reuters")) == "a"
    assert c.near_duplicate("c", minhash(OTHER.text)) is None
    cid = c.assign([1.0, 0.0, 0.0], {"country:VN"})
    c.save(tmp_path / "state")
    d = StoryClusterer.load(tmp_path / "state")
    assert d.assign([0.99, 0.05, 0.0], {"country:VN"}) == cid
    assert d.near_duplicate("d", minhash(text)) == "a"


def test_claim_match_ranks_the_right_fact_first():
    refs = [
        ClaimReference("f1", "Việt Nam và Pháp nâng cấp quan hệ lên Đối tác chiến lược toàn diện năm 2024.", "fact"),
        ClaimReference("f2", "Vietnam's GDP grew by 7.09 percent in 2024, among the fastest in Asia.", "fact"),
        ClaimReference("n1", "False claim: Vietnam is forcing farmers off their land to build casinos.", "narrative"),
        ClaimReference("f3", "Cầu Long Biên ở Hà Nội được xây dựng từ năm 1899 đến 1902.", "fact"),
    ]
    out = match_claims([
        "Vietnam's economy expanded more than 7% last year, one of the quickest growth rates in the region.",
        "Les autorités vietnamiennes expulseraient les paysans pour construire des casinos.",
    ], refs, top_k=3)
    assert out[0][0].reference_id == "f2"
    assert out[1][0].reference_id == "n1" and out[1][0].kind == "narrative"
    assert out[0][0].score > out[0][1].score
    assert all(0.0 <= m.score <= 1.0 for ms in out for m in ms)
