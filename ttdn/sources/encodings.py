"""Character encodings met in Vietnamese media files, detected or declared, decoded to Unicode NFC.

Besides UTF-8/UTF-16 and Windows-1258 (which spells tones as combining marks, hence the NFC step),
older Vietnamese documents and archives use two pre-Unicode encodings Python does not ship:

* TCVN3 (TCVN 5712:1993 "VN3", the "ABC" fonts): one byte per lower-case letter, every toned vowel
  precomposed; upper-case toned vowels had no code (a separate capitals font reused the lower-case
  codes), so decoding gives lower case for those.
* VNI (VNI-Windows): a base ASCII letter followed by a modifier byte (circumflex/breve with a tone,
  or a tone alone); a few letters (đ, ơ, ư and the toned i) are single bytes.

The tables below are written from those public code charts. A declared charset is only a hint:
headers and XML prologues are often wrong, so candidate decodings are scored by how much of the
text forms valid Vietnamese syllables (or at least contains no mojibake symbols).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

# --- tone marks and the Vietnamese vowel inventory ------------------------------------------

GRAVE, HOOK, TILDE, ACUTE, DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT)  # the order TCVN3 uses within each vowel row
BASE_VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")


def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _cp1252_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


# --- TCVN3 -----------------------------------------------------------------------------------

# Byte of each toned lower-case vowel, row by row in TONES order (grave, hook, tilde, acute, dot).
_TCVN3_ROWS: dict[str, tuple[int, int, int, int, int]] = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
}  # fmt: skip


def _build_tcvn3_table() -> str:
    table = {b: chr(b) for b in range(0x80)}
    for b in range(0x80, 0x100):
        # Unassigned positions fall back to the Windows code page so that no byte is lost.
        table[b] = _cp1252_char(b)
    table.update(_TCVN3_LETTERS)
    for base, row in _TCVN3_ROWS.items():
        for tone, byte in zip(TONES, row, strict=True):
            table[byte] = _toned(base, tone)
    return "".join(table[b] for b in range(256))


TCVN3_DECODING_TABLE = _build_tcvn3_table()
_TCVN3_ENCODE = {ch: bytes([b]) for b, ch in enumerate(TCVN3_DECODING_TABLE) if b >= 0x80 or ch.isascii()}


def encode_tcvn3(text: str, errors: str = "strict") -> bytes:
    """Encode NFC text to TCVN3; upper-case toned vowels become their lower-case code (as ABC did)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        code = _TCVN3_ENCODE.get(ch) or _TCVN3_ENCODE.get(ch.lower())
        if code is None:
            if errors == "strict":
                raise UnicodeEncodeError("tcvn3", text, 0, 1, f"cannot encode {ch!r}")
            code = b"?"
        out += code
    return bytes(out)


def _tcvn3_codec(name: str) -> codecs.CodecInfo | None:
    if name not in ("tcvn3", "tcvn", "abc", "vn3", "tcvn_5712", "tcvn5712"):
        return None
    encoding_table = codecs.charmap_build(TCVN3_DECODING_TABLE)

    def encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
        return codecs.charmap_encode(text, errors, encoding_table)

    # typeshed omits the str decoding table that CPython's charmap codecs (encodings/cp*.py) pass.
    def decode(data: ReadableBuffer, errors: str = "strict") -> tuple[str, int]:
        return codecs.charmap_decode(data, errors, TCVN3_DECODING_TABLE)  # type: ignore[arg-type]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, data: bytes, final: bool = False) -> str:  # type: ignore[override]
            return codecs.charmap_decode(data, self.errors, TCVN3_DECODING_TABLE)[0]  # type: ignore[arg-type]

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, text: str, final: bool = False) -> bytes:  # type: ignore[override]
            return codecs.charmap_encode(text, self.errors, encoding_table)[0]

    return codecs.CodecInfo(
        name="tcvn3",
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
    )


codecs.register(_tcvn3_codec)


# --- VNI -------------------------------------------------------------------------------------

# Modifier bytes (as their Windows-1252 characters) in TONES order; lower case / upper case.
_VNI_TONE = {"lower": ("ø", "û", "õ", "ù", "ï"), "upper": ("Ø", "Û", "Õ", "Ù", "Ï")}
_VNI_CIRC = {"lower": ("à", "å", "ã", "á", "ä"), "upper": ("À", "Å", "Ã", "Á", "Ä")}
_VNI_BREVE = {"lower": ("è", "ú", "ü", "é", "ë"), "upper": ("È", "Ú", "Ü", "É", "Ë")}
_VNI_PLAIN_CIRC = {"lower": "â", "upper": "Â"}
_VNI_PLAIN_BREVE = {"lower": "ê", "upper": "Ê"}
# Letters VNI spells with a single byte.
_VNI_SINGLE = {
    "đ": "ñ", "Đ": "Ñ", "ơ": "ô", "Ơ": "Ô", "ư": "ö", "Ư": "Ö",
    "ì": "ì", "Ì": "Ì", "ỉ": "æ", "Ỉ": "Æ", "ĩ": "ó", "Ĩ": "Ó", "í": "í", "Í": "Í", "ị": "ò", "Ị": "Ò",
    "ỵ": "î", "Ỵ": "Î",
}  # fmt: skip


