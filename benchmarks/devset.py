"""``python -m benchmarks devset``: the labeled text-dump sets, scored field by field.

Two labeled sets of real dumps live in the corpus:

- ``text/pages`` (**seen**): 109 dumps of 95 outlets; arnews was developed on these
  pages, so its figures here are in-sample;
- ``text/dev`` (**dev**, held out): 100 dumps of 97 outlets that appear nowhere else;
  no rule may exist for one of its outlets, so its figures say how arnews does on
  outlets it has never seen.

Scoring follows ``shared/tools/score_dumps.py`` exactly (folded comparison, snippets
as substrings of ``Article.text``, quotes matched by word overlap ≥ 0.5 on
``find_quotes`` of the whole dump), and adds: recall per quote kind, the published
stamps read by :func:`arnews.parse_date` alone, and date mentions in the body.
Nothing of a dump is stored: results hold counts and, for misses, the labels' own
short strings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final
from urllib.parse import unquote

import arnews
from benchmarks.corpus import corpus_root

SETS: Final = (("seen", "pages"), ("dev", "dev"))
"""(label, folder under ``text/``): the in-sample set first, the held-out set second."""
MIN_OVERLAP: Final = 0.5
"""Word-set Jaccard overlap at which a found quote or speaker matches a labeled one."""
PERSON_FIELDS: Final = ("authors", "source", "dateline")

_DIACRITICS: Final = re.compile("[\u064b-\u065f\u0670\u0640]")
_ALEFS: Final = re.compile("[أإآٱ]")
_QUOTE_MARKS: Final = re.compile(r"[«»“”\"'‘’]")
_SPACE: Final = re.compile(r"\s+")
_WORD: Final = re.compile(r"\w+")


def fold(text: str | None) -> str:
    """The comparison form: NFC, no diacritics or tatweel, one alef, ى → ي, no quote marks."""
    text = _DIACRITICS.sub("", unicodedata.normalize("NFC", text or ""))
    text = _ALEFS.sub("ا", text).replace("ى", "ي")
    return _SPACE.sub(" ", _QUOTE_MARKS.sub("", text)).strip()


def overlap(a: str, b: str) -> float:
    """Jaccard overlap of the folded word sets of *a* and *b*."""
    left, right = set(_WORD.findall(fold(a))), set(_WORD.findall(fold(b)))
    return len(left & right) / len(left | right) if left and right else 0.0


def url_has_date(url: str | None, iso: str | None) -> bool:
    """Whether *url* carries the day *iso* (``…/2024/03/05/…``, ``2024-03-05``, ``20240305``):
    a date taken from there is evidence, not invented."""
    if not url or not iso:
        return False
    y, m, d = iso[:4], iso[5:7], iso[8:10]
    forms = (f"{y}/{m}/{d}", f"{y}/{int(m)}/{int(d)}", f"{y}-{m}-{d}", f"{y}{m}{d}", f"{y}_{m}_{d}")
    return any(form in unquote(url) for form in forms)


@dataclass(slots=True)
class Tally:
    """Right answers out of the labeled cases, and spurious values where the label is empty."""

    right: int = 0
    total: int = 0
    spurious: int = 0
    empty: int = 0

    def rate(self) -> float | None:
        """The share right, or ``None`` when nothing was labeled."""
        return self.right / self.total if self.total else None

    def spurious_rate(self) -> float | None:
        """The share of empty labels that got a value anyway."""
        return self.spurious / self.empty if self.empty else None


@dataclass(slots=True)
class Score:
    """The figures of one labeled set."""

    name: str
    dumps: int = 0
    title: Tally = field(default_factory=Tally)
    published: Tally = field(default_factory=Tally)
    stamps: Tally = field(default_factory=Tally)
    recall: list[float] = field(default_factory=list)
    leak: list[float] = field(default_factory=list)
    people: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in PERSON_FIELDS})
    quotes: dict[str, Tally] = field(
        default_factory=lambda: {"direct": Tally(), "indirect": Tally()}
    )
    speakers: Tally = field(default_factory=Tally)
    mentions: Tally = field(default_factory=Tally)
    values: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The figures as JSON-safe values."""

        def tally(t: Tally) -> dict[str, int]:
            return {"right": t.right, "total": t.total, "spurious": t.spurious, "empty": t.empty}

        quotes = Tally(
            right=sum(t.right for t in self.quotes.values()),
            total=sum(t.total for t in self.quotes.values()),
        )
        return {
            "name": self.name,
            "dumps": self.dumps,
            "title": tally(self.title),
            "published": tally(self.published),
            "stamps": tally(self.stamps),
            "recall": _mean(self.recall),
            "leak": _mean(self.leak),
            **{k: tally(v) for k, v in self.people.items()},
            "quotes": tally(quotes),
            **{f"quotes_{k}": tally(v) for k, v in self.quotes.items()},
            "speakers": tally(self.speakers),
            "mentions": tally(self.mentions),
            "mention_values": tally(self.values),
        }


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _rows(folder: Path) -> list[dict[str, Any]]:
    lines = (folder / "annotations.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _score_article(score: Score, label: Mapping[str, Any], article: arnews.Article) -> None:
    name = label["file"]
    if label.get("title"):
        score.title.total += 1
        if fold(article.title) == fold(label["title"]):
            score.title.right += 1
        else:
            score.misses.append(f"{name}: title {article.title!r} (label {label['title']!r})")
    got = article.published.date().isoformat() if article.published else None
    if label.get("published"):
        score.published.total += 1
        if got == label["published"][:10]:
            score.published.right += 1
        else:
            shown = label.get("published_text")
            score.misses.append(
                f"{name}: published {got} (label {label['published']}, shown as {shown!r})"
            )
    else:
        score.published.empty += 1
        if got and not url_has_date(label.get("url"), got):
            score.published.spurious += 1
            score.misses.append(f"{name}: published {got} invented (label: none shown)")
    _score_body(score, label, article)
    for key in PERSON_FIELDS:
        if key in label:
            _score_person(score, name, key, label[key], getattr(article, key))


def _score_body(score: Score, label: Mapping[str, Any], article: arnews.Article) -> None:
    name, body = label["file"], fold(article.text)
    keep, drop = label.get("with") or [], label.get("without") or []
    if keep:
        score.recall.append(sum(fold(s) in body for s in keep) / len(keep))
        score.misses += [f"{name}: lost {s!r}" for s in keep if fold(s) not in body]
    if drop:
        score.leak.append(sum(fold(s) in body for s in drop) / len(drop))
        score.misses += [f"{name}: kept boilerplate {s!r}" for s in drop if fold(s) in body]


def _score_person(score: Score, name: str, key: str, want: Any, have: Any) -> None:
    tally = score.people[key]
    if key == "authors":
        want_key: object = sorted(fold(w) for w in want)
        have_key: object = sorted(fold(h) for h in have)
    else:
        want_key, have_key = fold(want), fold(have)
    if want_key:
        tally.total += 1
        if want_key == have_key:
            tally.right += 1
        else:
            score.misses.append(f"{name}: {key} {have!r} (label {want!r})")
    else:
        tally.empty += 1
        if have_key:
            tally.spurious += 1
            score.misses.append(f"{name}: {key} {have!r} spurious")


def _score_quotes(score: Score, label: Mapping[str, Any], text: str) -> None:
    name = label["file"]
    found = arnews.find_quotes(text)
    for quote in label.get("quotes") or []:
        tally = score.quotes.setdefault(quote.get("kind") or "direct", Tally())
        tally.total += 1
        matches = [q for q in found if overlap(q.content, quote["content"]) >= MIN_OVERLAP]
        if not matches:
            score.misses.append(
                f"{name}: {quote.get('kind')} quote missed {quote['content'][:40]!r}"
            )
            continue
        tally.right += 1
        if quote.get("speaker"):
            score.speakers.total += 1
            speaker = matches[0].speaker
            if speaker and overlap(speaker, quote["speaker"]) >= MIN_OVERLAP:
                score.speakers.right += 1
            else:
                score.misses.append(f"{name}: speaker {speaker!r} (label {quote['speaker']!r})")


def _score_dates(score: Score, label: Mapping[str, Any], article: arnews.Article) -> None:
    """The published stamp read alone, and the body's date mentions found and resolved."""
    name = label["file"]
    if label.get("published") and label.get("published_text"):
        score.stamps.total += 1
        value = _parse_stamp(label["published_text"])
        want = label["published"]
        got = value.strftime("%Y-%m-%dT%H:%M" if "T" in want else "%Y-%m-%d") if value else None
        if got == want:
            score.stamps.right += 1
        else:
            score.misses.append(
                f"{name}: parse_date({label['published_text']!r}) = {got} (label {want})"
            )
    body = article.text
    for mention in label.get("date_mentions") or []:
        if not mention.get("value"):
            continue  # unresolvable from the dump alone (no year, no published date)
        found = _mention_at(article, body, mention["text"])
        score.mentions.total += 1
        if found is None:
            score.misses.append(f"{name}: date mention missed {mention['text']!r}")
            continue
        score.mentions.right += 1
        score.values.total += 1
        if found.value.date().isoformat() == mention["value"]:
            score.values.right += 1
        else:
            score.misses.append(
                f"{name}: date {mention['text']!r} = {found.value.date()}"
                f" (label {mention['value']})"
            )


def _parse_stamp(text: str) -> datetime | None:
    try:
        return arnews.parse_date(text)
    except arnews.ArnewsError:
        return None


def _mention_at(article: arnews.Article, body: str, text: str) -> arnews.DateMention | None:
    """The article's date mention that overlaps the first place *text* stands in its body."""
    start = body.find(text)
    if start < 0:
        return None
    end = start + len(text)
    return next((m for m in article.dates if m.start < end and start < m.end), None)


def score_set(
    folder: Path,
    name: str,
    parse: Callable[[str, str | None], arnews.Article] = arnews.parse_text,
) -> Score:
    """Score every labeled dump of *folder* (a folder with ``annotations.jsonl``)."""
    score = Score(name)
    for label in _rows(folder):
        text = (folder / label["file"]).read_text(encoding="utf-8")
        article = parse(text, label.get("url"))
        score.dumps += 1
        _score_article(score, label, article)
        _score_quotes(score, label, text)
        _score_dates(score, label, article)
    return score


def run(sets: Iterable[tuple[str, str]] = SETS) -> list[Score]:
    """Score each labeled set that exists in the corpus, in order."""
    base = corpus_root() / "text"
    return [score_set(base / folder, name) for name, folder in sets if (base / folder).is_dir()]


def _cell(t: dict[str, int], *, spurious: bool = False) -> str:
    text = f"{t['right']}/{t['total']}" if t["total"] else "–"
    if t["total"]:
        text += f" ({t['right'] / t['total']:.0%})"
    if spurious and t["empty"]:
        text += f", spurious {t['spurious']}/{t['empty']}"
    return text


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def markdown(results: list[dict[str, Any]]) -> str:
    """The figures of every set side by side: seen (in-sample) and dev (held out)."""
    names = [r["name"] for r in results]
    head = "| field | " + " | ".join(_label(n) for n in names) + " |"
    rows = [head, "|---|" + "---|" * len(names)]

    def row(title: str, cell: Callable[[dict[str, Any]], str]) -> None:
        rows.append(f"| {title} | " + " | ".join(cell(r) for r in results) + " |")

    row("dumps", lambda r: str(r["dumps"]))
    row("title right", lambda r: _cell(r["title"]))
    row(
        "published right (invented where none shown)",
        lambda r: _cell(r["published"], spurious=True),
    )
    row("published stamp alone, `parse_date`", lambda r: _cell(r["stamps"]))
    row("body recall (keep-snippets kept)", lambda r: _ratio(r["recall"]))
    row("boilerplate leak (drop-snippets kept)", lambda r: _ratio(r["leak"]))
    for key in PERSON_FIELDS:
        row(f"{key} right (spurious where none)", lambda r, k=key: _cell(r[k], spurious=True))
    row("quotes found", lambda r: _cell(r["quotes"]))
    row("direct quotes found", lambda r: _cell(r["quotes_direct"]))
    row("indirect quotes found", lambda r: _cell(r["quotes_indirect"]))
    row("speaker right (where labeled)", lambda r: _cell(r["speakers"]))
    row("date mentions with a labeled day: found", lambda r: _cell(r["mentions"]))
    row("… and resolved to that day", lambda r: _cell(r["mention_values"]))
    return "\n".join(rows) + "\n"


def _label(name: str) -> str:
    return {"seen": "seen (`text/pages`, in-sample)", "dev": "dev (`text/dev`, held out)"}.get(
        name, name
    )
