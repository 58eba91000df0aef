"""Organisations and public figures: gazetteer + English spaCy NER, and the rule that keeps
only public figures (private persons are never turned into entities)."""

import pytest

from ttdn.analysis import Document, Pipeline, entities, ner
from ttdn.analysis.entities import public_figure, slug
from ttdn.analysis.ner import NerSpan

ONLY = ["relevance", "embed", "topics", "tone", "dedupe", "cluster", "claims"]  # skipped: not under test


class FakeNer:
    """Tags the given surface strings wherever they occur; records what it was asked to read."""

    version = "fake-ner"

    def __init__(self, tags: dict[str, str]) -> None:
        self.tags = tags
        self.seen: list[str] = []

    def find(self, texts):
        self.seen.extend(texts)
        out = []
        for t in texts:
            spans = []
            for surface, label in self.tags.items():
                i = t.find(surface)
                while i != -1:
                    spans.append(NerSpan(label, i, i + len(surface), surface))
                    i = t.find(surface, i + 1)
            out.append(spans)
        return out


def _analyse(text: str, tags: dict[str, str], profile: str = "fast", title: str = ""):
    fake = FakeNer(tags)
    pipe = Pipeline(profile=profile, disable=ONLY, recogniser=fake)
    (a,) = pipe.analyse([Document("d", title, text, language_hint="en")])
    return {e.id: e for e in a.entities}, fake


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Minister Wang Yi met him.", "Wang Yi"),
        ("Vietnam's foreign minister Bui Thanh Son arrived.", "Bui Thanh Son"),
        ("U.S. Secretary of State Marco Rubio arrived.", "Marco Rubio"),
        ("Chairman of the Hanoi People's Committee Tran Sy Thanh spoke.", "Tran Sy Thanh"),
        ("Apple CEO Tim Cook visited.", "Tim Cook"),
        ("Tim Cook, Apple's chief executive, visited.", "Tim Cook"),
        ("Mao Ning, a spokesperson for the Chinese foreign ministry, said.", "Mao Ning"),
        ("the ministry's spokesperson, Pham Thu Hang, said", "Pham Thu Hang"),
        ("Chinese leader Xi Jinping said.", "Xi Jinping"),
        ("Sen. Elizabeth Warren said.", "Elizabeth Warren"),
        ("EU trade commissioner Maros Sefcovic said.", "Maros Sefcovic"),
    ],
)
def test_public_office_title_makes_a_public_figure(text, name):
    start = text.index(name)
    assert public_figure(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("John Smith, a farmer who met President Biden, said.", "John Smith"),
        ("He met the President of France and John Smith.", "John Smith"),
        ("said Nguyen Van An, a 45-year-old teacher.", "Nguyen Van An"),
        ("resident Emma Brown said.", "Emma Brown"),
        ("Emma Brown, the President's daughter, said.", "Emma Brown"),
        ("the Prime Minister's wife Jane Doe said.", "Jane Doe"),
        ("He met the President. John Smith said", "John Smith"),
        ("his secretary Jane Doe said", "Jane Doe"),
        ("Standard Chartered economist Tim Leelahaphan said", "Tim Leelahaphan"),
    ],
)
def test_private_person_is_not_a_public_figure(text, name):
    start = text.index(name)
    assert not public_figure(text, start, start + len(name))


def test_merge_rules():
    text = ("Prime Minister Pham Minh Chinh met Singaporean Prime Minister Lawrence Wong and Samsung Electronics "
            "in Hanoi. The World Food Programme also attended. John Smith, a farmer, said he was pleased. "
            "Wong said the talks went well. Chinh agreed. Driver Nguyen Quoc Bao watched.")
    tags = {"Pham Minh": "PERSON", "Lawrence Wong": "PERSON", "Samsung Electronics": "ORG", "Hanoi": "ORG",
            "The World Food Programme": "ORG", "John Smith": "PERSON", "Wong": "PERSON", "Chinh": "PERSON",
            "Driver Nguyen Quoc Bao": "ORG", "Singaporean Prime": "ORG"}
    ents, _ = _analyse(text, tags)
    # The gazetteer wins over overlapping spaCy spans and keeps its stable id.
    assert ents["pham_minh_chinh"].source == "gazetteer"
    assert [m.text for m in ents["pham_minh_chinh"].mentions] == ["Pham Minh Chinh", "Chinh"]
    assert ents["person:lawrence_wong"].kind == "person"
    assert [m.text for m in ents["person:lawrence_wong"].mentions] == ["Lawrence Wong", "Wong"]
    assert ents["org:samsung_electronics"].name == "Samsung Electronics"
    assert ents["org:world_food_programme"].name == "World Food Programme"  # article dropped
    assert ents["org:world_food_programme"].source == "spacy"
    # A place tagged ORG stays a place; a private person (even one mislabelled ORG) is never kept.
    assert "org:hanoi" not in ents
    assert not any("smith" in i or "nguyen_quoc_bao" in i for i in ents)