def _build_vni_map() -> dict[str, str]:
    """Unicode letter -> its VNI spelling, as Windows-1252 characters."""
    mapping: dict[str, str] = dict(_VNI_SINGLE)
    for case in ("lower", "upper"):
        up = case == "upper"

        def c(s: str, up: bool = up) -> str:
            return s.upper() if up else s

        for base in ("a", "e", "o", "u", "y"):
            for i, tone in enumerate(TONES):
                letter = c(_toned(base, tone))
                mapping.setdefault(letter, c(base) + _VNI_TONE[case][i])
        for base, plain in (("a", "â"), ("e", "ê"), ("o", "ô")):
            mapping[c(plain)] = c(base) + _VNI_PLAIN_CIRC[case]
            for i, tone in enumerate(TONES):
                mapping[c(_toned(plain, tone))] = c(base) + _VNI_CIRC[case][i]
        mapping[c("ă")] = c("a") + _VNI_PLAIN_BREVE[case]
        for i, tone in enumerate(TONES):
            mapping[c(_toned("ă", tone))] = c("a") + _VNI_BREVE[case][i]
        for horn, single in (("ơ", "ô"), ("ư", "ö")):
            for i, tone in enumerate(TONES):
                mapping[c(_toned(horn, tone))] = c(single) + _VNI_TONE[case][i]
    return mapping


VNI_ENCODE_MAP = _build_vni_map()
_VNI_DECODE_MAP = {v: k for k, v in VNI_ENCODE_MAP.items()}
_VNI_PAIRS = re.compile("|".join(sorted((re.escape(k) for k in _VNI_DECODE_MAP), key=len, reverse=True)))


def vni_compose(text: str) -> str:
    """Turn VNI text already decoded as Windows-1252 into Unicode (longest match first)."""
    return _VNI_PAIRS.sub(lambda m: _VNI_DECODE_MAP[m.group(0)], text)


def decode_vni(data: bytes) -> str:
    return unicodedata.normalize("NFC", vni_compose(_cp1252_lenient(data)))


def encode_vni(text: str, errors: str = "strict") -> bytes:
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in VNI_ENCODE_MAP:
            out.append(VNI_ENCODE_MAP[ch])
        elif ch.isascii():
            out.append(ch)
        elif errors == "strict":
            raise UnicodeEncodeError("vni", text, 0, 1, f"cannot encode {ch!r}")
        else:
            out.append("?")
    return "".join(out).encode("cp1252")


# --- Windows-1258 ----------------------------------------------------------------------------


def encode_cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does in practice: precomposed where the code page has it, else base + tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in decomposed if m in TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


# Windows-1252 with its five undefined bytes kept as their Latin-1 code points, so no byte is lost.
_CP1252_LENIENT = {b: _cp1252_char(b) for b in range(0x80, 0x100)}


def _cp1252_lenient(data: bytes) -> str:
    return data.decode("latin-1").translate(_CP1252_LENIENT)


# --- names -----------------------------------------------------------------------------------

_ALIASES = {
    "tcvn3": "tcvn3", "tcvn": "tcvn3", "abc": "tcvn3", "vn3": "tcvn3", "tcvn-5712": "tcvn3", "tcvn5712": "tcvn3",
    "x-viet-tcvn5712": "tcvn3", "tcvn-3": "tcvn3",
    "vni": "vni", "vni-windows": "vni", "x-viet-vni": "vni",
    "windows-1258": "cp1258", "cp1258": "cp1258", "x-cp1258": "cp1258",
}  # fmt: skip


