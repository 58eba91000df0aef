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
        "tổng thống", "quốc thư", "đặc phái viên", "điện đàm", "tuyên bố chung", "hội nghị cấp cao", "liên hợp quốc",
        "bộ chính trị", "ban chấp hành trung ương", "đại hội đảng", "nghị sĩ", "người phát ngôn",
        "quan hệ ngoại giao", "ngoại trưởng", "bộ trưởng ngoại giao", "đối ngoại", "hiệp ước", "envoy", "credentials",
        "counterpart", "communist party", "general secretary", "national assembly", "united nations",
        "foreign ministers", "diplomatic relations", "ties", "lawmakers", "cabinet", "minister", "treaty", "g7",
        "g20", "apec", "kremlin", "white house", "affaires étrangères", "ministre", "relations diplomatiques",
        "gouvernement", "parlement",
    ],
    "economy_trade_investment": [
        "kinh tế", "thương mại", "đầu tư", "xuất khẩu", "nhập khẩu", "fdi", "gdp", "tăng trưởng", "doanh nghiệp",
        "thuế quan", "ngân hàng", "chứng khoán", "lạm phát", "thị trường", "hiệp định thương mại", "vốn", "tỷ usd",
        "economy", "economic", "trade", "investment", "investor", "export", "import", "tariff", "growth",
        "billion", "market", "bank", "inflation", "manufacturing", "supply chain", "stock", "business", "fta",
        "économie", "commerce", "investissement", "exportations", "croissance", "milliards", "entreprises",
        "lãi suất", "tỷ giá", "giá", "lợi nhuận", "doanh thu", "cổ phiếu", "vn-index", "kim ngạch", "nông sản",
        "dệt may", "cảng", "container", "logistics", "xăng", "giá vàng", "tập đoàn", "nhà máy", "khu công nghiệp",
        "giải ngân", "nhà đầu tư", "thặng dư thương mại", "đường sắt tốc độ cao", "hạ tầng", "cao tốc", "levy",
        "exporter", "profit", "revenue", "stock market", "price", "factory", "supplier", "interest rate",
        "currency", "trade surplus", "infrastructure", "railway", "economist", "imf", "world bank", "wto",
        "prix", "usine", "bourse", "droits de douane",
    ],
    "tourism": [
        "du lịch", "du khách", "khách quốc tế", "lữ hành", "khách sạn", "điểm đến", "resort", "visa",
        "tourism", "tourist", "tourists", "travel", "destination", "hotel", "visitors", "beach",
        "tourisme", "touristes", "voyage", "destination",
        "khách du lịch", "lượt khách", "miễn thị thực", "thị thực", "tour", "homestay", "hang động", "kỳ nghỉ",
        "chuyến bay", "hãng hàng không", "lưu trú", "khu nghỉ dưỡng", "danh thắng", "traveller", "traveler",
        "holidaymaker", "holiday", "cruise", "e-visa", "backpacker", "flights", "airline", "cave", "sightseeing",
        "vacation", "airport", "vacances", "visiteurs", "croisière",
    ],
    "culture_heritage": [
        "văn hóa", "di sản", "lễ hội", "nghệ thuật", "âm nhạc", "điện ảnh", "bảo tàng", "unesco", "di tích",
        "phim", "ca sĩ", "triển lãm", "ẩm thực", "áo dài", "tết",
        "culture", "cultural", "heritage", "festival", "art", "music", "film", "museum", "cuisine", "exhibition",
        "patrimoine", "culturel", "festival", "musée", "cinéma",
        "phòng vé", "nhà văn", "tiểu thuyết", "văn học", "sách", "múa rối", "ca trù", "quan họ", "nghệ nhân",
        "hội họa", "đêm nhạc", "ca nhạc", "trùng tu", "hoàng thành", "đền", "sân khấu", "nhà hát", "múa", "thư pháp",
        "cổ vật", "bảo vật", "phi vật thể", "novel", "literary", "literature", "author", "box office", "concert",
        "pop star", "singer", "painting", "puppetry", "theatre", "theater", "dance", "citadel", "temple",
        "calligraphy", "artefact", "artifact", "intangible", "poetry", "opera", "littérature", "roman", "théâtre",
        "danse",
    ],
    "sea_islands_sovereignty": [
        "biển đông", "hoàng sa", "trường sa", "chủ quyền", "biển đảo", "vùng đặc quyền kinh tế", "unclos",
        "tàu cá", "ngư dân", "cảnh sát biển", "đường chín đoạn", "đảo nhân tạo", "thềm lục địa",
        "south china sea", "east sea", "paracel", "spratly", "sovereignty", "maritime", "exclusive economic zone",
        "fishermen", "coast guard", "nine-dash line", "artificial islands", "territorial",
        "mer de chine", "souveraineté", "maritime", "paracels", "spratleys",
        "bãi cạn", "quần đảo", "hải cảnh", "tàu hải cảnh", "tàu khảo sát", "bộ quy tắc ứng xử", "tòa trọng tài",
        "đường cơ sở", "vịnh bắc bộ", "đá vành khăn", "bãi tư chính", "lệnh cấm đánh bắt", "huyện đảo", "shoal",
        "reef", "survey ship", "arbitral", "code of conduct", "water cannon", "freedom of navigation",
        "gulf of tonkin", "outpost", "baseline", "maritime claims", "island-building", "reclamation",
        "mer de chine méridionale", "récif", "garde-côtes",
    ],
    "human_rights_religion_ethnic": [
        "nhân quyền", "tôn giáo", "tự do tôn giáo", "dân tộc thiểu số", "đồng bào", "tín ngưỡng", "phật giáo",
        "công giáo", "nhà thờ", "chùa", "tự do báo chí", "tự do ngôn luận", "blogger", "bất đồng chính kiến",
        "human rights", "religion", "religious freedom", "ethnic minority", "ethnic minorities", "freedom of speech",
        "press freedom", "dissident", "activist", "activists", "catholic", "buddhist", "church", "detained",
        "droits de l'homme", "liberté religieuse", "minorités ethniques", "liberté de la presse",
        "phật đản", "vesak", "hội thánh", "tin lành", "cao đài", "hòa hảo", "tín đồ", "giáo hội", "thánh lễ",
        "người khmer", "người chăm", "người hmông", "dân tộc", "người khuyết tật", "bình đẳng giới",
        "quyền con người", "tòa thánh", "rights", "jailed", "propaganda", "pope", "vatican", "protestant",
        "pilgrimage", "hmong", "khmer", "montagnard", "minorities", "amnesty", "political prisoner", "clergy",
        "pagoda", "worship", "indigenous", "catholiques", "bouddhistes", "militant", "prisonniers politiques",
    ],
    "defence_security": [
        "quốc phòng", "an ninh", "quân đội", "quân sự", "tập trận", "vũ khí", "tàu chiến", "bộ công an",
        "khủng bố", "tội phạm", "ma túy", "biên giới", "an ninh mạng", "lừa đảo",
        "defence", "defense", "security", "military", "army", "navy", "weapons", "drills", "terrorism", "police",
        "crime", "drug", "border", "cybersecurity", "arrested",
        "défense", "sécurité", "militaire", "armée", "police",
        "quân", "hải quân", "không quân", "gìn giữ hòa bình", "diễn tập", "công an", "khởi tố", "triệt phá",
        "đường dây", "buôn người", "mã độc", "tin tặc", "máy bay chiến đấu", "tàu ngầm", "sĩ quan", "duyệt binh",
        "đánh bạc", "buôn lậu", "peacekeeper", "peacekeeping", "jets", "fighter", "drone", "trafficker",
        "trafficking", "methamphetamine", "hacker", "ransomware", "extradite", "interpol", "parade", "warship",
        "scam", "soldier", "troops", "submarine", "missile", "smuggling", "soldats", "trafic", "escroquerie",
    ],
    "science_technology": [
        "khoa học", "công nghệ", "chuyển đổi số", "trí tuệ nhân tạo", "bán dẫn", "chip", "5g", "vệ tinh",
        "nghiên cứu", "đổi mới sáng tạo", "startup", "dữ liệu", "internet",
        "science", "technology", "digital", "artificial intelligence", "ai", "semiconductor", "semiconductors",
        "satellite", "research", "innovation", "tech", "data", "software",
        "technologie", "numérique", "intelligence artificielle", "semi-conducteurs", "recherche",
        "viễn thông", "cáp quang", "định danh điện tử", "ứng dụng", "robot", "nhà khoa học", "vi mạch", "kỹ sư",
        "công nghệ số", "máy tính", "lượng tử", "thanh toán không dùng tiền mặt", "phần mềm", "điện toán đám mây",
        "scientist", "genome", "chips", "app", "cable", "quantum", "computing", "coder", "cashless", "telecom",
        "fintech", "scientifiques", "puces", "application",
    ],
    "health": [
        "y tế", "bệnh viện", "dịch bệnh", "covid", "vắc xin", "vaccine", "bác sĩ", "sức khỏe", "ca nhiễm", "dịch",
        "sốt xuất huyết", "ung thư", "thuốc",
        "health", "hospital", "disease", "covid-19", "vaccination", "doctors", "patients", "pandemic", "outbreak",
        "cancer", "medicine",
        "santé", "hôpital", "maladie", "épidémie",
        "bệnh", "ca mắc", "cúm", "sởi", "bệnh lao", "ngộ độc", "nhập viện", "đột quỵ", "cấp cứu", "kháng sinh",
        "ghép tạng", "ghép tim", "y tá", "bảo hiểm y tế", "béo phì", "thuốc lá", "khám chữa bệnh", "bệnh nhân",
        "tiêm chủng", "dengue", "measles", "tuberculosis", "bird flu", "flu", "transplant", "antibiotic", "obesity",
        "smoking", "e-cigarette", "mental health", "world health organization", "nurse", "medical", "virus",
        "médecins", "vaccin",
    ],
    "environment_climate": [
        "môi trường", "biến đổi khí hậu", "khí hậu", "ô nhiễm", "bão", "lũ lụt", "lũ", "hạn hán", "xâm nhập mặn",
        "năng lượng tái tạo", "điện gió", "điện mặt trời", "phát thải", "rừng", "thiên tai", "sạt lở",
        "environment", "climate", "climate change", "pollution", "typhoon", "storm", "flood", "floods", "drought",
        "renewable", "emissions", "net zero", "forest", "wildlife", "mekong delta",
        "environnement", "climat", "pollution", "typhon", "inondations",
        "áp thấp nhiệt đới", "nắng nóng", "san hô", "vườn quốc gia", "động vật hoang dã", "cây xanh", "trồng rừng",
        "rác thải", "nhựa", "điện than", "thủy điện", "mực nước", "không khí", "đa dạng sinh học", "loài",
        "chuyển đổi năng lượng", "lũ quét", "landslide", "coral", "national park", "endangered", "species", "plastic",
        "waste", "coal", "net-zero", "saltwater", "flash flood", "polluted", "biodiversity", "heatwave",
        "carbon", "energy transition", "cop26", "cop28", "climatique", "déchets", "charbon", "biodiversité",
    ],
    "society": [
        "xã hội", "người dân", "lao động", "việc làm", "nghèo", "an sinh", "giao thông", "tai nạn", "nhà ở",
        "gia đình", "phụ nữ", "trẻ em", "người cao tuổi", "đô thị",
        "society", "social", "workers", "jobs", "poverty", "welfare", "traffic", "accident", "housing",
        "families", "women", "children", "migrants", "community",
        "société", "social", "pauvreté", "travailleurs",
        "trợ cấp", "thất nghiệp", "lương", "lương tối thiểu", "công nhân", "hộ nghèo", "ly hôn", "bạo lực gia đình",
        "hưu trí", "metro", "bến xe", "người lao động", "dân số", "già hóa", "nhà ở xã hội", "từ thiện",
        "minimum wage", "pension", "population", "ageing", "aging", "domestic violence", "charity", "rider",
        "road deaths", "drink-driving", "elderly", "rent", "unemployment", "two-child", "salaire", "retraites",
        "logement",
    ],
    "sports": [
        "thể thao", "bóng đá", "đội tuyển", "huy chương", "sea games", "world cup", "vô địch", "cầu thủ",
        "huấn luyện viên", "giải đấu", "olympic", "asiad",
        "sports", "football", "soccer", "medal", "champion", "championship", "tournament", "coach", "olympics",
        "match", "league",
        "sport", "football", "médaille", "championnat", "tournoi",
        "hlv", "vđv", "vận động viên", "v.league", "tay vợt", "cơ thủ", "marathon", "bóng chuyền", "cử tạ",
        "điền kinh", "đua xe đạp", "bàn thắng", "asean cup", "bơi lội", "quần vợt", "võ thuật", "squad", "qualifier",
        "striker", "runner", "volleyball", "weightlifter", "boxer", "atp", "grand prix", "medal table",
        "asian games", "athlete", "premier league", "fifa", "formula 1", "billiard", "joueur", "équipe nationale",
        "athlète",
    ],
    "education": [
        "giáo dục", "học sinh", "sinh viên", "trường học", "đại học", "giáo viên", "du học", "học bổng",
        "thi tốt nghiệp", "đào tạo",
        "education", "students", "student", "school", "schools", "university", "universities", "teachers",
        "scholarship", "study abroad",
        "éducation", "étudiants", "école", "université", "enseignants",
        "thí sinh", "kỳ thi", "học phí", "mầm non", "điểm chuẩn", "tuyển sinh", "sách giáo khoa", "ký túc xá",
        "du học sinh", "trường", "học trò", "olympic toán", "olympic tin học", "chương trình học", "giảng viên",
        "bộ giáo dục", "pupil", "exam", "tuition", "kindergarten", "textbook", "enrolment", "enrollment",
        "curriculum", "olympiad", "graduates", "classroom", "campus", "lecturer", "élèves", "examen", "enseignement",
    ],
}
# SIB-200's 7 labels → our taxonomy (the overlap only).
SIB_MAP = {
    "politics": "diplomacy_politics", "sports": "sports", "health": "health",
    "science/technology": "science_technology", "travel": "tourism", "entertainment": "culture_heritage",
    "geography": "environment_climate",
}
THRESHOLD = 0.3
VERSION = "topics-v2"


