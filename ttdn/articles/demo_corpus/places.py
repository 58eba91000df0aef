# ruff: noqa: E501 - one row per record reads better than wrapped rows
"""Places the stories mention, with the names each language's press uses.

Keys are ours. ``era`` says whether the name is a province of the 63-unit map that was merged
away on 1 July 2025 ("old") or one that still exists ("both"); ``now`` names the current
province an old one went into, so stories can say "the former province of X, now part of Y".
Foreign Latin-script texts get the name with or without diacritics at random (both occur in
real coverage).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    key: str
    vi: str
    city: bool  # a centrally run city (no "province" word)
    zh: str
    ja: str
    ko: str
    ru: str  # bare name, indeclinable transliteration
    era: str = "both"
    now: str = ""  # for old provinces: the key of the province it is part of since 2025-07-01

    @property
    def ascii(self) -> str:
        text = self.vi.replace("Đ", "D").replace("đ", "d")
        return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_ROWS = [
    # key, vi, city, zh, ja, ko, ru, era, now
    ("ha_noi", "Hà Nội", True, "河内", "ハノイ", "하노이", "Ханой", "both", ""),
    ("hcm", "TP Hồ Chí Minh", True, "胡志明市", "ホーチミン市", "호찌민시", "Хошимин", "both", ""),
    ("da_nang", "Đà Nẵng", True, "岘港", "ダナン", "다낭", "Дананг", "both", ""),
    ("hai_phong", "Hải Phòng", True, "海防", "ハイフォン", "하이퐁", "Хайфон", "both", ""),
    ("hue", "Huế", True, "顺化", "フエ", "후에", "Хюэ", "both", ""),
    ("can_tho", "Cần Thơ", True, "芹苴", "カントー", "껀터", "Кантхо", "both", ""),
    ("quang_ninh", "Quảng Ninh", False, "广宁", "クアンニン", "꽝닌", "Куангнинь", "both", ""),
    ("khanh_hoa", "Khánh Hòa", False, "庆和", "カインホア", "카인호아", "Кханьхоа", "both", ""),
    ("lao_cai", "Lào Cai", False, "老街", "ラオカイ", "라오까이", "Лаокай", "both", ""),
    ("lang_son", "Lạng Sơn", False, "谅山", "ランソン", "랑선", "Лангшон", "both", ""),
    ("cao_bang", "Cao Bằng", False, "高平", "カオバン", "까오방", "Каобанг", "both", ""),
    ("thanh_hoa", "Thanh Hóa", False, "清化", "タインホア", "타인호아", "Тханьхоа", "both", ""),
    ("nghe_an", "Nghệ An", False, "乂安", "ゲアン", "응에안", "Нгеан", "both", ""),
    ("ha_tinh", "Hà Tĩnh", False, "河静", "ハティン", "하띤", "Хатинь", "both", ""),
    ("bac_ninh", "Bắc Ninh", False, "北宁", "バクニン", "박닌", "Бакнинь", "both", ""),
    ("dong_nai", "Đồng Nai", False, "同奈", "ドンナイ", "동나이", "Донгнай", "both", ""),
    ("an_giang", "An Giang", False, "安江", "アンザン", "안장", "Анзянг", "both", ""),
    ("gia_lai", "Gia Lai", False, "嘉莱", "ザライ", "잘라이", "Зялай", "both", ""),
    ("dak_lak", "Đắk Lắk", False, "多乐", "ダクラク", "닥락", "Даклак", "both", ""),
    ("lam_dong", "Lâm Đồng", False, "林同", "ラムドン", "럼동", "Ламдонг", "both", ""),
    ("ca_mau", "Cà Mau", False, "金瓯", "カマウ", "까마우", "Камау", "both", ""),
    ("quang_tri", "Quảng Trị", False, "广治", "クアンチ", "꽝찌", "Куангчи", "both", ""),
    ("quang_ngai", "Quảng Ngãi", False, "广义", "クアンガイ", "꽝응아이", "Куангнгай", "both", ""),
    ("ninh_binh", "Ninh Bình", False, "宁平", "ニンビン", "닌빈", "Ниньбинь", "both", ""),
    ("thai_nguyen", "Thái Nguyên", False, "太原", "タイグエン", "타이응우옌", "Тхайнгуен", "both", ""),
    ("tuyen_quang", "Tuyên Quang", False, "宣光", "トゥエンクアン", "뚜옌꽝", "Туенкуанг", "both", ""),
    ("dien_bien", "Điện Biên", False, "奠边", "ディエンビエン", "디엔비엔", "Дьенбьен", "both", ""),
    ("dong_thap", "Đồng Tháp", False, "同塔", "ドンタップ", "동탑", "Донгтхап", "both", ""),
    ("vinh_long", "Vĩnh Long", False, "永隆", "ビンロン", "빈롱", "Виньлонг", "both", ""),
    ("hung_yen", "Hưng Yên", False, "兴安", "フンイエン", "흥옌", "Хынгйен", "both", ""),
    ("tay_ninh", "Tây Ninh", False, "西宁", "タイニン", "떠이닌", "Тэйнинь", "both", ""),
    # Provinces merged away on 1 July 2025 (foreign press and older habits still use them).
    ("quang_nam", "Quảng Nam", False, "广南", "クアンナム", "꽝남", "Куангнам", "old", "da_nang"),
    ("binh_dinh", "Bình Định", False, "平定", "ビンディン", "빈딘", "Биньдинь", "old", "gia_lai"),
    ("kien_giang", "Kiên Giang", False, "坚江", "キエンザン", "끼엔장", "Кьензянг", "old", "an_giang"),
    (
        "ba_ria_vung_tau",
        "Bà Rịa - Vũng Tàu",
        False,
        "巴地头顿",
        "バリア・ブンタウ",
        "바리어붕따우",
        "Бариа-Вунгтау",
        "old",
        "hcm",
    ),
    ("quang_binh", "Quảng Bình", False, "广平", "クアンビン", "꽝빈", "Куангбинь", "old", "quang_tri"),
    ("ha_giang", "Hà Giang", False, "河江", "ハザン", "하장", "Хазянг", "old", "tuyen_quang"),
    ("ninh_thuan", "Ninh Thuận", False, "宁顺", "ニントゥアン", "닌투언", "Ниньтхуан", "old", "khanh_hoa"),
    ("phu_yen", "Phú Yên", False, "富安", "フーイエン", "푸옌", "Фуйен", "old", "dak_lak"),
    ("binh_thuan", "Bình Thuận", False, "平顺", "ビントゥアン", "빈투언", "Биньтхуан", "old", "lam_dong"),
    ("binh_duong", "Bình Dương", False, "平阳", "ビンズオン", "빈즈엉", "Биньзыонг", "old", "hcm"),
    ("long_an", "Long An", False, "隆安", "ロンアン", "롱안", "Лонган", "old", "tay_ninh"),
    ("yen_bai", "Yên Bái", False, "安沛", "イエンバイ", "옌바이", "Йенбай", "old", "lao_cai"),
    ("ben_tre", "Bến Tre", False, "槟椥", "ベンチェ", "벤째", "Бенче", "old", "vinh_long"),
    ("soc_trang", "Sóc Trăng", False, "朔庄", "ソクチャン", "속짱", "Шокчанг", "old", "can_tho"),
    ("nam_dinh", "Nam Định", False, "南定", "ナムディン", "남딘", "Намдинь", "old", "ninh_binh"),
    ("bac_giang", "Bắc Giang", False, "北江", "バクザン", "박장", "Бакзянг", "old", "bac_ninh"),
    ("hai_duong", "Hải Dương", False, "海阳", "ハイズオン", "하이즈엉", "Хайзыонг", "old", "hai_phong"),
    ("kon_tum", "Kon Tum", False, "昆嵩", "コントゥム", "꼰뚬", "Контум", "old", "quang_ngai"),
]

PLACES: dict[str, Place] = {row[0]: Place(*row) for row in _ROWS}

# Groups that stories draw from.
GROUPS: dict[str, list[str]] = {
    "coast": [
        "quang_ninh",
        "khanh_hoa",
        "da_nang",
        "quang_nam",
        "binh_dinh",
        "kien_giang",
        "ba_ria_vung_tau",
        "ninh_thuan",
        "phu_yen",
        "binh_thuan",
        "hai_phong",
        "quang_binh",
        "hue",
        "an_giang",
    ],
    "industry": [
        "bac_ninh",
        "hai_phong",
        "binh_duong",
        "dong_nai",
        "thai_nguyen",
        "long_an",
        "hung_yen",
        "hcm",
        "quang_ninh",
        "thanh_hoa",
        "nghe_an",
        "bac_giang",
        "hai_duong",
        "tay_ninh",
        "ha_tinh",
    ],
    "mekong": [
        "can_tho",
        "an_giang",
        "dong_thap",
        "ca_mau",
        "ben_tre",
        "soc_trang",
        "vinh_long",
        "kien_giang",
        "long_an",
        "tay_ninh",
    ],
    "highland": [
        "lao_cai",
        "ha_giang",
        "tuyen_quang",
        "cao_bang",
        "dien_bien",
        "lang_son",
        "yen_bai",
        "gia_lai",
        "dak_lak",
        "lam_dong",
        "kon_tum",
    ],
    "central": [
        "hue",
        "quang_tri",
        "quang_binh",
        "ha_tinh",
        "quang_ngai",
        "quang_nam",
        "binh_dinh",
        "phu_yen",
        "nghe_an",
        "thanh_hoa",
        "da_nang",
    ],
    "resort": [
        "khanh_hoa",
        "binh_thuan",
        "kien_giang",
        "da_nang",
        "ba_ria_vung_tau",
        "phu_yen",
        "ninh_thuan",
        "quang_nam",
    ],
    "city": ["ha_noi", "hcm", "da_nang", "hai_phong", "hue", "can_tho"],
    "heritage": [
        "hue",
        "quang_nam",
        "ninh_binh",
        "quang_ninh",
        "quang_binh",
        "ha_noi",
        "cao_bang",
        "ha_giang",
        "thanh_hoa",
    ],
    "any": list(PLACES),
}

_FR_CITY = {"ha_noi": "Hanoï", "hcm": "Hô Chi Minh-Ville", "hue": "Hué"}
_EN_CITY = {"hcm": "Ho Chi Minh City"}


def place_slots(place: Place, lang: str, diacritics: bool) -> dict[str, str]:
    """The slot values for one place in one language: ``place``, ``place_full`` and, for Russian, ``place_in``."""
    latin = place.vi if diacritics else place.ascii
    if lang == "vi":
        short = place.vi
        full = (
            place.vi
            if place.city and place.key == "hcm"
            else (f"thành phố {place.vi}" if place.city else f"tỉnh {place.vi}")
        )
        if place.key == "hcm":
            short, full = "TP.HCM", "TP Hồ Chí Minh"
    elif lang == "en":
        short = _EN_CITY.get(place.key, latin)
        full = short if place.city else f"{latin} province"
    elif lang == "fr":
        short = _FR_CITY.get(place.key, latin)
        full = short if place.city else f"la province de {latin}"
    elif lang == "es":
        short = {"hcm": "Ciudad Ho Chi Minh"}.get(place.key, latin)
        full = short if place.city else f"la provincia de {latin}"
    elif lang == "de":
        short = {"hcm": "Ho-Chi-Minh-Stadt"}.get(place.key, latin)
        full = short if place.city else f"der Provinz {latin}"
    elif lang == "zh":
        short = place.zh
        full = place.zh if place.city else f"{place.zh}省"
    elif lang == "ja":
        short = place.ja
        full = place.ja if place.city else f"{place.ja}省"
    elif lang == "ko":
        short = place.ko
        full = place.ko if place.city else f"{place.ko}성"
    elif lang == "ru":
        short = place.ru
        full = place.ru if place.city else f"провинция {place.ru}"
        loc = {"Ханой": "в Ханое", "Хошимин": "в Хошимине", "Дананг": "в Дананге", "Хайфон": "в Хайфоне"}
        return {
            "place": short,
            "place_full": full,
            "place_in": loc.get(place.ru, f"в провинции {place.ru}" if not place.city else f"в {place.ru}"),
        }
    else:  # th and anything else: Latin name
        short = full = latin
    return {"place": short, "place_full": full, "place_in": full}


def former_note(place: Place, lang: str) -> str:
    """A clause telling the reader where an old province went, e.g. for the "(nay thuộc …)" convention."""
    if place.era != "old":
        return ""
    now = PLACES[place.now]
    notes = {
        "vi": f" (nay thuộc {place_slots(now, 'vi', True)['place_full']})",
        "en": f" (now part of {place_slots(now, 'en', True)['place_full']})",
        "fr": f" (rattachée depuis 2025 à {place_slots(now, 'fr', False)['place']})",
    }
    return notes.get(lang, "")
