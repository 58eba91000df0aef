from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ttdn.articles.search.folding import fold, fold_char, fold_table, index_text, tokens


def test_vietnamese_folding_includes_d_with_stroke():
    assert fold("Hà Nội, Biển Đông, Đà Nẵng, ĐẮK LẮK") == "ha noi, bien dong, da nang, dak lak"
    assert fold("Straße Ελλάς Йошкар-Ола") == "strasse ελλασ иошкар-ола"  # case folding: final sigma too


def test_japanese_voicing_marks_are_kept():
    assert fold("ガ") == "ガ" and fold("カ") == "カ"


def test_cjk_runs_become_bigrams_and_words_stay_words():
    assert tokens(fold("越南外交部 và 한국 관광")) == ["越南", "南外", "外交", "交部", "va", "한국", "관광"]
    assert index_text("中", "Hà_Nội") == "中 ha noi"


def test_translation_table_agrees_with_per_character_folding_everywhere():
    table = fold_table()
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        assert table.get(code, chr(code)) == fold_char(chr(code)), hex(code)


@given(st.text())
def test_fold_is_idempotent_on_tokens(text):
    once = index_text(text)
    assert index_text(once) == once
