"""Partner countries that vi/en stories slot in (other languages name partners in their own text)."""

from __future__ import annotations

PARTNERS: dict[str, dict[str, str]] = {
    "jp": {"vi": "Nhật Bản", "en": "Japan"},
    "kr": {"vi": "Hàn Quốc", "en": "South Korea"},
    "us": {"vi": "Hoa Kỳ", "en": "the United States"},
    "fr": {"vi": "Pháp", "en": "France"},
    "de": {"vi": "Đức", "en": "Germany"},
    "au": {"vi": "Australia", "en": "Australia"},
    "in": {"vi": "Ấn Độ", "en": "India"},
    "sg": {"vi": "Singapore", "en": "Singapore"},
    "th": {"vi": "Thái Lan", "en": "Thailand"},
    "id": {"vi": "Indonesia", "en": "Indonesia"},
    "my": {"vi": "Malaysia", "en": "Malaysia"},
    "ph": {"vi": "Philippines", "en": "the Philippines"},
    "la": {"vi": "Lào", "en": "Laos"},
    "kh": {"vi": "Campuchia", "en": "Cambodia"},
    "cn": {"vi": "Trung Quốc", "en": "China"},
    "ru": {"vi": "Liên bang Nga", "en": "Russia"},
    "gb": {"vi": "Vương quốc Anh", "en": "the United Kingdom"},
    "it": {"vi": "Italy", "en": "Italy"},
    "nl": {"vi": "Hà Lan", "en": "the Netherlands"},
    "br": {"vi": "Brazil", "en": "Brazil"},
    "ae": {"vi": "Các Tiểu vương quốc Arab Thống nhất", "en": "the United Arab Emirates"},
    "nz": {"vi": "New Zealand", "en": "New Zealand"},
    "ca": {"vi": "Canada", "en": "Canada"},
    "cu": {"vi": "Cuba", "en": "Cuba"},
    "eu": {"vi": "Liên minh châu Âu", "en": "the European Union"},
}

PARTNER_GROUPS: dict[str, list[str]] = {
    "partner": ["jp", "kr", "us", "fr", "de", "au", "in", "sg", "th", "id", "my", "ph", "la", "kh", "ru", "gb",
                "it", "nl", "br", "ae", "nz", "ca", "cu"],
    "investor": ["jp", "kr", "sg", "us", "de", "nl", "cn", "th", "fr", "gb", "au"],
    "asean": ["sg", "th", "id", "my", "ph", "la", "kh"],
    "market": ["jp", "kr", "cn", "us", "au", "in", "th", "de", "fr", "gb", "ru"],
    "trade": ["us", "eu", "jp", "kr", "cn", "gb", "ca", "au"],
}
