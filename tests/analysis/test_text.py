import unicodedata

from ttdn.analysis.text import normalise, script, sentences, strip_diacritics


def test_tone_marks_move_to_modern_position():
    assert normalise("Khánh Hoà") == "Khánh Hòa"
    assert normalise("thuỷ sản, khoẻ mạnh") == "thủy sản, khỏe mạnh"
    assert normalise("hoàn thành") == "hoàn thành"  # closed syllable: unchanged
    assert normalise("quỳ") == "quỳ"  # "qu" + y: the mark stays on y


def test_output_is_nfc():
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    assert normalise(decomposed) == "Việt Nam"


def test_strip_diacritics_and_scripts():
    assert strip_diacritics("Đà Nẵng") == "Da Nang"
    assert script("Xin chào Hà Nội") == "Latn"
    assert script("越南总理访问中国") == "Hani"
    assert script("ベトナムの首相") == "Jpan"
    assert script("베트남 총리") == "Hang"


def test_sentences_respect_abbreviations():
    t = "Mr. Smith visited the U.S. Embassy in Hanoi. He left on Monday."
    assert [t[a:b] for a, b in sentences(t)] == ["Mr. Smith visited the U.S. Embassy in Hanoi.", "He left on Monday."]
