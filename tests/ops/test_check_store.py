"""`ttdn check-store`: a tampered file, a missing file and an orphan are reported; a clean store passes."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ttdn.ops.store import check_store
from ttdn.sources.models import RawDocument, Source
from ttdn.sources.services import store_raw, store_raw_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_store_passes_and_problems_fail(data_dir, tmp_path, capsys):
    source = Source.objects.create(name="bulk", kind=Source.Kind.JSONL)
    one, _ = store_raw_file(source, _file(tmp_path, "a.jsonl", '{"title": "một"}\n'))
    two, _ = store_raw_file(source, _file(tmp_path, "b.jsonl", '{"title": "hai"}\n'))
    store_raw(source, b"<rss/>", url="https://example.org/feed")
    call_command("check_store")
    assert "raw store OK" in capsys.readouterr().out

    Path(one.stored_path).write_bytes(b'{"title": "tampered"}\n')
    Path(two.stored_path).unlink()
    orphan = Path(data_dir) / "raw" / "ff" / ("f" * 64)
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"x")
    RawDocument.objects.filter(url="https://example.org/feed").update(content=b"<rss>changed</rss>")
    problems = check_store()
    assert any(f"raw #{one.pk}" in p and "sha256" in p for p in problems)
    assert any(f"raw #{two.pk}" in p and "missing" in p for p in problems)
    assert any("orphan" in p for p in problems)
    assert any("stored content" in p for p in problems)
    assert len(problems) == 4
    with pytest.raises(CommandError, match="4 problem"):
        call_command("check_store")
