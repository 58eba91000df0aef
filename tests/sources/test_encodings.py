# ruff: noqa: E501 - fixtures are long literal documents
"""Encodings: each legacy Vietnamese encoding proven with text we encode ourselves, then detect and decode."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn.sources.encodings import (
    decode,
    decode_vni,
    detect,
    encode_as,
    encode_cp1258,
    encode_tcvn3,
    encode_vni,
    is_vietnamese_syllable,
    normalise_name,
)

SAMPLE = "Thông tin đối ngoại Việt Nam"
LONGER = (
    "Thông tin đối ngoại Việt Nam: tỉnh Khánh Hòa đón đoàn khách quốc tế, người dân Quảng Ngãi "
    "nói về biển đảo, những ý kiến của các nhà nghiên cứu ở Hà Nội về hợp tác kinh tế."
)


def test_tcvn3_bytes_are_the_published_codes():
    # ô = 0xAB, đ = 0xAE, ố = 0xE8, ạ = 0xB9, ệ = 0xD6 in the TCVN 5712 VN3 chart.
    assert encode_tcvn3(SAMPLE) == b"Th\xabng tin \xae\xe8i ngo\xb9i Vi\xd6t Nam"
    assert codecs.decode(encode_tcvn3(SAMPLE), "tcvn3") == SAMPLE


def test_vni_bytes_are_base_letter_plus_modifier():
    assert encode_vni(SAMPLE) == b"Tho\xe2ng tin \xf1o\xe1i ngoa\xefi Vie\xe4t Nam"
    assert decode_vni(encode_vni(SAMPLE)) == SAMPLE


def test_vni_round_trips_every_vietnamese_letter_in_both_cases():
    letters = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
    alphabet = "".join(unicodedata.normalize("NFC", b + t) for b in letters for t in tones) + "đ"
    for text in (alphabet, alphabet.upper()):
        assert decode_vni(encode_vni(text)) == text


def test_tcvn3_round_trips_every_lower_case_letter_and_folds_toned_capitals():
    letters = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
    alphabet = "".join(unicodedata.normalize("NFC", b + t) for b in letters for t in tones) + "đĂÂÊÔƠƯĐ"
    assert encode_tcvn3(alphabet).decode("tcvn3") == alphabet
    # ABC had no code for toned capitals: they share the lower-case codes.
    assert encode_tcvn3("Ủy ban").decode("tcvn3") == "ủy ban"


def test_cp1258_uses_combining_marks_and_decodes_to_nfc():
    encoded = encode_cp1258(SAMPLE)
    assert b"\xec" in encoded  # the combining acute of "ố"
    text = decode(encoded).text
    assert text == SAMPLE and unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    "encoding", ["tcvn3", "vni", "cp1258", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"]
)
def test_each_encoding_is_detected_without_a_declaration(encoding):
    data = encode_as(LONGER, encoding)
    if encoding == "utf-16":
        assert data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    result = decode(data)
    assert result.text == LONGER
    assert unicodedata.is_normalized("NFC", result.text)


def test_short_sample_is_detected_too():
    for encoding in ("tcvn3", "vni", "cp1258"):
        assert decode(encode_as(SAMPLE, encoding)).text == SAMPLE, encoding


def test_a_wrong_declared_charset_is_overruled():
    # UTF-8 bytes declared as Latin-1, TCVN3 bytes declared as Windows-1258, VNI declared as UTF-8.
    assert decode(LONGER.encode("utf-8"), "iso-8859-1").text == LONGER
    assert decode(encode_tcvn3(LONGER), "windows-1258").text == LONGER
    assert decode(encode_vni(LONGER), "utf-8").text == LONGER
    encoding, reason = detect(LONGER.encode("utf-8"), "iso-8859-1")
    assert encoding == "utf-8" and "ignored" in reason


def test_a_correct_declared_charset_for_other_scripts_is_used():
    russian = "Вьетнам и Россия подписали соглашение о сотрудничестве в области образования"
    assert decode(russian.encode("cp1251"), "windows-1251").text == russian
    japanese = "ベトナムとの経済協力について、東京で会議が開かれた。"
    assert decode(japanese.encode("shift_jis"), "shift_jis").text == japanese


def test_declared_legacy_labels_are_understood():
    assert normalise_name("TCVN3") == "tcvn3"
    assert normalise_name("x-viet-vni") == "vni"
    assert normalise_name("Windows-1258") == "cp1258"
    assert normalise_name("no-such-charset") is None


def test_garbage_and_empty_input_do_not_raise():
    assert decode(b"").text == ""
    result = decode(bytes(range(256)) * 4)
    assert isinstance(result.text, str) and result.encoding


def test_syllable_checker():
    assert all(is_vietnamese_syllable(w) for w in ["nghiêng", "thông", "đối", "ngoại", "khuyến", "Việt"])
    assert not any(is_vietnamese_syllable(w) for w in ["thoâng", "th«ng", "ñoái", "straße"])


VI_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


@st.composite
def vietnamese_text(draw, capitals: bool = True):
    words = []
    for _ in range(draw(st.integers(1, 12))):
        letters = draw(st.lists(st.sampled_from(VI_LETTERS), min_size=1, max_size=6))
        tone = draw(st.sampled_from(TONE_MARKS))
        word = (
            unicodedata.normalize("NFC", "".join(letters) + tone)
            if tone and letters[-1] in "aăâeêioôơuưy"
            else "".join(letters)
        )
        if capitals and draw(st.booleans()):
            word = word[:1].upper() + word[1:]
        words.append(word)
    return " ".join(words)


@given(vietnamese_text())
@settings(max_examples=200, deadline=None)
def test_vni_and_cp1258_round_trip_any_vietnamese_text(text):
    assert decode_vni(encode_vni(text)) == text
    assert unicodedata.normalize("NFC", encode_cp1258(text).decode("cp1258")) == text


@given(vietnamese_text(capitals=False))
@settings(max_examples=200, deadline=None)
def test_tcvn3_round_trips_lower_case_text(text):
    assert encode_tcvn3(text).decode("tcvn3") == text


@given(st.binary(max_size=2048), st.sampled_from([None, "utf-8", "windows-1258", "tcvn3", "vni", "x-bogus"]))
@settings(max_examples=200, deadline=None)
def test_decoding_arbitrary_bytes_never_raises_and_is_nfc(data, declared):
    result = decode(data, declared)
    assert unicodedata.is_normalized("NFC", result.text)
