# ruff: noqa: E501 - one row per record reads better than wrapped rows
"""Outlets of the demo corpus.

Mainstream outlets carry real names and domains so the demo looks like real monitoring, but
every text the demo attributes to them is written by this project. The outlets that spread the
invented false claims are themselves invented and sit under the reserved ``.example`` domain,
so no real publisher is ever shown spreading a false claim.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoOutlet:
    name: str
    domain: str
    country: str  # ISO 3166-1 alpha-2
    language: str
    kind: str  # ttdn.articles.models.Outlet.Kind value
    audience: int
    group: str = "mainstream"  # or "fringe"
    wire: bool = False  # a news agency whose stories others republish
    section: str = "news"
    byline: str = ""
    credit: str = ""  # how republishers credit this agency

    @property
    def feed_url(self) -> str:
        return f"https://{self.domain}/rss/{self.section}.rss"


OUTLETS: list[DemoOutlet] = [
    # Vietnam, Vietnamese
    DemoOutlet(
        "VnExpress", "vnexpress.net", "VN", "vi", "online", 40_000_000, section="thoi-su", byline="Nhóm phóng viên"
    ),
    DemoOutlet(
        "Tuổi Trẻ", "tuoitre.vn", "VN", "vi", "newspaper", 20_000_000, section="the-gioi", byline="Phóng viên Tuổi Trẻ"
    ),
    DemoOutlet("Thanh Niên", "thanhnien.vn", "VN", "vi", "newspaper", 18_000_000, section="thoi-su", byline="PV"),
    DemoOutlet("Dân trí", "dantri.com.vn", "VN", "vi", "online", 30_000_000, section="xa-hoi", byline="Nhóm PV"),
    DemoOutlet(
        "Nhân Dân", "nhandan.vn", "VN", "vi", "newspaper", 10_000_000, section="chinhtri", byline="Phóng viên Nhân Dân"
    ),
    DemoOutlet("VOV", "vov.vn", "VN", "vi", "broadcast", 12_000_000, section="the-gioi", byline="VOV.VN"),
    DemoOutlet(
        "Thông tấn xã Việt Nam",
        "vnanet.vn",
        "VN",
        "vi",
        "agency",
        2_000_000,
        wire=True,
        section="tin-tuc",
        byline="TTXVN",
        credit="TTXVN",
    ),
    DemoOutlet("Báo Quảng Ninh", "baoquangninh.vn", "VN", "vi", "newspaper", 900_000, section="kinh-te", byline="PV"),
    DemoOutlet("Báo Đà Nẵng", "baodanang.vn", "VN", "vi", "newspaper", 1_100_000, section="xa-hoi", byline="PV"),
    # Vietnam, foreign languages
    DemoOutlet(
        "VnExpress International",
        "e.vnexpress.net",
        "VN",
        "en",
        "online",
        6_000_000,
        section="news",
        byline="VnExpress International",
    ),
    DemoOutlet(
        "Viet Nam News", "vietnamnews.vn", "VN", "en", "newspaper", 2_500_000, section="politics-laws", byline="VNS"
    ),
    DemoOutlet(
        "Vietnam News Agency (English)",
        "en.vnanet.vn",
        "VN",
        "en",
        "agency",
        800_000,
        wire=True,
        section="news",
        byline="VNA",
        credit="VNA",
    ),
    DemoOutlet(
        "VietnamPlus",
        "en.vietnamplus.vn",
        "VN",
        "en",
        "online",
        3_000_000,
        section="politics",
        byline="VNA/VietnamPlus",
    ),
    DemoOutlet(
        "Le Courrier du Vietnam", "lecourrier.vn", "VN", "fr", "newspaper", 400_000, section="societe", byline="CVN"
    ),
    DemoOutlet("越通社中文网", "zh.vietnamplus.vn", "VN", "zh", "online", 600_000, section="politics", byline="越通社"),
    DemoOutlet("ВьетнамПлюс", "ru.vietnamplus.vn", "VN", "ru", "online", 300_000, section="politika", byline="ВИА"),
    # Foreign, English
    DemoOutlet(
        "Reuters",
        "reuters.com",
        "GB",
        "en",
        "agency",
        90_000_000,
        wire=True,
        section="world/asia-pacific",
        byline="Reuters staff",
        credit="Reuters",
    ),
    DemoOutlet(
        "The Straits Times",
        "straitstimes.com",
        "SG",
        "en",
        "newspaper",
        9_000_000,
        section="asia/se-asia",
        byline="Regional correspondent",
    ),
    DemoOutlet(
        "Bangkok Post", "bangkokpost.com", "TH", "en", "newspaper", 4_000_000, section="world", byline="Post reporters"
    ),
    DemoOutlet(
        "Nikkei Asia",
        "asia.nikkei.com",
        "JP",
        "en",
        "online",
        5_000_000,
        section="economy",
        byline="Nikkei staff writers",
    ),
    DemoOutlet(
        "South China Morning Post",
        "scmp.com",
        "HK",
        "en",
        "newspaper",
        12_000_000,
        section="week-asia",
        byline="SCMP correspondent",
    ),
    DemoOutlet(
        "The Diplomat",
        "thediplomat.com",
        "US",
        "en",
        "online",
        3_000_000,
        section="asean-beat",
        byline="Contributing analyst",
    ),
    DemoOutlet(
        "ABC News", "abc.net.au", "AU", "en", "broadcast", 15_000_000, section="news/world", byline="ABC correspondents"
    ),
    DemoOutlet(
        "The Jakarta Post",
        "thejakartapost.com",
        "ID",
        "en",
        "newspaper",
        2_000_000,
        section="asia",
        byline="Staff writer",
    ),
    DemoOutlet(
        "The Korea Herald",
        "koreaherald.com",
        "KR",
        "en",
        "newspaper",
        3_500_000,
        section="business",
        byline="Herald reporter",
    ),
    # French
    DemoOutlet(
        "AFP", "afp.com", "FR", "fr", "agency", 50_000_000, wire=True, section="fr/actus", byline="AFP", credit="AFP"
    ),
    DemoOutlet(
        "Le Monde",
        "lemonde.fr",
        "FR",
        "fr",
        "newspaper",
        25_000_000,
        section="international",
        byline="Correspondant régional",
    ),
    DemoOutlet("RFI", "rfi.fr", "FR", "fr", "broadcast", 30_000_000, section="fr/asie-pacifique", byline="RFI"),
    DemoOutlet(
        "Le Figaro",
        "lefigaro.fr",
        "FR",
        "fr",
        "newspaper",
        20_000_000,
        section="international",
        byline="Service étranger",
    ),
    DemoOutlet("Le Soir", "lesoir.be", "BE", "fr", "newspaper", 3_000_000, section="monde", byline="Rédaction"),
    # Chinese
    DemoOutlet(
        "新华网",
        "xinhuanet.com",
        "CN",
        "zh",
        "agency",
        80_000_000,
        wire=True,
        section="world",
        byline="新华社记者",
        credit="新华社",
    ),
    DemoOutlet(
        "人民网", "people.com.cn", "CN", "zh", "newspaper", 60_000_000, section="world", byline="本报驻河内记者"
    ),
    DemoOutlet("联合早报", "zaobao.com.sg", "SG", "zh", "newspaper", 6_000_000, section="sea", byline="早报综合"),
    DemoOutlet("中央社", "cna.com.tw", "TW", "zh", "agency", 8_000_000, section="aopl", byline="中央社記者"),
    # Japanese
    DemoOutlet("NHK", "nhk.or.jp", "JP", "ja", "broadcast", 40_000_000, section="news/world", byline="NHK"),
    DemoOutlet(
        "共同通信",
        "kyodo.co.jp",
        "JP",
        "ja",
        "agency",
        20_000_000,
        wire=True,
        section="world",
        byline="共同",
        credit="共同",
    ),
    DemoOutlet(
        "日本経済新聞", "nikkei.com", "JP", "ja", "newspaper", 18_000_000, section="asia", byline="アジア編集部"
    ),
    DemoOutlet(
        "朝日新聞", "asahi.com", "JP", "ja", "newspaper", 20_000_000, section="international", byline="ハノイ支局"
    ),
    # Korean
    DemoOutlet(
        "연합뉴스",
        "yna.co.kr",
        "KR",
        "ko",
        "agency",
        30_000_000,
        wire=True,
        section="international",
        byline="특파원",
        credit="연합뉴스",
    ),
    DemoOutlet("조선일보", "chosun.com", "KR", "ko", "newspaper", 20_000_000, section="international", byline="국제부"),
    DemoOutlet("한겨레", "hani.co.kr", "KR", "ko", "newspaper", 8_000_000, section="international", byline="국제팀"),
    DemoOutlet("KBS", "kbs.co.kr", "KR", "ko", "broadcast", 25_000_000, section="news/world", byline="KBS"),
    # Russian
    DemoOutlet(
        "ТАСС",
        "tass.ru",
        "RU",
        "ru",
        "agency",
        40_000_000,
        wire=True,
        section="mezhdunarodnaya-panorama",
        byline="ТАСС",
        credit="ТАСС",
    ),
    DemoOutlet("РИА Новости", "ria.ru", "RU", "ru", "agency", 45_000_000, section="world", byline="РИА Новости"),
    DemoOutlet(
        "Российская газета",
        "rg.ru",
        "RU",
        "ru",
        "newspaper",
        10_000_000,
        section="world/asia",
        byline="Корреспондент РГ",
    ),
    DemoOutlet(
        "Коммерсантъ",
        "kommersant.ru",
        "RU",
        "ru",
        "newspaper",
        8_000_000,
        section="doc",
        byline="Отдел международной политики",
    ),
    # Spanish, German, Thai
    DemoOutlet("EFE", "efe.com", "ES", "es", "agency", 20_000_000, section="mundo", byline="EFE"),
    DemoOutlet(
        "El País", "elpais.com", "ES", "es", "newspaper", 25_000_000, section="internacional", byline="Corresponsal"
    ),
    DemoOutlet(
        "Deutsche Welle", "dw.com", "DE", "de", "broadcast", 30_000_000, section="de/asien", byline="DW-Redaktion"
    ),
    DemoOutlet(
        "Frankfurter Allgemeine",
        "faz.net",
        "DE",
        "de",
        "newspaper",
        15_000_000,
        section="aktuell/politik",
        byline="Korrespondent",
    ),
    DemoOutlet("Thai PBS", "thaipbs.or.th", "TH", "th", "broadcast", 10_000_000, section="news", byline="Thai PBS"),
    # Invented sites that spread the invented false claims (reserved .example domains).
    DemoOutlet(
        "Asia Free Voice",
        "asiafreevoice.example",
        "US",
        "en",
        "online",
        150_000,
        group="fringe",
        section="posts",
        byline="Editorial desk",
    ),
    DemoOutlet(
        "Trade Truth Network",
        "tradetruth.example",
        "GB",
        "en",
        "social",
        80_000,
        group="fringe",
        section="p",
        byline="TTN",
    ),
    DemoOutlet(
        "Tiếng Vọng Tự Do",
        "tiengvong.example",
        "US",
        "vi",
        "online",
        120_000,
        group="fringe",
        section="bai-viet",
        byline="Ban biên tập",
    ),
    DemoOutlet(
        "L'Observateur d'Indochine",
        "observateur-indochine.example",
        "FR",
        "fr",
        "online",
        40_000,
        group="fringe",
        section="billets",
        byline="La rédaction",
    ),
    DemoOutlet(
        "东南亚观察者",
        "dnya-guancha.example",
        "HK",
        "zh",
        "social",
        200_000,
        group="fringe",
        section="post",
        byline="观察者",
    ),
    DemoOutlet(
        "Правда Азии",
        "pravda-azii.example",
        "RU",
        "ru",
        "online",
        90_000,
        group="fringe",
        section="news",
        byline="Редакция",
    ),
    DemoOutlet(
        "아시아 진실 채널",
        "asia-jinsil.example",
        "KR",
        "ko",
        "social",
        60_000,
        group="fringe",
        section="post",
        byline="운영자",
    ),
    DemoOutlet(
        "アジア裏ニュース",
        "asia-ura.example",
        "JP",
        "ja",
        "online",
        50_000,
        group="fringe",
        section="entry",
        byline="編集部",
    ),
]

BY_DOMAIN = {o.domain: o for o in OUTLETS}


def outlets_for(language: str, group: str) -> list[DemoOutlet]:
    return [o for o in OUTLETS if o.language == language and o.group == group]
