"""Country names (ISO 3166-1 alpha-2) in 13 locales from CLDR (Babel) plus the variants news
actually uses, and a few sea/island regions that matter to Vietnam."""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import Entry

LOCALES = ["vi", "en", "fr", "zh", "zh_Hant", "ja", "ko", "ru", "es", "de", "th", "lo", "km"]
# CLDR pseudo-territories and groupings that are not countries.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"}

# Variants news uses that CLDR does not list (written by us).
VARIANTS: dict[str, list[str]] = {
    "VN": ["Việt Nam", "Vietnam", "Viet Nam", "Viêt-Nam", "Vietnamese", "VN", "Socialist Republic of Vietnam"],
    "US": ["Mỹ", "Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ", "USA", "U.S.", "U.S.A.", "US", "America", "American",
           "the States", "Estados Unidos", "Etats-Unis", "États-Unis", "USA"],
    "GB": ["Vương quốc Anh", "Anh Quốc", "Liên hiệp Anh", "UK", "U.K.", "Britain", "Great Britain", "British",
           "England", "Royaume-Uni", "Grande-Bretagne"],
    "CN": ["Trung Quốc", "Trung Hoa", "China", "Chinese", "PRC", "mainland China", "Chine", "Trung Hoa Đại lục"],
    "TW": ["Đài Loan", "Taiwan", "Taiwanese", "Taïwan"],
    "KR": ["Hàn Quốc", "Nam Hàn", "South Korea", "South Korean", "Korea", "Republic of Korea", "ROK", "Korean",
           "Corée du Sud", "韩国", "韓國"],
    "KP": ["Triều Tiên", "Bắc Triều Tiên", "Bắc Hàn", "CHDCND Triều Tiên", "North Korea", "North Korean", "DPRK",
           "Corée du Nord"],
    "JP": ["Nhật Bản", "Japan", "Japanese", "Japon"],
    "RU": ["Liên bang Nga", "LB Nga", "Russia", "Russian", "Russie", "Россия"],
    "FR": ["Pháp", "France", "French"],
    "DE": ["Germany", "German", "Allemagne", "CHLB Đức", "Cộng hòa Liên bang Đức"],
    "IT": ["Italy", "Italia", "Italian", "Italie"],
    "AU": ["Úc", "Australia", "Ô-xtrây-li-a", "Australian", "Australie"],
    "TH": ["Thái Lan", "Thailand", "Thai", "Thaïlande"],
    "LA": ["Lào", "Laos", "Lao PDR", "Laotian", "CHDCND Lào"],
    "KH": ["Campuchia", "Cam-pu-chia", "Cambodia", "Cambodian", "Cambodge", "Kampuchea"],
    "MM": ["Myanmar", "Mi-an-ma", "Burma", "Burmese", "Birmanie"],
    "MY": ["Malaysia", "Ma-lai-xi-a", "Malaysian", "Malaisie"],
    "SG": ["Singapore", "Xin-ga-po", "Xinh-ga-po", "Singaporean", "Singapour"],
    "ID": ["Indonesia", "In-đô-nê-xi-a", "Indonesian", "Indonésie"],
    "PH": ["Philippines", "Philippin", "Phi-líp-pin", "Philippine", "Filipino", "the Philippines"],
    "BN": ["Brunei", "Bru-nây"],
    "TL": ["Timor-Leste", "Đông Timor", "East Timor"],
    "IN": ["Ấn Độ", "India", "Indian", "Inde"],
    "CA": ["Canada", "Ca-na-đa", "Canadian"],
    "NZ": ["New Zealand", "Niu Di-lân", "Niu Dilân"],
    "UA": ["Ukraine", "U-crai-na", "Ukrainian"],
    "ES": ["Tây Ban Nha", "Spain", "Spanish", "Espagne"],
    "NL": ["Hà Lan", "Netherlands", "Holland", "Dutch", "Pays-Bas"],
    "CH": ["Thụy Sĩ", "Switzerland", "Swiss", "Suisse"],
    "SE": ["Thụy Điển", "Sweden", "Swedish"],
    "BR": ["Brazil", "Braxin", "Brasil", "Brazilian", "Brésil"],
    "CU": ["Cuba", "Cu-ba", "Cuban"],
    "IL": ["Israel", "Ix-ra-en", "Israeli"],
    "IR": ["Iran", "I-ran", "Iranian"],
    "TR": ["Thổ Nhĩ Kỳ", "Turkey", "Türkiye", "Turkish", "Turquie"],
    "SA": ["Ả Rập Xê Út", "Ả-rập Xê-út", "Saudi Arabia", "Saudi"],
    "AE": ["UAE", "Các Tiểu vương quốc Ả Rập Thống nhất"],
    "EG": ["Ai Cập", "Egypt", "Egyptian"],
    "MX": ["Mexico", "Mê-hi-cô", "Mexican", "Mexique"],
    "PK": ["Pakistan", "Pakistani"],
    "BD": ["Bangladesh", "Băng-la-đét"],
    "CZ": ["Séc", "Czech Republic", "Czechia"],
    "PL": ["Ba Lan", "Poland", "Polish", "Pologne"],
    "HU": ["Hungary", "Hung-ga-ri", "Hungarian", "Hongrie"],
    "BE": ["Bỉ", "Belgium", "Belgian", "Belgique"],
    "AT": ["Áo", "Austria", "Austrian", "Autriche"],
    "HK": ["Hong Kong", "Hồng Kông", "香港", "Hongkong"],
    "KW": ["Kuwait", "Cô-oét", "Kuwaiti"],
    "VA": ["Tòa Thánh Vatican", "Vatican", "Holy See", "Saint-Siège"],
}
# Short names that are also common words or given names: need context to count.
AMBIGUOUS = {("GB", "Anh"), ("DE", "Đức"), ("RU", "Nga"), ("IT", "Ý"), ("JP", "Nhật"), ("JO", "Jordan"),
             ("GE", "Georgia"), ("TD", "Chad"), ("BE", "Bỉ"), ("AT", "Áo"), ("CZ", "Séc"), ("US", "US"),
             ("TH", "Thai"), ("US", "America"), ("GB", "England"), ("LA", "Lao"), ("NE", "Niger")}
