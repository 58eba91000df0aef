"""Combine the hand-written stories with outlets, places and dates into the demo corpus.

Pure Python (no Django), deterministic for a given seed and "today": the same call always
returns the same articles, and dates are relative to ``today`` so the demo always looks current.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from .base import Story, Text
from .outlets import DemoOutlet, outlets_for
from .partners import PARTNER_GROUPS, PARTNERS
from .phrases import CREDITS, MONTHS, REPOST_TAILS
from .places import GROUPS, PLACES, former_note, place_slots
from .stories import all_stories

DEFAULT_SEED = 57  # after Conclusion 57-KL/TW; any integer works
VN_TZ = timezone(timedelta(hours=7))

_LATIN = {"vi", "en", "fr", "es", "de"}


def _date_slots(day: date) -> dict[str, str]:
    d, m = day.day, day.month
    return {
        "date_vi": f"{d}/{m}",
        "date_en": f"{MONTHS['en'][m - 1]} {d}",
        "date_fr": f"{d} {MONTHS['fr'][m - 1]}",
        "date_ru": f"{d} {MONTHS['ru'][m - 1]}",
        "date_es": f"{d} de {MONTHS['es'][m - 1]}",
        "date_de": f"{d}. {MONTHS['de'][m - 1]}",
        "date_cjk": f"{m}月{d}日",
        "date_ko": f"{m}월 {d}일",
        "year": str(day.year),
    }


def normalise(text: str) -> str:
    """Same idea as the ingest content hash: case, punctuation and spacing do not make a new text."""
    text = unicodedata.normalize("NFC", text).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


def slugify(title: str) -> str:
    text = title.replace("Đ", "D").replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    return text[:80].rstrip("-")


class _Builder:
    def __init__(self, seed: int, today: date) -> None:
        self.seed = seed
        self.today = today
        self.rng = random.Random(seed)
        self.seen: set[str] = set()
        self.articles: list[dict[str, Any]] = []
        self.first_claim_day: dict[str, int] = {}
        self.reposts: dict[str, str] = {}  # repost group -> URL of the first post
        # Rotating alternatives per (story, language) so sibling articles differ in wording.
        self.instance_no: dict[tuple[str, str], int] = {}

    # --- slots -------------------------------------------------------------------------------

    def fill_slots(self, story: Story, lang: str, day: date) -> tuple[dict[str, str], dict[str, str]]:
        """Slot values, and slot name -> place key for the place slots."""
        values: dict[str, str] = _date_slots(day)
        places: dict[str, str] = {}
        used_places: set[str] = set()
        for name, spec in story.slots.items():
            if isinstance(spec, tuple):
                values[name] = str(self.rng.randint(*spec))
            elif spec in GROUPS:
                choices = [k for k in GROUPS[spec] if k not in used_places]
                place = PLACES[self.rng.choice(choices)]
                used_places.add(place.key)
                places[name] = place.key
                slots = place_slots(place, lang, diacritics=self.rng.random() < 0.5)
                values[name] = slots["place"]
                values[f"{name}_full"] = slots["place_full"]
                values[f"{name}_in"] = slots["place_in"]
                values[f"{name}_note"] = former_note(place, lang)
            elif spec in PARTNER_GROUPS:
                key = self.rng.choice(PARTNER_GROUPS[spec])
                values[name] = PARTNERS[key].get(lang, PARTNERS[key]["en"])
                values[f"{name}_key"] = key
            else:
                raise ValueError(f"{story.id}: unknown slot spec {spec!r}")
        return values, places

    # --- text --------------------------------------------------------------------------------

    def compose(self, story: Story, text: Text, lang: str, values: dict[str, str]) -> tuple[str, str]:
        k = self.instance_no.get((story.id, lang), 0)
        self.instance_no[(story.id, lang)] = k + 1
        # A per-(story, language) offset keeps the rotation deterministic but not in lockstep.
        offset = int(hashlib.sha256(f"{story.id}:{lang}".encode()).hexdigest()[:4], 16)
        title = text.titles[(k + offset) % len(text.titles)]
        paras: list[str] = []
        for i, para in enumerate(text.paras):
            if isinstance(para, list):
                paras.append(para[(k + offset // (i + 2)) % len(para)])
            else:
                paras.append(para)
        if text.extra:
            n_extra = self.rng.randint(0, min(2, len(text.extra)))
            extras = self.rng.sample(text.extra, n_extra)
            # Extras go before the closing paragraph, as background usually does.
            paras[-1:-1] = extras
        try:
            title = _capitalise(title.format_map(values))
            body = [_capitalise(p.format_map(values)) for p in paras]
        except KeyError as exc:
            raise ValueError(f"{story.id}/{lang}: slot {exc} not filled") from exc
        return title.strip(), "\n\n".join(p.strip() for p in body)

    # --- dates and outlets ---------------------------------------------------------------------

    def pick_day(self, story: Story) -> int:
        low, high = story.days
        if story.narrative_role == "rebuttal" and story.narrative in self.first_claim_day:
            # A correction comes after the claim it answers.
            high = min(high, self.first_claim_day[story.narrative] - 1)
            low = min(low, high)
        return self.rng.randint(low, high)

    def published_at(self, days_ago: int) -> datetime:
        day = self.today - timedelta(days=days_ago)
        local = datetime.combine(day, time(self.rng.randint(6, 22), self.rng.randint(0, 59)), VN_TZ)
        return local.astimezone(UTC)

    def url(self, outlet: DemoOutlet, title: str, lang: str, key: str) -> str:
        number = int(hashlib.sha256(f"{self.seed}:{key}".encode()).hexdigest()[:10], 16) % 9_000_000 + 1_000_000
        slug = slugify(title) if lang in _LATIN else ""
        tail = f"{slug}-{number}.html" if slug else f"{number}.html"
        return f"https://{outlet.domain}/{outlet.section}/{tail}"

    # --- articles --------------------------------------------------------------------------------

    def add(
        self,
        story: Story,
        lang: str,
        title: str,
        body: str,
        outlet: DemoOutlet,
        when: datetime,
        places: list[str],
        extra_meta: dict[str, Any],
    ) -> dict[str, Any] | None:
        key = normalise(f"{title}\n{body}")
        if key in self.seen:
            return None
        self.seen.add(key)
        article = {
            "title": title,
            # Keyed on the article's place in the sequence, not its text: texts carry dates that move
            # with "today", and a later load must still find the same URLs (ingest dedupes on them).
            "url": self.url(outlet, title, lang, f"{outlet.domain}:{len(self.articles)}"),
            "text": body,
            "summary": summary_of(body, lang),
            "language": lang,
            "author": outlet.byline,
            "published_at": when,
            "outlet": outlet.name,
            "outlet_domain": outlet.domain,
            "outlet_country": outlet.country,
            "demo": {
                "story": story.id,
                "topic": story.topic,
                "tone": story.tone,
                "narrative": story.narrative,
                "narrative_role": story.narrative_role,
                "event": story.event,
                "places": places,
                "syndication": None,
                "syndication_role": None,
                **extra_meta,
            },
        }
        self.articles.append(article)
        return article

    def build_story(self, story: Story) -> None:
        langs = list(story.texts)
        for lang in langs:
            self.build_instance(story, lang)
        # Further instances only in languages with enough alternative wording that a second
        # article is a different text, not the same one with new numbers (a near-duplicate).
        # Invented claims are the exception: spreaders repost them nearly verbatim on purpose.
        made = dict.fromkeys(langs, 1)
        for _ in range(max(0, story.count - len(langs))):
            pool = [
                lang
                for lang in langs
                for _ in range(story.weights.get(lang, 1))
                if story.outlets == "fringe" or made[lang] < variety(story.texts[lang])
            ]
            if not pool:
                break
            lang = self.rng.choice(pool)
            made[lang] += 1
            self.build_instance(story, lang)

    def build_instance(self, story: Story, lang: str) -> None:
        for _attempt in range(4):
            days_ago = self.pick_day(story)
            when = self.published_at(days_ago)
            values, place_slots_used = self.fill_slots(story, lang, when.astimezone(VN_TZ).date())
            title, body = self.compose(story, story.texts[lang], lang, values)
            # Only the places this language version actually names.
            places = [key for name, key in place_slots_used.items() if values[name] in f"{title} {body}"]
            if _attempt and story.outlets == "fringe":
                # The same claim reposted: spreaders copy it with a new hook line.
                tails = REPOST_TAILS.get(lang, REPOST_TAILS["en"])
                body = f"{body}\n\n{tails[(_attempt + len(self.articles)) % len(tails)]}"
            candidates = outlets_for(lang, story.outlets)
            if not candidates:
                raise ValueError(f"{story.id}: no {story.outlets} outlet writes in {lang}")
            wires = [o for o in candidates if o.wire]
            outlet = self.rng.choice(wires) if story.wire and wires else self.rng.choice(candidates)
            group = f"wire-{story.id}-{lang}-{len(self.articles)}" if story.wire and wires else None
            meta: dict[str, Any] = {"syndication": group, "syndication_role": "original" if group else None}
            if story.outlets == "fringe":
                # Spreaders repost a claim in the same language nearly verbatim: label it as such.
                group = None
                repost = f"repost-{story.id}-{lang}"
                first = self.reposts.get(repost)
                meta = {"syndication": repost, "syndication_role": "copy" if first else "original"}
                if first:
                    meta["copied_from"] = first
            article = self.add(story, lang, title, body, outlet, when, places, meta)
            if article is None:
                continue
            if story.outlets == "fringe":
                self.reposts.setdefault(f"repost-{story.id}-{lang}", article["url"])
            if story.narrative_role == "claim":
                prev = self.first_claim_day.get(story.narrative or "", 0)
                self.first_claim_day[story.narrative or ""] = max(prev, days_ago)
            if group:
                self.syndicate(story, article, outlet, [o for o in candidates if o is not outlet], places)
            return

    def syndicate(
        self, story: Story, original: dict[str, Any], agency: DemoOutlet, others: list[DemoOutlet], places: list[str]
    ) -> None:
        """Republish a wire story in 2-4 outlets with the small edits republishers make."""
        if not others:
            return
        copies = self.rng.sample(others, min(len(others), self.rng.randint(2, 4)))
        credit = agency.credit or agency.name
        lang = original["language"]
        for n, outlet in enumerate(copies):
            paras = original["text"].split("\n\n")
            if n % 2 == 1 and len(paras) > 3:
                paras = paras[:-1]  # trimmed to fit
            prefix, suffix = CREDITS.get(lang, CREDITS["en"])
            if n % 2 == 0:
                paras[0] = prefix.format(credit=credit) + paras[0]
            else:
                paras.append(suffix.format(credit=credit))
            title = original["title"]
            when = original["published_at"] + timedelta(minutes=self.rng.randint(20, 480))
            meta = {
                "syndication": original["demo"]["syndication"],
                "syndication_role": "copy",
                "copied_from": original["url"],
            }
            self.add(story, lang, title, "\n\n".join(paras), outlet, when, places, meta)


def variety(text: Text) -> int:
    """How many articles one language version can yield that differ in most paragraphs."""
    alternatives = [p for p in text.paras if isinstance(p, list)]
    if len(alternatives) * 3 < len(text.paras) * 2:
        return 1
    return min(len(p) for p in alternatives)


def _capitalise(text: str) -> str:
    """A slot at the start of a sentence ("the United States ...") still starts with a capital."""
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text.strip())


def summary_of(body: str, lang: str) -> str:
    first = body.split("\n\n", 1)[0]
    parts = re.split(r"(?<=[。！？])" if lang in ("zh", "ja") else r"(?<=[.!?])\s+", first, maxsplit=1)
    return parts[0].strip()


def generate_corpus(seed: int = DEFAULT_SEED, today: date | None = None) -> list[dict[str, Any]]:
    """All demo articles, oldest first. ``published_at`` is an aware UTC datetime; ``demo`` holds the
    generator's own labels (topic, tone, narrative, event, syndication group) for later evaluation."""
    today = today or datetime.now(VN_TZ).date()
    builder = _Builder(seed, today)
    stories = all_stories()
    # Claims first, so that each correction can be dated after the claim it answers.
    for story in sorted(stories, key=lambda s: s.narrative_role != "claim"):
        builder.build_story(story)
    articles = sorted(builder.articles, key=lambda a: (a["published_at"], a["url"]))
    # Within a repost group the earliest post is the original, whatever order it was written in.
    first_of: dict[str, str] = {}
    for article in articles:
        demo = article["demo"]
        if (demo["syndication"] or "").startswith("repost-"):
            first = first_of.setdefault(demo["syndication"], article["url"])
            demo["syndication_role"] = "original" if first == article["url"] else "copy"
            demo.pop("copied_from", None)
            if first != article["url"]:
                demo["copied_from"] = first
    return articles
