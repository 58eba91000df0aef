"""The English catalogue is complete and compiled, and Vietnamese stays the default."""

import re
from pathlib import Path

from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "ttdn/locale/en/LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sd]|%[sd]")


def _key(msgid):
    return msgid if isinstance(msgid, str) else msgid[0]


def _value(string):
    return string if isinstance(string, str) else tuple(string)


def _catalog():
    with (LOCALE / "django.po").open("rb") as handle:
        return read_po(handle)


def test_every_message_has_english_with_the_same_placeholders():
    problems = []
    for message in _catalog():
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        if not all(strings) or message.fuzzy:
            problems.append(("untranslated", ids[0]))
            continue
        if sorted(PLACEHOLDER.findall(ids[0])) != sorted(PLACEHOLDER.findall(strings[0])):
            problems.append(("placeholders", ids[0]))
    assert problems == []


def test_compiled_catalogue_matches_the_po_file():
    with (LOCALE / "django.mo").open("rb") as handle:
        compiled = {_key(m.id): _value(m.string) for m in read_mo(handle) if m.id}
    source = {_key(m.id): _value(m.string) for m in _catalog() if m.id}
    assert compiled == source, "run scripts/i18n.py to recompile"


def test_vietnamese_by_default_even_for_english_browsers_then_english_on_request(logged_in):
    page = logged_in.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'lang="vi"' in page and "Tổng quan" in page
    logged_in.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = logged_in.get("/").content.decode()
    assert 'lang="en"' in page and "Overview" in page and "Tổng quan" not in page
