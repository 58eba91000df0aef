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