_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
MAX_PHRASE = 4
PROTO_TOP = 10


def _fold(word: str) -> str:
    """English plural → singular ("tourists" → "tourist", "universities" → "university"), so the
    lexicon need not list both forms; other words unchanged."""
    if len(word) > 4 and word.isascii() and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, np.ndarray]:
    """Phrase (space-joined lower-case folded words, with and without diacritics) → topic vector."""
    lex: dict[str, np.ndarray] = {}
    for i, topic in enumerate(TOPICS):
        for kw in KEYWORDS[topic]:
            for form in {kw, strip_diacritics(kw)} if len(kw) > 6 else {kw}:
                key = " ".join(_fold(w) for w in _WORD.findall(form.lower()))
                lex.setdefault(key, np.zeros(len(TOPICS), np.float32))[i] = 1.0
    return lex


@lru_cache(maxsize=1)
def _compound_starts() -> frozenset[str]:
    from .segment import _dictionary

    return frozenset(entry.split(" ", 1)[0] for entry in _dictionary() if " " in entry)


def _word_ends(words: list[str]) -> list[bool]:
    """ends[i]: a (Vietnamese) word may end before syllable i. Longest match over the Viet74K
    compounds, so that "dịch" (epidemic) is not found inside "giao dịch" (transaction) or "dịch vụ"
    (service); text in other languages has no multi-syllable entries and keeps every boundary."""
    from .segment import MAX_WORD, _dictionary

    vocab, starts = _dictionary(), _compound_starts()
    ends = [True] * (len(words) + 1)
    i = 0
    while i < len(words):
        if words[i] not in starts:  # no compound begins with this syllable: skip the lookups
            i += 1
            continue
        for n in range(min(MAX_WORD, len(words) - i), 1, -1):
            if " ".join(words[i : i + n]) in vocab:
                for k in range(i + 1, i + n):
                    ends[k] = False
                i += n
                break
        else:
            i += 1
    return ends


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(key.split(" ", 1)[0] for key in _lexicon())