# English names that are more often a US state or a person: only after a preposition.
STRICT = frozenset({"Jordan", "Georgia", "Chad", "Niger"})
EXTRA_AMBIGUOUS = [("GB", "Anh"), ("DE", "Đức"), ("RU", "Nga"), ("IT", "Ý"), ("JP", "Nhật"), ("LA", "Lao")]
BLOCKS = [
    "châu Mỹ", "Châu Mỹ", "Nam Mỹ", "Bắc Mỹ", "Trung Mỹ", "Mỹ Latinh", "Mỹ La-tinh", "Mỹ La tinh",
    "Latin America", "South America", "North America", "Central America", "Americas",
    "Thái Bình Dương", "tiếng Anh", "tiếng Pháp", "tiếng Đức", "tiếng Nga", "tiếng Nhật", "tiếng Trung",
    "tiếng Hàn", "tiếng Ý", "tiếng Lào", "tiếng Thái", "New Jersey", "New Mexico", "New South Wales",
    "Anh em", "anh em", "Đức Phật", "Đức Giáo hoàng", "Đức Thánh Cha", "Đức Mẹ", "Đức Chúa", "Ý kiến", "Ý nghĩa",
    "Ý tưởng", "Nhật ký", "Nhật Lệ", "Nga Sơn", "Georgia State", "Indian Ocean", "Ấn Độ Dương", "Thai Binh",
    "China Sea", "South China Sea", "East China Sea", "Biển Hoa Đông", "Korean War", "Chiến tranh Triều Tiên",
    "French Polynesia", "Guinea-Bissau", "Papua New Guinea", "Equatorial Guinea", "Dominican Republic",
    "Central African Republic", "Bán đảo Triều Tiên", "Korean Peninsula", "Chinese New Year",
]
# Seas and islands (not ISO countries) that Vietnamese coverage cares about.
REGIONS: dict[str, list[str]] = {
    "south_china_sea": ["Biển Đông", "South China Sea", "East Sea", "Mer de Chine méridionale", "南海", "南中国海",
                        "Южно-Китайское море", "Mar de China Meridional", "Südchinesisches Meer", "Bien Dong",
                        "ทะเลจีนใต้", "南シナ海", "남중국해", "Vùng biển Đông"],
    "paracel_islands": ["Hoàng Sa", "quần đảo Hoàng Sa", "Paracel Islands", "Paracels", "Paracel", "西沙群岛",
                        "Îles Paracels", "Hoang Sa"],
    "spratly_islands": ["Trường Sa", "quần đảo Trường Sa", "Spratly Islands", "Spratlys", "Spratly", "南沙群岛",
                        "Îles Spratleys", "Truong Sa"],
    "mekong": ["Mekong", "Mê Kông", "sông Mê Công", "Mê Công", "Mékong", "湄公河"],
}

_RU_END = re.compile(r"[^\W\d_]$")


def _russian_forms(name: str) -> list[str]:
    # Russian news declines country names; cover the common case endings of the last word.
    if " " in name or not _RU_END.search(name):
        return []
    if name.endswith("ия"):
        stem = name[:-1]
        return [stem + e for e in ("и", "ю", "ей")]
    if name.endswith("а"):
        stem = name[:-1]
        return [stem + e for e in ("ы", "и", "е", "у", "ой")]
    if name[-1] in "йь":
        return []
    return [name + e for e in ("а", "е", "у", "ом")]


@lru_cache(maxsize=1)
def country_names() -> dict[str, set[str]]:
    """ISO code → names in all supported locales (CLDR + our variants)."""
    from babel import Locale

    names: dict[str, set[str]] = {}
    for loc in LOCALES:
        for code, name in Locale.parse(loc).territories.items():
            if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
                continue
            forms = {name, name.replace("\u200b", "")}
            if loc == "ru":
                forms.update(_russian_forms(name))
            names.setdefault(code, set()).update(forms)
    for code, extra in VARIANTS.items():
        names.setdefault(code, set()).update(extra)
    return names


def entries() -> list[Entry]:
    from .text import normalise

    ambiguous_names = {n for _, n in AMBIGUOUS}
    out: list[Entry] = []
    for code, names in country_names().items():
        for name in names:
            name = normalise(name)
            out.append(Entry("country", code, name, needs_context=name in ambiguous_names,
                             accent_free=len(name) >= 4))
    for code, name in EXTRA_AMBIGUOUS:
        out.append(Entry("country", code, name, needs_context=True, accent_free=False))
    for ref, region_names in REGIONS.items():
        for name in region_names:
            out.append(Entry("region", ref, normalise(name), case_sensitive=name[0].isupper()))
    out.extend(Entry("block", "", normalise(b), case_sensitive=False) for b in BLOCKS
               if b not in ("South China Sea",))
    return out
