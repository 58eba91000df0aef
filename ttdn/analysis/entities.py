"""Organisations and public figures: a curated gazetteer of Vietnamese state bodies,
leaders and international organisations (vi, en, fr names), public office holders only;
plus ``merge``, which adds English spaCy entities (``ner.py``) under the same rules.

Responsible use (DESIGN.md: the platform builds no profile of a private person): a spaCy
PERSON is kept only if it is a public figure — in the gazetteer, or introduced in the text by a
public-office title ("Foreign Minister Wang Yi", "Tim Cook, Apple's chief executive") — or
a later short mention ("Wang said") of such a person. Every other PERSON is dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .gazetteer import WORD, Entry, Hit
from .ner import NerSpan
from .text import strip_diacritics, word_set
from .types import Entity, Mention

RULES_VERSION = "title-rules-2"  # the public-figure and merge rules below (en + vi)

# id → names. Ids are stable English slugs; names are what vi/en/fr news write.
ORGANISATIONS: dict[str, list[str]] = {
    "cpv": ["Đảng Cộng sản Việt Nam", "Communist Party of Vietnam", "CPV", "Parti communiste vietnamien"],
    "cpv_politburo": ["Bộ Chính trị", "Politburo", "Bureau politique"],
    "cpv_central_committee": ["Ban Chấp hành Trung ương", "Trung ương Đảng", "Central Committee"],
    "cpv_secretariat": ["Ban Bí thư"],
    "cpv_propaganda": ["Ban Tuyên giáo Trung ương", "Ban Tuyên giáo và Dân vận Trung ương",
                       "Central Propaganda Department", "Central Commission for Propaganda and Education"],
    "cpv_external_relations": ["Ban Đối ngoại Trung ương", "Central External Relations Commission"],
    "national_assembly": ["Quốc hội", "National Assembly", "Assemblée nationale", "Quốc hội Việt Nam"],
    "government": ["Chính phủ Việt Nam", "Government of Vietnam", "Vietnamese Government"],
    "government_office": ["Văn phòng Chính phủ"],
    "president_office": ["Văn phòng Chủ tịch nước"],
    "mofa": ["Bộ Ngoại giao", "Ministry of Foreign Affairs", "MOFA", "Foreign Ministry",
             "ministère des Affaires étrangères"],
    "mod": ["Bộ Quốc phòng", "Ministry of National Defence", "Ministry of Defence", "Defence Ministry",
            "ministère de la Défense"],
    "mps": ["Bộ Công an", "Ministry of Public Security", "Public Security Ministry"],
    "moit": ["Bộ Công Thương", "Ministry of Industry and Trade", "MOIT"],
    "mof": ["Bộ Tài chính", "Ministry of Finance"],
    "mpi": ["Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment", "MPI"],
    "mocst": ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ VHTTDL", "Ministry of Culture, Sports and Tourism"],
    "mic": ["Bộ Thông tin và Truyền thông", "Bộ TT&TT", "Ministry of Information and Communications"],
    "most": ["Bộ Khoa học và Công nghệ", "Ministry of Science and Technology"],
    "moh": ["Bộ Y tế", "Ministry of Health", "ministère de la Santé"],
    "moet": ["Bộ Giáo dục và Đào tạo", "Ministry of Education and Training"],
    "mae": ["Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment"],
    "monre": ["Bộ Tài nguyên và Môi trường", "Ministry of Natural Resources and Environment"],
    "mard": ["Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development"],
    "moj": ["Bộ Tư pháp", "Ministry of Justice"],
    "moc": ["Bộ Xây dựng", "Ministry of Construction"],
    "mot": ["Bộ Giao thông vận tải", "Ministry of Transport"],
    "molisa": ["Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs"],
    "moha": ["Bộ Nội vụ", "Ministry of Home Affairs"],
    "moer": ["Bộ Dân tộc và Tôn giáo", "Ủy ban Dân tộc", "Ministry of Ethnic and Religious Affairs"],
    "sbv": ["Ngân hàng Nhà nước", "State Bank of Vietnam", "SBV"],
    "supreme_court": ["Tòa án nhân dân tối cao", "Supreme People's Court"],
    "procuracy": ["Viện Kiểm sát nhân dân tối cao", "Supreme People's Procuracy"],
    "state_audit": ["Kiểm toán Nhà nước", "State Audit Office"],
    "fatherland_front": ["Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front"],
    "vna": ["Thông tấn xã Việt Nam", "TTXVN", "Vietnam News Agency", "VNA"],
    "vtv": ["Đài Truyền hình Việt Nam", "VTV", "Vietnam Television"],
    "vov": ["Đài Tiếng nói Việt Nam", "VOV", "Voice of Vietnam"],
    "nhan_dan": ["Báo Nhân Dân", "Nhân Dân", "Nhan Dan"],
    "vpa": ["Quân đội nhân dân Việt Nam", "Vietnam People's Army", "Vietnamese People's Army"],
    "coast_guard": ["Cảnh sát biển Việt Nam", "Vietnam Coast Guard"],
    "border_guard": ["Bộ đội Biên phòng", "Border Guard"],
    "asean": ["ASEAN", "Hiệp hội các quốc gia Đông Nam Á", "Association of Southeast Asian Nations", "ANASE"],
    "un": ["Liên Hợp Quốc", "Liên hợp quốc", "United Nations", "UN", "Nations unies", "ONU"],
    "unesco": ["UNESCO"],
    "who": ["Tổ chức Y tế Thế giới", "World Health Organization", "WHO", "OMS"],
    "wto": ["Tổ chức Thương mại Thế giới", "World Trade Organization", "WTO", "OMC"],
    "eu": ["Liên minh châu Âu", "EU", "European Union", "Union européenne", "UE"],
    "imf": ["Quỹ Tiền tệ Quốc tế", "IMF", "International Monetary Fund", "FMI"],
    "world_bank": ["Ngân hàng Thế giới", "World Bank", "WB", "Banque mondiale"],
    "adb": ["Ngân hàng Phát triển châu Á", "Asian Development Bank", "ADB"],
    "apec": ["APEC", "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương"],
    "nato": ["NATO", "OTAN"],
    "g20": ["G20"],
    "g7": ["G7"],
    "brics": ["BRICS"],
    "quad": ["Quad"],
    "icj": ["International Court of Justice", "Tòa án Công lý Quốc tế"],
    "pca": ["Permanent Court of Arbitration", "Tòa Trọng tài Thường trực"],
    "francophonie": ["Cộng đồng Pháp ngữ", "Francophonie", "OIF"],
}

PEOPLE: dict[str, list[str]] = {
    "to_lam": ["Tô Lâm", "To Lam"],
    "luong_cuong": ["Lương Cường", "Luong Cuong"],
    "pham_minh_chinh": ["Phạm Minh Chính", "Pham Minh Chinh"],
    "tran_thanh_man": ["Trần Thanh Mẫn", "Tran Thanh Man"],
    "bui_thanh_son": ["Bùi Thanh Sơn", "Bui Thanh Son"],
    "le_hoai_trung": ["Lê Hoài Trung", "Le Hoai Trung"],
    "phan_van_giang": ["Phan Văn Giang", "Phan Van Giang"],
    "luong_tam_quang": ["Lương Tam Quang", "Luong Tam Quang"],
    "nguyen_hoa_binh": ["Nguyễn Hòa Bình", "Nguyen Hoa Binh"],
    "tran_hong_ha": ["Trần Hồng Hà", "Tran Hong Ha"],
    "ho_duc_phoc": ["Hồ Đức Phớc", "Ho Duc Phoc"],
    "nguyen_chi_dung": ["Nguyễn Chí Dũng", "Nguyen Chi Dung"],
    "pham_thu_hang": ["Phạm Thu Hằng", "Pham Thu Hang"],
    "nguyen_phu_trong": ["Nguyễn Phú Trọng", "Nguyen Phu Trong"],
    "vo_van_thuong": ["Võ Văn Thưởng", "Vo Van Thuong"],
    "nguyen_xuan_phuc": ["Nguyễn Xuân Phúc", "Nguyen Xuan Phuc"],
    "vuong_dinh_hue": ["Vương Đình Huệ", "Vuong Dinh Hue"],
    "vo_nguyen_giap": ["Võ Nguyên Giáp", "Vo Nguyen Giap"],
    "ho_chi_minh": ["Hồ Chí Minh", "Ho Chi Minh", "Chủ tịch Hồ Chí Minh", "Bác Hồ", "President Ho Chi Minh",
                    "Hô Chi Minh"],
    "xi_jinping": ["Tập Cận Bình", "Xi Jinping", "习近平"],
    "li_qiang": ["Lý Cường", "Li Qiang", "李强"],
    "wang_yi": ["Vương Nghị", "Wang Yi", "王毅"],
    "donald_trump": ["Donald Trump", "Trump", "特朗普"],
    "joe_biden": ["Joe Biden", "Biden"],
    "marco_rubio": ["Marco Rubio", "Rubio"],
    "vladimir_putin": ["Vladimir Putin", "Putin", "Путин", "Владимир Путин"],
    "emmanuel_macron": ["Emmanuel Macron", "Macron"],
    "narendra_modi": ["Narendra Modi", "Modi"],
    "anthony_albanese": ["Anthony Albanese", "Albanese"],
    "anwar_ibrahim": ["Anwar Ibrahim"],
    "prabowo_subianto": ["Prabowo Subianto", "Prabowo"],
    "ferdinand_marcos_jr": ["Ferdinand Marcos Jr.", "Ferdinand Marcos", "Marcos Jr."],
    "hun_manet": ["Hun Manet"],
    "hun_sen": ["Hun Sen"],
    "sonexay_siphandone": ["Sonexay Siphandone"],
    "thongloun_sisoulith": ["Thongloun Sisoulith"],
    "lee_jae_myung": ["Lee Jae-myung", "Lee Jae Myung"],
    "antonio_guterres": ["António Guterres", "Antonio Guterres", "Guterres"],
    "ursula_von_der_leyen": ["Ursula von der Leyen"],
}


def entries() -> list[Entry]:
    out = []
    for ref, names in ORGANISATIONS.items():
        for n in names:
            out.append(Entry("org", ref, n, accent_free=len(n) > 4))
    for ref, names in PEOPLE.items():
        for n in names:
            out.append(Entry("person", ref, n, accent_free=len(n) > 4))
    return out


# --- English statistical entities merged with the gazetteer -----------------------------

# Public offices, matched case-insensitively ("foreign minister" in AFP style, "spokesperson").
_OFFICE_ANY_CASE = (
    r"president|vice[- ]president|prime minister|premier|minister|ambassador|envoy|consul(?:[- ]general)?"
    r"|secretary[- ]general|general secretary|chairman|chairwoman|chairperson|governor|senator|sen\."
    r"|congressman|congresswoman|lawmaker|legislator|mayor|chancellor|spokesperson|spokesman|spokeswoman"
    r"|ceo|chief executive(?: officer)?|(?:managing|executive|country|regional) director|director[- ]general"
    r"|commissioner|party chief|attorney general"
)
# Titles that are also common words or private roles in lower case ("his secretary", "the chair"):
# only when capitalised. "Xi, Chinese leader": a leader of a capitalised body (nation, party).
_OFFICE_CAPITALISED = (
    r"Secretary|Chair|General|Gen\.|Adm\.|Admiral|Rep\.|Representative|Speaker|Justice|Judge"
    r"|King|Queen|Crown Prince|Prince|Princess|Emperor|Pope|Sultan|Sheikh|MP"
    r"|[A-Z][\w'’.-]*\s+(?:[Ll]eader|chief)"
)
_OFFICE = rf"(?:(?i:{_OFFICE_ANY_CASE})|{_OFFICE_CAPITALISED})"
# Title right before the name, optionally with its body: "Minister of Foreign Affairs Bui Thanh Son",
# "Chairman of the Hanoi People's Committee Tran Sy Thanh", "the ministry's spokesperson, Pham Thu Hang".
# The body's words may not be a conjunction or verb: "the President of France and John Smith".
_BODY_WORD = r"(?!(?:and|or|with|said|says|told|met|meets|by|who|whom|that|while|as|from|in|on|to)\b)[\w'’&.-]+"
_OF_PHRASE = rf"(?:\s+(?:of|for|at)\s+(?:{_BODY_WORD}\s+){{0,5}}?{_BODY_WORD})?"
_TITLE_BEFORE = re.compile(rf"\b{_OFFICE}{_OF_PHRASE}\s*,?\s*$")
_TITLE_INSIDE = re.compile(rf"^{_OFFICE}\s+")  # spaCy sometimes keeps the title in the span
# Apposition after the name: ", the Chinese foreign ministry's spokesperson", ", Apple's chief executive".
_MODIFIER = (r"(?:[A-Z][\w.'’-]*|[\w-]+['’]s|former|deputy|vice|acting|chief|senior|top|then|current|new"
             r"|foreign|defen[cs]e|trade|finance|state|interior|health|justice|economy|education|ministry)")
_TITLE_AFTER = re.compile(rf"^\s*,\s*(?:(?:the|a|an)\s+)?(?:{_MODIFIER}\s+){{0,3}}{_OFFICE}\b(?!['’])")
_CONTEXT = 120  # characters looked at on each side of a name


def public_figure(text: str, start: int, end: int) -> bool:
    """Is the PERSON at text[start:end] introduced by a public-office title (before or in
    apposition after it)? No other signal counts: being quoted or named is not enough."""
    if _TITLE_INSIDE.match(text[start:end]):
        return True
    if _TITLE_BEFORE.search(text[max(0, start - _CONTEXT) : start]):
        return True
    return bool(_TITLE_AFTER.match(text[end : end + _CONTEXT]))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", strip_diacritics(name).casefold()).strip("_")[:60]


_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?<=s)['’]$")  # "Vietnam Airlines'" (spaCy already splits "'s": "Moody's" is a name)


def _clean(text: str, start: int, end: int) -> tuple[str, int, int]:
    """Drop a leading article, a trailing possessive and stray punctuation from a span."""
    s = text[start:end]
    m = _ARTICLE.match(s)
    if m:
        start += m.end()
    s = text[start:end]
    m = _POSSESSIVE.search(s)
    if m:
        end -= len(m.group())
    s = text[start:end]
    lead = len(s) - len(s.lstrip(" \t\"“”'‘’(-,."))
    trail = len(s) - len(s.rstrip(" \t\"“”'‘’)-,"))
    return text[start + lead : end - trail], start + lead, end - trail


@lru_cache(maxsize=1)
def _gazetteer_names() -> dict[str, tuple[str, str]]:
    """Casefolded gazetteer name → (kind, id), for spaCy spans the case-sensitive pass missed."""
    out: dict[str, tuple[str, str]] = {}
    for kind, table in (("org", ORGANISATIONS), ("person", PEOPLE)):
        for ref, names in table.items():
            for n in names:
                out.setdefault(n.casefold(), (kind, ref))
    return out


def _tokens(name: str) -> list[str]:
    return [strip_diacritics(t).casefold() for t in WORD.findall(name)]


def _short_form_of(span_tokens: list[str], name_tokens: list[str]) -> bool:
    """"Chinh" for Pham Minh Chinh, "Biden" for Joe Biden, "Wang" for Wang Yi (family name first)."""
    if not span_tokens or len(span_tokens) >= len(name_tokens) or not set(span_tokens) <= set(name_tokens):
        return False
    return span_tokens[-1] == name_tokens[-1] or (len(name_tokens) == 2 and span_tokens == name_tokens[:1])


_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-ZĐÀ-Ý][\w'’.&-]*")
# Capitalised words that are no ORG or PERSON name on their own (function words, dates, titles;
# "Foreign Ministry" still counts through "Ministry", "President Joko Widodo" through "Joko").
_NOT_NAMES = word_set(
    "Prime Minister President Vice Deputy Foreign Ambassador Secretary General Chairman Chairwoman Governor "
    "Senator Mayor Party Mr Mrs Ms Dr "
    "The A An In On At For From To Of And But Or Nor So Yet As By With After Before While When Where If "
    "It Its He She They We I You This That These Those There Here His Her Their Our Some Many Most All "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December"
)


def worth_tagging(text: str, start: int, end: int, hits: Sequence[Hit]) -> bool:
    """Can spaCy find, in text[start:end], a name that ``merge`` would keep? Not unless some
    capitalised word lies outside the gazetteer's names and is no function word, weekday or
    month (kept spans need a capital letter outside place names and cannot overlap gazetteer
    organisations or people). Skipping the others loses only names written in lower case first
    ("eBay") and saves the NER time of sentences that name only places and known bodies."""
    for m in _CAPITALISED.finditer(text, start, end):
        if m.group() in _NOT_NAMES:
            continue
        p = m.start()
        if not any(h.start <= p < h.end for h in hits):
            return True
    return False


# A lone generic word is not an organisation ("Secretary of State" → spaCy ORG "State").
_GENERIC_ORGS = word_set(
    "State Government Ministry Committee Office Department Party Court Council Army Police Congress Parliament "
    "Senate Cabinet Agency Bank Company Group Corporation University Embassy Commission Board Administration"
)
# Vietnamese family names (without diacritics, as English news writes them): spaCy sometimes
# tags a private person ("Driver Nguyen Quoc Bao") as ORG, which must not become an entity.
_VN_SURNAMES = word_set(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh mai trinh dao luong to "
    "ha cao lam doan truong lo lai quach thai kieu ta tang chu"
)
_ORG_WORDS = re.compile(
    r"\b(?:Group|Corp|Corporation|Company|Co|JSC|Bank|Holdings|Ltd|Inc|Fund|Foundation|Institute|University|"
    r"Hospital|Association|Committee|Ministry|Department|Agency|Commission|Council|Airlines|Industries)\b"
)
_NAME_WORD = re.compile(r"\s([A-ZĐÀ-Ý][\w’'-]*)")


def _person_like(name: str) -> bool:
    """Looks like a Vietnamese personal name (family name + 2–3 capitalised words), possibly after
    a role word ("Driver Nguyen Quoc Bao"), and has no organisation word."""
    if _ORG_WORDS.search(name):
        return False
    toks = WORD.findall(name)
    for i, t in enumerate(toks[:2]):
        rest = toks[i:]
        # Three or four words: two-word names are too often brands or titles ("Le Monde", "Mai Linh").
        if strip_diacritics(t).casefold() in _VN_SURNAMES and 3 <= len(rest) <= 4:
            return all(w[:1].isupper() for w in rest)
    return False


def _extend_person(text: str, end: int, stop: Sequence[tuple[int, int]]) -> int:
    """spaCy sm often cuts three-part names short ("Pham Nhat" of Pham Nhat Vuong): take up to two
    following capitalised words that are no function word, title or gazetteer name."""
    for _ in range(2):
        m = _NAME_WORD.match(text, end)
        if m is None or m.group(1) in _NOT_NAMES or any(a <= m.start(1) < b for a, b in stop):
            break
        end = m.end()
    return end


def merge(found: Sequence[Entity], hits: Sequence[Hit], text: str, spans: Sequence[NerSpan]) -> tuple[Entity, ...]:
    """Gazetteer entities (stable ids) + spaCy ORG (id ``org:<slug>``) and public-figure
    PERSON (id ``person:<slug>``) spans. A span that overlaps a gazetteer organisation or
    person, or lies entirely inside place names ("Vietnam" tagged ORG), is left to the gazetteer."""
    table: dict[str, tuple[str, str, str, list[Mention]]] = {
        e.id: (e.kind, e.name, e.source, list(e.mentions)) for e in found
    }
    named = [(h.start, h.end) for h in hits if h.entry.kind in ("org", "person")]
    places = [(h.start, h.end) for h in hits if h.entry.kind not in ("org", "person")]
    index = _gazetteer_names()
    pending: list[tuple[str, int, int]] = []  # PERSON spans without a title: maybe short forms
    for sp in spans:
        if "\n" in sp.text:
            continue
        name, start, end = _clean(text, sp.start, sp.end)
        if len(name) < 2 or not any(c.isupper() for c in name) or any(c.isdigit() for c in name):
            continue
        if sp.label == "PERSON":
            end = _extend_person(text, end, named + places)
            name = text[start:end]
        # ``named`` grows with accepted spans too, so overlapping spans from a recogniser count once.
        if any(a < end and start < b for a, b in named) or _covered(start, end, places):
            continue
        named.append((start, end))
        known = index.get(name.casefold())
        if known is not None:
            kind, ref = known
            _add(table, ref, kind, _display(kind, ref), "gazetteer", Mention(ref, name, (start, end)))
        elif sp.label == "ORG":
            if name in _GENERIC_ORGS or _person_like(name):
                continue
            ref = "org:" + slug(name)
            if ref != "org:":
                _add(table, ref, "org", name, "spacy", Mention(ref, name, (start, end)))
        elif sp.label == "PUBLIC":  # already checked by a title rule (vi_public_figures)
            ref = "person:" + slug(name)
            _add(table, ref, "person", name, "title-rule", Mention(ref, name, (start, end)))
        elif sp.label == "PERSON":
            m = _TITLE_INSIDE.match(name)
            if m:  # "Ambassador Marc Knapper" → the name without the title
                name, start = name[m.end() :], start + m.end()
            if m or public_figure(text, start, end):
                ref = "person:" + slug(name)
                if ref != "person:":
                    _add(table, ref, "person", name, "spacy", Mention(ref, name, (start, end)))
            else:
                pending.append((name, start, end))
    # Short mentions of public figures already found ("Wang said"); every other PERSON is dropped.
    people = [(ref, _tokens(v[1]), [_tokens(n) for n in PEOPLE.get(ref, [])])
              for ref, v in table.items() if v[0] == "person"]
    for name, start, end in pending:
        toks = _tokens(name)
        for ref, shown, aliases in people:
            if any(_short_form_of(toks, n) for n in [shown, *aliases]):
                kind, disp, src, _ = table[ref]
                _add(table, ref, kind, disp, src, Mention(ref, name, (start, end)))
                break
    return tuple(
        Entity(ref, kind, disp, tuple(sorted(ms, key=lambda m: m.span)), src)
        for ref, (kind, disp, src, ms) in table.items()
    )


def _covered(start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """True if [start, end) lies entirely inside place names."""
    inside = [(max(a, start), min(b, end)) for a, b in places if a < end and start < b]
    if not inside:
        return False
    pos = start
    for a, b in sorted(inside):
        if a > pos:
            return False
        pos = max(pos, b)
    return pos >= end


def _display(kind: str, ref: str) -> str:
    return (ORGANISATIONS if kind == "org" else PEOPLE).get(ref, [ref])[0]


def _add(table: dict[str, tuple[str, str, str, list[Mention]]], ref: str, kind: str, name: str, source: str,
         mention: Mention) -> None:
    if ref in table:
        table[ref][3].append(mention)
    else:
        table[ref] = (kind, name, source, [mention])


# --- Vietnamese public figures by title (no statistical NER for Vietnamese works offline) ---------

# Offices as Vietnamese news writes them before a name ("Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh").
_VI_OFFICES = frozenset(strip_diacritics(o) for o in (
    "tổng bí thư", "bí thư", "chủ tịch nước", "chủ tịch", "thủ tướng", "bộ trưởng", "thứ trưởng", "đại sứ",
    "tổng lãnh sự", "người phát ngôn", "tổng thống", "ngoại trưởng", "thống đốc", "tổng giám đốc", "giám đốc",
    "chánh án", "viện trưởng", "tổng thư ký", "thượng nghị sĩ", "nghị sĩ", "đại biểu quốc hội", "trưởng ban",
    "chủ nhiệm", "tư lệnh", "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "tổng cục trưởng",
    "cục trưởng", "quốc vương", "nhà vua", "giáo hoàng", "thị trưởng", "tổng kiểm toán", "ceo",
))  # compared without diacritics, so unaccented text ("Chu tich UBND …") works too
# Lower-case words allowed between the office and the name: the body it heads
# ("Đại sứ Việt Nam tại Nhật Bản", "Chủ tịch Hội đồng quản trị Vingroup"). Honorifics, verbs and
# conjunctions are not in it, so "Thủ tướng tiếp ông Nguyễn Văn A" does not make A a public figure.
_VI_BODY_WORDS = frozenset(strip_diacritics(w) for w in word_set(
    "phó tỉnh thành phố huyện quận xã phường thị trấn tại ở của hội đồng quản trị ủy ban nhân dân nước "
    "chính phủ đảng thường trực vụ kiêm trung ương tập đoàn công ty cổ phần ngân hàng cơ quan điều hành sở bộ "
    "cục tổng ngoại giao quốc phòng công an giáo dục đào tạo y tế tài chính kế hoạch đầu tư thương mại "
    "tp ubnd hđnd hđqt đặc mệnh toàn quyền lâm thời"
))
_VI_SURNAMES_ACCENTED = word_set(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Mai Trịnh Đào Lương Tô Hà "
    "Cao Lâm Đoàn Trương Lò Lại Quách Thái Kiều Tạ Tăng Chu Khuất Mạc Ông Quan Vương Thạch Điêu Châu Bạch "
    "Giáp Kim Liêu Tống"
)
# A family name (with or without diacritics) followed by a capitalised word: a cheap C-level scan,
# so that only these few places are looked at word by word.
_SURNAME_AT = re.compile(
    r"(?<![\w'’.-])(?=[A-ZĐÀ-ÝĂĨŨƠƯẠ-Ỹ])(?:"  # the lookahead makes the scan ~40 % cheaper
    + "|".join(sorted({f for n in _VI_SURNAMES_ACCENTED for f in (n, strip_diacritics(n))}, key=len, reverse=True))
    + r")(?=[ \t]+[A-ZĐÀ-ÝĂĨŨƠƯẠ-Ỹ])"
)


def vi_public_figures(text: str, hits: Sequence[Hit], english: bool = False) -> list[NerSpan]:
    """Vietnamese personal names (family name + 1–3 capitalised syllables) introduced by an
    office: a Vietnamese one within the same clause, or (``english=True``) an English title as in
    ``public_figure`` ("Governor of the State Bank of Vietnam Nguyen Thi Hong", which spaCy sm
    swallows into the ORG span). Other names (ông/bà/anh/chị …, residents) are never returned.
    Names the gazetteer already knows are skipped."""
    covered = [(h.start, h.end) for h in hits]

    def in_hit(m: re.Match[str]) -> bool:
        return any(a <= m.start() < b for a, b in covered)

    def name_word(m: re.Match[str]) -> bool:
        return m.group()[:1].isupper() and not in_hit(m) and not (english and m.group() in _NOT_NAMES)

    out: list[NerSpan] = []
    done = 0
    for cand in _SURNAME_AT.finditer(text):
        if cand.start() < done or in_hit(cand):
            continue
        # Words around the candidate only: the office and its body precede it by < 200 characters.
        words = list(WORD.finditer(text, max(0, cand.start() - 200), min(len(text), cand.end() + 80)))
        i = next((k for k, w in enumerate(words) if w.start() == cand.start()), None)
        if i is None:
            continue
        j = i + 1
        while (j < len(words) and j - i < 4 and text[words[j - 1].end() : words[j].start()].strip() == ""
               and name_word(words[j])):
            j += 1
        if j - i < 2:
            continue
        end = words[j - 1].end()
        if public_figure(text, cand.start(), end) if english else _vi_office_before(text, words, i, covered):
            out.append(NerSpan("PUBLIC", cand.start(), end, text[cand.start() : end]))
            done = end
    return out


def _vi_office_before(text: str, words: list[re.Match[str]], i: int, covered: list[tuple[int, int]]) -> bool:
    """Walk back from word i over at most 8 words of the office's body (capitalised words, names
    the gazetteer knows, body words) within the clause, looking for an office."""
    k = i - 1
    steps = 0
    while k >= 0 and steps < 9:
        gap = text[words[k].end() : words[k + 1].start()]
        if gap.strip() not in ("", "-"):
            return False  # punctuation: another clause
        for size in (5, 4, 3, 2, 1):  # the longest office ending at word k
            if k - size + 1 >= 0:
                phrase = " ".join(m.group() for m in words[k - size + 1 : k + 1])
                if strip_diacritics(phrase.casefold()) in _VI_OFFICES:
                    return True
        word = words[k].group()
        known = any(a <= words[k].start() < b for a, b in covered)
        if not (word[:1].isupper() or known or strip_diacritics(word.casefold()) in _VI_BODY_WORDS):
            return False
        k -= 1
        steps += 1
    return False