def _hits(text: str) -> np.ndarray:
    lex, starts = _lexicon(), _first_words()
    words = _WORD.findall(text.lower())
    ends = _word_ends(words)
    words = [_fold(w) for w in words]
    out = np.zeros(len(TOPICS), np.float32)
    i = 0
    while i < len(words):
        if words[i] not in starts:  # most words begin no keyword: skip the phrase lookups
            i += 1
            continue
        # Longest phrase first, and its words are not matched again: "Olympic Toán" is education,
        # not also sports through "Olympic".
        for n in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            # One-syllable keywords only as whole words; longer ones are specific enough anywhere
            # (and greedy segmentation splits "phòng khách sạn" wrongly).
            if n == 1 and not (ends[i] and ends[i + 1]):
                continue
            v = lex.get(" ".join(words[i : i + n]))
            if v is not None:
                out += v
                i += n
                break
        else:
            i += 1
    return out


def keyword_scores(text: str, title: str = "") -> np.ndarray:
    """Saturating keyword evidence per topic (title hits count double)."""
    n_words = max(50, text.count(" ") + 1)
    density = (_hits(text) + 2 * _hits(title)) * 300.0 / n_words  # hits per ~300 words
    return 1 - np.exp(-density / 3.0)


@lru_cache(maxsize=1)
def prototypes() -> list[np.ndarray] | None:
    """One static vector per keyword, grouped by topic."""
    from .static_vectors import default_static

    static = default_static()
    if static is None:
        return None
    return [static.embed(KEYWORDS[t]) for t in TOPICS]


def prototype_similarity(static_vec: np.ndarray, protos: list[np.ndarray], k: int = PROTO_TOP) -> np.ndarray:
    """Mean cosine to the topic's k closest keywords. A single centroid of all of a topic's
    keywords (v1) blurred the topic and carried a language bias into the ranking."""
    return np.array([np.sort(p @ static_vec)[-k:].mean() for p in protos], np.float32)


def score(text: str, title: str = "", static_vec: np.ndarray | None = None,
          sib_proba: dict[str, float] | None = None) -> list[tuple[str, float]]:
    kw = keyword_scores(text, title)
    combined = kw.copy()
    protos = prototypes()
    if static_vec is not None and protos is not None:
        sims = prototype_similarity(static_vec, protos)
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
