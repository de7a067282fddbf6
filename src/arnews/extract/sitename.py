"""Whether a credit names the outlet itself: its names, and the name its web address spells.

An outlet crediting itself at the start of its own story («صدى المدينة نيوز:», «نبض الوادي
– حلب») is a source, not a person or a city. Its name is known when the site or the page
gives it, and otherwise read from the web address: Arabic and Latin letters are both
reduced to their consonant classes (ج, ق, ك and g, j, q, k are one class; vowels, ع and
ة have none), so «صدى المدينة» and ``sadaalmadina.net`` both read «sdlmdn»,
«نبض الوادي» and ``nabdalwadi.com`` «nbdld». Outlet words around the name (``news``, ``daily``,
``center``; «نيوز», «شبكة», «مركز») and an article before it are set aside first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Final
from urllib.parse import urlsplit

import regex

from arnews.extract import outlets, phrases
from arnews.extract.boilerplate import phrase_key
from arnews.extract.limits import MAX_CREDIT_PART_WORDS, MIN_SKELETON_CHARS, MIN_SKELETON_INSIDE

__all__ = ["Outlet", "outlet_words"]

_ARTICLE: Final = regex.compile(r"^(?:al|el)-?(?=[a-z]{3})")


@lru_cache(maxsize=1)
def _sound_table() -> dict[int, str | None]:
    """Every letter to its sound class; what has none (vowels, hamza, ع, ة, marks) dropped."""
    table: dict[int, str | None] = dict.fromkeys(range(0x0600, 0x0700))
    table.update({ord(letter): sound for letter, sound in outlets.LETTER_SOUNDS.items()})
    table[ord(" ")] = None
    return table


def _sound(text: str) -> str:
    """The consonant skeleton of *text*: each letter's sound class, doubles merged."""
    return "".join(sound for sound, _ in groupby(text.translate(_sound_table())))


@lru_cache(maxsize=1)
def _latin_pattern() -> regex.Pattern[str]:
    sounds = sorted(outlets.LATIN_SOUNDS, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(s) for s in sounds))


def _latin_sound(label: str) -> str:
    out: list[str] = []
    for match in _latin_pattern().finditer(label):
        sound = outlets.LATIN_SOUNDS[match.group()]
        if sound and (not out or out[-1] != sound):
            out.append(sound)
    return "".join(out).removesuffix("h")


def _host_names(label: str) -> set[str]:
    """The skeletons a web address label may spell: as it is, without an article before
    it, without outlet words around it (``alwadinews`` → «wadi»)."""
    names = {label}
    for word in outlets.LATIN_OUTLET_WORDS:
        for name in list(names):
            if name.endswith(word) and len(name) > len(word):
                names.add(name.removesuffix(word))
            if name.startswith(word) and len(name) > len(word):
                names.add(name.removeprefix(word))
    names |= {_ARTICLE.sub("", name) for name in names}
    return {sound for name in names if len(sound := _latin_sound(name)) >= MIN_SKELETON_CHARS}


@lru_cache(maxsize=1)
def outlet_words() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in outlets.OUTLET_WORDS)


@lru_cache(maxsize=4096)
def _name_sounds(key: str) -> frozenset[str]:
    """The skeletons of a credit part (its :func:`phrase_key`): whole, and without the
    articles and outlet words of its words («شبكة الينابيع» → «nb»)."""
    words = key.split()
    bare = [w.removeprefix(phrases.DEFINITE_ARTICLE) for w in words]
    kept = [w for w, b in zip(words, bare, strict=True) if w not in outlet_words()]
    core = [w.removeprefix(phrases.DEFINITE_ARTICLE) for w in kept]
    candidates = {"".join(words), "".join(bare), "".join(core)}
    return frozenset(sound for c in candidates if (sound := _sound(c).removesuffix("h")))


@dataclass(frozen=True, slots=True)
class Outlet:
    """How to tell the outlet's own name in a credit: the names the page or the site give
    it, and the skeletons of its web address («صدى المدينة» ↔ ``sadaalmadina.net``)."""

    names: frozenset[str] = frozenset()
    hosts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, url: str | None, names: Iterable[str | None] = ()) -> Outlet:
        """The outlet of a page at *url* called *names* (either may be missing)."""
        return _outlet(url, tuple(n for n in names if n))

    def names_it(self, key: str) -> bool:
        """Whether the credit part *key* (a :func:`phrase_key`) is the outlet's name."""
        if key in self.names:
            return True
        return (
            bool(self.hosts) and key.count(" ") < MAX_CREDIT_PART_WORDS and _spells(self.hosts, key)
        )


@lru_cache(maxsize=16)
def _outlet(url: str | None, names: tuple[str, ...]) -> Outlet:
    """:meth:`Outlet.of`, once per page although both pipelines' steps ask for it."""
    try:
        host = urlsplit(url).hostname if url and "//" in url else None
    except ValueError:  # not a URL («http://[x»)
        host = None
    labels = [part for label in (host or "").split(".")[:-1] for part in label.split("-")]
    skeletons = {s for label in labels if label != "www" for s in _host_names(label)}
    return Outlet(frozenset(phrase_key(n) for n in names), frozenset(skeletons))


@lru_cache(maxsize=4096)
def _spells(hosts: frozenset[str], key: str) -> bool:
    """Whether the web address skeletons *hosts* spell the name *key*."""
    for sound in _name_sounds(key):
        if sound in hosts:
            return True
        if len(sound) >= MIN_SKELETON_INSIDE and any(sound in host for host in hosts):
            return True
    return False
