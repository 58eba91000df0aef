from datetime import datetime

from ttdn.analysis import recognise
from ttdn.analysis.provinces import load_units
from ttdn.analysis.text import normalise


def _find(text, when=None):
    hits = recognise.find(normalise(text))
    return recognise.group(hits, when)


def test_units_reference_data():
    units = load_units()
    assert len(units.old) == 63 and len(units.new) == 34
    hcm = units.new_unit("79")
    assert set(hcm.predecessors) == {"74", "77", "79"}  # Bình Dương, Bà Rịa - Vũng Tàu, TP.HCM
    assert units.successor("15").short_name == "Lào Cai"  # old code 15 (Yên Bái) → new Lào Cai
    assert units.old_unit("15").short_name == "Yên Bái"
    assert units.merger_mapping()["08"] == ("02", "08")


def test_province_resolved_to_old_and_new_units():
    _, provs, _, _ = _find("Doanh nghiệp Hàn Quốc đầu tư vào Bình Dương.", datetime(2024, 5, 1))
    (p,) = provs
    assert p.old_codes == ("74",) and p.new_code == "79" and p.new_name == "Hồ Chí Minh"


def test_post_merger_name_covers_merged_units():
    _, provs, _, _ = _find("Tỉnh Tuyên Quang đẩy mạnh du lịch.", datetime(2025, 9, 1))
    (p,) = provs
    assert set(p.old_codes) == {"02", "08"} and p.new_code == "08"
    _, provs, _, _ = _find("Tỉnh Tuyên Quang đẩy mạnh du lịch.", datetime(2024, 9, 1))
    assert provs[0].old_codes == ("08",)


def test_ho_chi_minh_city_versus_the_person():
    _, provs, _, ents = _find("Tư tưởng Hồ Chí Minh được giảng dạy tại TP Hồ Chí Minh.")
    assert [p.new_code for p in provs] == ["79"]
    assert [e.id for e in ents] == ["ho_chi_minh"]
    _, provs, _, ents = _find("Ho Chi Minh led the independence movement.")
    assert not provs and [e.id for e in ents] == ["ho_chi_minh"]
    _, provs, _, _ = _find("Investors flocked to Ho Chi Minh City and Saigon's suburbs.")
    assert [p.new_code for p in provs] == ["79"]


def test_unaccented_and_english_province_names():
    _, provs, _, _ = _find("Nguoi dan Thanh Hoa va Da Nang don bao.")
    assert {p.new_code for p in provs} == {"38", "48"}
    _, provs, _, _ = _find("Floods hit Quang Binh and Hue.")
    assert {p.new_code for p in provs} == {"44", "46"}


def test_ambiguous_names():
    cs, provs, _, _ = _find("Việt Nam luôn coi trọng hòa bình. Thái Bình Dương rộng lớn.")
    assert not provs and [c.code for c in cs] == ["VN"]
    cs, provs, _, _ = _find("Lào Cai giáp Trung Quốc.")
    assert [c.code for c in cs] == ["CN"] and provs[0].old_codes == ("10",)
    cs, _, _, _ = _find("Anh cho biết sẽ sang Anh học tập.")
    assert [m.text for c in cs for m in c.mentions] == ["Anh"]  # the pronoun is not the UK


def test_countries_in_many_languages_and_sea_names():
    cs, _, regions, _ = _find("Mỹ, Hoa Kỳ và Trung Quốc bàn về Biển Đông.")
    assert {c.code for c in cs} == {"US", "CN"}
    assert regions[0].ref == "south_china_sea"
    cs, _, regions, _ = _find("越南和中国讨论南海问题，日本关注。")
    assert {c.code for c in cs} == {"VN", "CN", "JP"} and regions
    cs, _, regions, _ = _find("Vietnam protested China's actions in the East Sea.")
    assert {c.code for c in cs} == {"VN", "CN"} and regions[0].ref == "south_china_sea"