def test_ner_reads_the_lead_in_the_fast_profile_and_everything_in_the_full_profile():
    late = " ".join(["Officials discussed the plan at length."] * 20) + " Later, Oxfam Novib commented."
    text = "Vietnam Airlines Corp signed the deal on Monday. " + late
    tags = {"Vietnam Airlines Corp": "ORG", "Oxfam Novib": "ORG"}
    fast, fake = _analyse(text, tags, "fast")
    assert "org:vietnam_airlines_corp" in fast and "org:oxfam_novib" not in fast
    assert not any("Oxfam" in s for s in fake.seen)
    full, _ = _analyse(text, tags, "full")
    assert {"org:vietnam_airlines_corp", "org:oxfam_novib"} <= set(full)


def test_sentences_naming_only_known_places_are_not_sent_to_ner():
    _, fake = _analyse("Vietnam and Japan agreed to expand trade. The talks were held in Hanoi.", {})
    assert fake.seen == []


def test_vietnamese_text_is_never_sent_to_english_ner():
    fake = FakeNer({"Samsung": "ORG"})
    pipe = Pipeline(disable=ONLY, recogniser=fake)
    pipe.analyse([Document("vi", "", "Samsung mở rộng nhà máy tại Bắc Ninh, ông Nguyễn Văn A cho biết.")])
    assert fake.seen == []


def test_gazetteer_only_without_a_model(monkeypatch):
    monkeypatch.setattr(ner, "_checked", False)
    monkeypatch.setattr(ner, "_default", None)
    monkeypatch.setattr(ner, "model_version", lambda: None)
    assert ner.default_ner() is None
    pipe = Pipeline(disable=ONLY)
    (a,) = pipe.analyse([Document("d", "", "Foreign Minister Bui Thanh Son met Apple CEO Tim Cook.")])
    assert {e.id for e in a.entities} == {"bui_thanh_son"}
    assert pipe.model_versions()["ner"] == "none"


def test_slug():
    assert slug("Nguyễn Thị Hồng") == "nguyen_thi_hong"
    assert slug("Moody's Investors Service") == "moody_s_investors_service"


def test_spacy_model_end_to_end(pipeline):
    doc = Document(
        "en", "Vietnam and Singapore upgrade ties",
        "Singaporean Prime Minister Lawrence Wong met Prime Minister Pham Minh Chinh in Hanoi on Monday, and "
        "Samsung Electronics announced a new plant. John Smith, a farmer from Ohio, said he was pleased.",
    )
    (a,) = pipeline.analyse([doc])
    ids = {e.id for e in a.entities}
    assert {"pham_minh_chinh", "person:lawrence_wong", "org:samsung_electronics"} <= ids
    assert not any("smith" in i for i in ids)
    assert a.model_versions["ner"].startswith("spacy-3.8")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh kiểm tra các tuyến phố ngập.", ["Trần Sỹ Thanh"]),
        ("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu dự lễ khai mạc.", ["Phạm Quang Hiệu"]),
        ("Chủ tịch Hội đồng quản trị Vingroup Phạm Nhật Vượng cho biết.", ["Phạm Nhật Vượng"]),
        ("Chu tich UBND TP Ha Noi Tran Sy Thanh kiem tra cac tuyen pho.", ["Tran Sy Thanh"]),  # no diacritics
        ("Ông Nguyễn Văn Hùng, nông dân ở An Giang, cho biết hạn hán kéo dài.", []),
        ("Thủ tướng tiếp ông Nguyễn Văn An, một nông dân ở An Giang.", []),
        ("Thủ tướng Phạm Minh Chính và Nguyễn Văn A tới dự.", []),
        ("Chị Trần Thị Lan, giáo viên ở Quảng Ngãi, nói cần nước sạch.", []),
    ],
)
def test_vietnamese_public_figures_need_an_office(text, names):
    from ttdn.analysis import recognise
    from ttdn.analysis.entities import vi_public_figures

    assert [s.text for s in vi_public_figures(text, recognise.find(text))] == names


def test_vietnamese_document_keeps_titled_officials_only():
    pipe = Pipeline(disable=ONLY, use_default_ner=False)
    (a,) = pipe.analyse([Document(
        "vi", "Hà Nội khắc phục ngập",
        "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh kiểm tra các tuyến phố ngập. Ông Nguyễn Văn Hùng, người dân "
        "phường Hoàn Kiếm, cho biết nước rút chậm. Thủ tướng Phạm Minh Chính chỉ đạo Bộ Xây dựng hỗ trợ.",
    )])
    ents = {e.id: e for e in a.entities}
    assert {"pham_minh_chinh", "moc", "person:tran_sy_thanh"} == set(ents)
    assert ents["person:tran_sy_thanh"].source == "title-rule"
    assert a.model_versions["public_figures"] == entities.RULES_VERSION


def test_titled_vietnamese_names_in_english_text():
    text = ("Governor of the State Bank of Vietnam Nguyen Thi Hong said the dong was stable. "
            "Farmer Nguyen Van Hung disagreed. Vingroup chairman Pham Nhat Vuong was not asked.")
    # spaCy sm swallows the governor into the ORG span and truncates the chairman: the rule wins.
    ents, _ = _analyse(text, {"the State Bank of Vietnam Nguyen Thi Hong": "ORG", "Pham Nhat": "PERSON",
                              "Nguyen Van Hung": "PERSON"})
    assert {"sbv", "person:nguyen_thi_hong", "person:pham_nhat_vuong"} == set(ents)
    assert [m.text for m in ents["person:pham_nhat_vuong"].mentions] == ["Pham Nhat Vuong"]
