"""The 13-topic TTĐN taxonomy, multi-label.

There is no labelled news data for this taxonomy, so a topic score blends (1) weighted
keyword evidence in vi/en/fr and (2) cosine to topic prototypes in the multilingual
static space (so other languages still score), with (3) the SIB-200-trained classifier
mapped onto the overlapping topics when its artifact is present."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from .text import strip_diacritics

TOPICS = [
    "diplomacy_politics", "economy_trade_investment", "tourism", "culture_heritage",
    "sea_islands_sovereignty", "human_rights_religion_ethnic", "defence_security",
    "science_technology", "health", "environment_climate", "society", "sports", "education",
]
LABELS_VI = {
    "diplomacy_politics": "Ngoại giao, chính trị", "economy_trade_investment": "Kinh tế, thương mại, đầu tư",
    "tourism": "Du lịch", "culture_heritage": "Văn hóa, di sản", "sea_islands_sovereignty": "Biển đảo, chủ quyền",
    "human_rights_religion_ethnic": "Nhân quyền, tôn giáo, dân tộc", "defence_security": "Quốc phòng, an ninh",
    "science_technology": "Khoa học, công nghệ", "health": "Y tế", "environment_climate": "Môi trường, khí hậu",
    "society": "Xã hội", "sports": "Thể thao", "education": "Giáo dục",
}

# Keywords (lower-case; vi, en, fr). Multi-word entries are matched as phrases.
KEYWORDS: dict[str, list[str]] = {
    "diplomacy_politics": [
        "ngoại giao", "chuyến thăm", "thăm chính thức", "thăm cấp nhà nước", "hội đàm", "hội kiến", "đối tác",
        "quan hệ song phương", "đại sứ", "đại sứ quán", "tổng bí thư", "chủ tịch nước", "thủ tướng", "quốc hội",
        "bộ ngoại giao", "hợp tác", "thượng đỉnh", "bầu cử", "chính phủ", "chính trị", "đối tác chiến lược",
        "diplomacy", "diplomatic", "state visit", "official visit", "summit", "ambassador", "embassy",
        "bilateral", "prime minister", "president", "foreign minister", "talks", "election", "politics",
        "comprehensive strategic partnership", "party", "parliament", "government",
        "diplomatie", "visite d'état", "ambassadeur", "sommet", "premier ministre", "président", "bilatéral",
    ],
    "economy_trade_investment": [
        "kinh tế", "thương mại", "đầu tư", "xuất khẩu", "nhập khẩu", "fdi", "gdp", "tăng trưởng", "doanh nghiệp",
        "thuế quan", "ngân hàng", "chứng khoán", "lạm phát", "thị trường", "hiệp định thương mại", "vốn", "tỷ usd",
        "economy", "economic", "trade", "investment", "investor", "export", "import", "tariff", "growth",
        "billion", "market", "bank", "inflation", "manufacturing", "supply chain", "stock", "business", "fta",
        "économie", "commerce", "investissement", "exportations", "croissance", "milliards", "entreprises",
    ],
    "tourism": [
        "du lịch", "du khách", "khách quốc tế", "lữ hành", "khách sạn", "điểm đến", "resort", "visa",
        "tourism", "tourist", "tourists", "travel", "destination", "hotel", "visitors", "beach",
        "tourisme", "touristes", "voyage", "destination",
    ],
    "culture_heritage": [
        "văn hóa", "di sản", "lễ hội", "nghệ thuật", "âm nhạc", "điện ảnh", "bảo tàng", "unesco", "di tích",
        "phim", "ca sĩ", "triển lãm", "ẩm thực", "áo dài", "tết",
        "culture", "cultural", "heritage", "festival", "art", "music", "film", "museum", "cuisine", "exhibition",
        "patrimoine", "culturel", "festival", "musée", "cinéma",
    ],
    "sea_islands_sovereignty": [
        "biển đông", "hoàng sa", "trường sa", "chủ quyền", "biển đảo", "vùng đặc quyền kinh tế", "unclos",
        "tàu cá", "ngư dân", "cảnh sát biển", "đường chín đoạn", "đảo nhân tạo", "thềm lục địa",
        "south china sea", "east sea", "paracel", "spratly", "sovereignty", "maritime", "exclusive economic zone",
        "fishermen", "coast guard", "nine-dash line", "artificial islands", "territorial",
        "mer de chine", "souveraineté", "maritime", "paracels", "spratleys",
    ],
    "human_rights_religion_ethnic": [
        "nhân quyền", "tôn giáo", "tự do tôn giáo", "dân tộc thiểu số", "đồng bào", "tín ngưỡng", "phật giáo",
        "công giáo", "nhà thờ", "chùa", "tự do báo chí", "tự do ngôn luận", "blogger", "bất đồng chính kiến",
        "human rights", "religion", "religious freedom", "ethnic minority", "ethnic minorities", "freedom of speech",
        "press freedom", "dissident", "activist", "activists", "catholic", "buddhist", "church", "detained",
        "droits de l'homme", "liberté religieuse", "minorités ethniques", "liberté de la presse",
    ],
    "defence_security": [
        "quốc phòng", "an ninh", "quân đội", "quân sự", "tập trận", "vũ khí", "tàu chiến", "bộ công an",
        "khủng bố", "tội phạm", "ma túy", "biên giới", "an ninh mạng", "lừa đảo",
        "defence", "defense", "security", "military", "army", "navy", "weapons", "drills", "terrorism", "police",
        "crime", "drug", "border", "cybersecurity", "arrested",
        "défense", "sécurité", "militaire", "armée", "police",
    ],
    "science_technology": [
        "khoa học", "công nghệ", "chuyển đổi số", "trí tuệ nhân tạo", "bán dẫn", "chip", "5g", "vệ tinh",
        "nghiên cứu", "đổi mới sáng tạo", "startup", "dữ liệu", "internet",
        "science", "technology", "digital", "artificial intelligence", "ai", "semiconductor", "semiconductors",
        "satellite", "research", "innovation", "tech", "data", "software",
        "technologie", "numérique", "intelligence artificielle", "semi-conducteurs", "recherche",
    ],
    "health": [
        "y tế", "bệnh viện", "dịch bệnh", "covid", "vắc xin", "vaccine", "bác sĩ", "sức khỏe", "ca nhiễm", "dịch",
        "sốt xuất huyết", "ung thư", "thuốc",
        "health", "hospital", "disease", "covid-19", "vaccination", "doctors", "patients", "pandemic", "outbreak",
        "cancer", "medicine",
        "santé", "hôpital", "maladie", "épidémie",
    ],
    "environment_climate": [
        "môi trường", "biến đổi khí hậu", "khí hậu", "ô nhiễm", "bão", "lũ lụt", "lũ", "hạn hán", "xâm nhập mặn",
        "năng lượng tái tạo", "điện gió", "điện mặt trời", "phát thải", "rừng", "thiên tai", "sạt lở",
        "environment", "climate", "climate change", "pollution", "typhoon", "storm", "flood", "floods", "drought",
        "renewable", "emissions", "net zero", "forest", "wildlife", "mekong delta",
        "environnement", "climat", "pollution", "typhon", "inondations",
    ],
    "society": [
        "xã hội", "người dân", "lao động", "việc làm", "nghèo", "an sinh", "giao thông", "tai nạn", "nhà ở",
        "gia đình", "phụ nữ", "trẻ em", "người cao tuổi", "đô thị",
        "society", "social", "workers", "jobs", "poverty", "welfare", "traffic", "accident", "housing",
        "families", "women", "children", "migrants", "community",
        "société", "social", "pauvreté", "travailleurs",
    ],
    "sports": [
        "thể thao", "bóng đá", "đội tuyển", "huy chương", "sea games", "world cup", "vô địch", "cầu thủ",
        "huấn luyện viên", "giải đấu", "olympic", "asiad",
        "sports", "football", "soccer", "medal", "champion", "championship", "tournament", "coach", "olympics",
        "match", "league",
        "sport", "football", "médaille", "championnat", "tournoi",
    ],
    "education": [
        "giáo dục", "học sinh", "sinh viên", "trường học", "đại học", "giáo viên", "du học", "học bổng",
        "thi tốt nghiệp", "đào tạo",
        "education", "students", "student", "school", "schools", "university", "universities", "teachers",
        "scholarship", "study abroad",
        "éducation", "étudiants", "école", "université", "enseignants",
    ],
}
# SIB-200's 7 labels → our taxonomy (the overlap only).
SIB_MAP = {
    "politics": "diplomacy_politics", "sports": "sports", "health": "health",
    "science/technology": "science_technology", "travel": "tourism", "entertainment": "culture_heritage",
    "geography": "environment_climate",
}
THRESHOLD = 0.3
VERSION = "topics-v1"


_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
MAX_PHRASE = 4


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, np.ndarray]:
    """Phrase (space-joined lower-case words, with and without diacritics) → topic vector."""
    lex: dict[str, np.ndarray] = {}
    for i, topic in enumerate(TOPICS):
        for kw in KEYWORDS[topic]:
            for form in {kw, strip_diacritics(kw)} if len(kw) > 6 else {kw}:
                key = " ".join(_WORD.findall(form.lower()))
                lex.setdefault(key, np.zeros(len(TOPICS), np.float32))[i] = 1.0
    return lex


def _hits(text: str) -> np.ndarray:
    lex = _lexicon()
    words = _WORD.findall(text.lower())
    out = np.zeros(len(TOPICS), np.float32)
    for i in range(len(words)):
        for n in range(1, MAX_PHRASE + 1):
            v = lex.get(" ".join(words[i : i + n]))
            if v is not None:
                out += v
    return out


def keyword_scores(text: str, title: str = "") -> np.ndarray:
    """Saturating keyword evidence per topic (title hits count double)."""
    n_words = max(50, text.count(" ") + 1)
    density = (_hits(text) + 2 * _hits(title)) * 300.0 / n_words  # hits per ~300 words
    return 1 - np.exp(-density / 3.0)


@lru_cache(maxsize=1)
def prototypes() -> np.ndarray | None:
    from .static_vectors import default_static

    static = default_static()
    if static is None:
        return None
    return static.embed([" ".join(KEYWORDS[t]) for t in TOPICS])


def score(text: str, title: str = "", static_vec: np.ndarray | None = None,
          sib_proba: dict[str, float] | None = None) -> list[tuple[str, float]]:
    kw = keyword_scores(text, title)
    combined = kw.copy()
    protos = prototypes()
    if static_vec is not None and protos is not None:
        sims = protos @ static_vec
        # Centre/scale cosines: the static space is compressed, so only the relative gap matters.
        z = (sims - sims.mean()) / (sims.std() + 1e-6)
        proto = 1 / (1 + np.exp(-(z - 1.0) * 1.5))
        combined = 0.7 * kw + 0.3 * proto
    if sib_proba:
        for label, p in sib_proba.items():
            combined[TOPICS.index(SIB_MAP[label])] += 0.2 * p
    combined = np.clip(combined, 0, 1)
    ranked = sorted(zip(TOPICS, combined.tolist(), strict=True), key=lambda kv: -kv[1])
    return [(t, round(s, 3)) for t, s in ranked if s >= THRESHOLD] or [(ranked[0][0], round(ranked[0][1], 3))]


def multi_label(texts: Sequence[str]) -> list[list[tuple[str, float]]]:
    return [score(t) for t in texts]