def normalise_name(name: str | None) -> str | None:
    """A codec name we can decode with, or None when the label is empty or unknown."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    if label in _ALIASES:
        return _ALIASES[label]
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# --- scoring candidate decodings -------------------------------------------------------------

_ONSET = r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
_NUCLEI_TEXT = (
    "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ôô "
    "ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê a ă â e ê i o ô ơ u ư y"
)
_NUCLEI = sorted(_NUCLEI_TEXT.split(" "), key=len, reverse=True)
_SYLLABLE = re.compile(rf"^{_ONSET}(?:{'|'.join(_NUCLEI)})(?:ch|nh|ng|[cmnpt])?$")
_TOKEN_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def is_vietnamese_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(1 for m in decomposed if m in TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in TONES))
    return bool(_SYLLABLE.match(bare))


_DISTINCT_MARKS = {HOOK, DOT, "\u031b", "\u0306"}  # hook above, dot below, horn, breve


def _distinctly_vietnamese(ch: str) -> bool:
    """Letters only Vietnamese uses (so a non-syllable containing one is mojibake, not French or Polish)."""
    if ch in "đĐ":
        return True
    marks = set(unicodedata.normalize("NFD", ch)[1:])
    return bool(marks & _DISTINCT_MARKS) or ("\u0302" in marks and bool(marks & set(TONES)))


def plausibility(text: str) -> float:
    """Higher is more like real text: valid Vietnamese syllables count most, mojibake symbols count against."""
    sample = text[:65536]
    bad_controls = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\t\n\r")
    good = bad = 0.0
    counted = 0
    for raw_token in sample.split():
        token = _TOKEN_EDGE.sub("", raw_token)
        if not token or token.isascii():
            continue
        counted += 1
        if any(
            unicodedata.category(ch)[0] in "SC" or unicodedata.category(ch) in ("Pi", "Pf", "Po", "Mn") for ch in token
        ):
            bad += 1
        elif is_vietnamese_syllable(token):
            good += 1
        elif any(_distinctly_vietnamese(ch) for ch in token):
            bad += 1
        elif token.isalpha():
            good += 0.4
        else:
            bad += 0.5
    if counted == 0:
        return 0.0 - bad_controls
    return (good - 2 * bad) / counted - bad_controls / max(len(sample), 1) * 10


# --- detection and decoding ------------------------------------------------------------------


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    reason: str


def _decode_as(data: bytes, encoding: str) -> str:
    if encoding == "vni":
        return decode_vni(data)
    return unicodedata.normalize("NFC", data.decode(encoding))


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sum(1 for b in sample[0::2] if b == 0) / (len(sample) / 2)
    odd_zero = sum(1 for b in sample[1::2] if b == 0) / (len(sample) / 2)
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def detect(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(encoding, reason) for `data`; the declared label is weighed, not trusted."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", "UTF-8 byte-order mark"
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return "utf-32", "UTF-32 byte-order mark"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16", "UTF-16 byte-order mark"
    hinted = normalise_name(declared)
    guessed16 = _looks_utf16(data)
    if guessed16:
        try:
            data.decode(guessed16)
            return guessed16, "UTF-16 without byte-order mark (zero-byte pattern)"
        except UnicodeDecodeError:
            pass
    sample = data[: 1 << 20]
    try:
        # Cut at a character boundary: a sample may end inside a multi-byte sequence.
        sample.decode("utf-8") if len(sample) == len(data) else sample[: len(sample) - 4].decode("utf-8")
        if hinted in (None, "utf-8"):
            return "utf-8", "valid UTF-8"
        return "utf-8", f"valid UTF-8 (declared {declared!r} ignored)"
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few corrupt records is still a UTF-8 file: the bad records get quarantined.
    lenient = sample.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F) - broken
    if multibyte >= 10 * broken and multibyte >= 20:
        return "utf-8", f"mostly valid UTF-8 ({broken} invalid sequences)"
    candidates: list[str] = []
    for name in (hinted, "cp1258", "tcvn3", "vni", "cp1252", _charset_normalizer_guess(sample)):
        if name and name not in candidates and name not in ("utf-8", "utf-8-sig"):
            candidates.append(name)
    best, best_score = "cp1252", float("-inf")
    for name in candidates:
        try:
            text = _decode_as(sample, name)
        except (UnicodeDecodeError, LookupError):
            continue
        score = plausibility(text) + (0.05 if name == hinted else 0.0)
        if score > best_score:
            best, best_score = name, score
    reason = f"best scoring of {', '.join(candidates)}" + (f" (declared {declared!r})" if declared else "")
    return best, reason


def _charset_normalizer_guess(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(sample[:65536]).best()
    return normalise_name(match.encoding) if match is not None else None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes to NFC text, detecting the encoding; undecodable bytes are replaced, never fatal."""
    if not data:
        return Decoded("", "utf-8", "empty")
    encoding, reason = detect(data, declared)
    try:
        text = _decode_as(data, encoding)
    except UnicodeDecodeError:
        text = unicodedata.normalize("NFC", data.decode(encoding if encoding != "vni" else "cp1252", errors="replace"))
        reason += "; some bytes were undecodable and replaced"
    return Decoded(text.lstrip("\ufeff"), encoding, reason)


def text_codec(encoding: str) -> tuple[str, Callable[[str], str]]:
    """A Python codec to stream with, and the fix-up each decoded piece needs (NFC; VNI composition)."""
    if encoding == "vni":
        return "cp1252", lambda s: unicodedata.normalize("NFC", vni_compose(s))
    return encoding, lambda s: unicodedata.normalize("NFC", s)


def encode_as(text: str, encoding: str) -> bytes:
    """Encode for tests and exports, including the legacy Vietnamese encodings."""
    name = normalise_name(encoding) or encoding
    if name == "tcvn3":
        return encode_tcvn3(text)
    if name == "vni":
        return encode_vni(text)
    if name == "cp1258":
        return encode_cp1258(text)
    return text.encode(name)
