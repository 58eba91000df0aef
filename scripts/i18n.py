#!/usr/bin/env python
"""Rebuild the English catalogue: extract every Vietnamese source string (makemessages), fill the
English from each app's `i18n_en.tsv` (msgid<TAB>English; plurals as "one|many"), compile the .mo,
and list what is missing.

    .venv/bin/python scripts/i18n.py          # needs GNU gettext (xgettext, msgfmt)

The .po and .mo are committed, so installing the product needs no gettext tools.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "ttdn/locale/en/LC_MESSAGES/django.po"


def load_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for tsv in sorted(ROOT.glob("ttdn/**/i18n_en.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if "\t" not in line or line.startswith("#"):
                continue
            source, english = line.split("\t", 1)
            # Template placeholders appear in the catalogue as %(name)s.
            source = re.sub(r"\{\{\s*(\w+)\s*\}\}", r"%(\1)s", source)
            english = re.sub(r"\{\{\s*(\w+)\s*\}\}", r"%(\1)s", english)
            pairs[source] = english
    return pairs


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
    manage = [sys.executable, str(ROOT / "manage.py")]
    PO.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [*manage, "makemessages", "-l", "en", "--no-location", "--no-obsolete",
         "-i", ".venv", "-i", "node_modules", "-i", "var", "-i", "tests", "-i", "bench", "-i", "ttdn/analysis"],
        cwd=ROOT / "ttdn", check=True,
    )
    from babel.messages.pofile import read_po, write_po

    with PO.open("rb") as handle:
        catalog = read_po(handle)
    pairs = load_pairs()
    missing = []
    for message in catalog:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        english = pairs.get(key)
        if english is None and "%%" in key:  # python-format strings escape a literal % as %%
            english = pairs.get(key.replace("%%", "%"), "").replace("%", "%%") or None
        if english is not None:
            if isinstance(message.id, str):
                message.string = english
            else:  # plural: "one|many" in the TSV
                one, _, many = english.partition("|")
                message.string = (one, many or one)
            message.flags.discard("fuzzy")
        elif not message.string or (isinstance(message.string, tuple) and not all(message.string)):
            missing.append(key)
    with PO.open("wb") as handle:
        write_po(handle, catalog, width=0)
    subprocess.run([*manage, "compilemessages", "-l", "en"], cwd=ROOT / "ttdn", check=True)
    for key in missing:
        print(f"missing English: {key!r}")
    print(f"{len(catalog)} messages, {len(missing)} without English")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
