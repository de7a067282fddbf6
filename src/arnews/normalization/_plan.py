"""Options → the ordered steps.

:class:`NormalizeOptions` says which steps run; :func:`pipeline` turns an option set into a
:class:`Pipeline`, the tuple of steps (from :mod:`arnews.normalization._steps`) in their
fixed order, with the character mappings of the option set compiled into one
:class:`~arnews.normalization._steps.CharMap`. Pipelines are built once per option set
(the two presets at import, the others on first use), never per call, and the same
pipeline runs with and without offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Final, Literal, TypedDict, cast

from arnews.errors import ArgumentError
from arnews.normalization import tables
from arnews.normalization._offsets import Tracked, nfc
from arnews.normalization._shortcut import Shortcut, shortcut
from arnews.normalization._steps import (
    CharMap,
    char_map,
    deobfuscate,
    presentation_forms,
    settle,
    strip_decorative_tatweel,
    unify_crlf,
)
from arnews.normalization._whitespace import tidy

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = [
    "DEOBFUSCATE_ONLY",
    "NOTHING",
    "PRESENTATION_ONLY",
    "PRESETS",
    "PRESET_PIPELINES",
    "YEH_ONLY",
    "DigitStyle",
    "NormalizeFlags",
    "NormalizeOptions",
    "Pipeline",
    "Preset",
    "char_map_for",
    "only",
    "pipeline",
    "resolve",
]

# Documented where arnews.normalization re-exports them.
Preset = Literal["search", "display"]
DigitStyle = Literal["ascii", "arabic", "keep"]


def _items(options: Mapping[str, object]) -> tuple[tuple[str, bool | str], ...]:
    """*options* as the sorted, hashable key the option sets are memoized by (values are
    checked when the options are built)."""
    return cast("tuple[tuple[str, bool | str], ...]", tuple(sorted(options.items())))


class NormalizeFlags(TypedDict, total=False):
    """The keyword options of :func:`~arnews.normalization.normalize`, typed: one per field
    of :class:`NormalizeOptions` (``digits`` takes a :data:`DigitStyle`, every other a
    ``bool``), so ``normalize(text, digits=True)`` is a type error, not a run-time one."""

    presentation_forms: bool
    deobfuscate: bool
    diacritics: bool
    tatweel: bool
    spelling_tatweel: bool
    alef: bool
    yeh: bool
    persian: bool
    teh_marbuta: bool
    digits: DigitStyle
    invisible: bool
    whitespace: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class NormalizeOptions:
    """Which steps :func:`~arnews.normalization.normalize` runs.

    Build one with :meth:`for_preset`; every field is also a keyword option of
    :func:`~arnews.normalization.normalize`.
    """

    presentation_forms: bool = True
    """Presentation forms and ligatures → letters (ﻷ → لأ)."""
    deobfuscate: bool = True
    """Join words split by ``-``/``.`` to dodge filters (دا-عش → داعش)."""
    diacritics: bool = True
    """Remove harakat, tanwin, shadda, sukun, dagger alef and Quranic marks."""
    tatweel: bool = True
    """Remove tatweel."""
    spelling_tatweel: bool = False
    """With ``tatweel``, keep the tatweel that is spelling («1444 هـ», «الـ36», «بـ«حارة»»)
    and remove only the decoration (on in the ``"display"`` preset)."""
    alef: bool = True
    """أ إ آ ٱ → ا."""
    yeh: bool = True
    """ى → ي."""
    persian: bool = True
    """ی → ي, ک → ك, ھ → ه."""
    teh_marbuta: bool = False
    """ة → ه (off in both presets)."""
    digits: DigitStyle = "ascii"
    """Digit conversion, see :data:`~arnews.normalization.DigitStyle`."""
    invisible: bool = True
    """Remove zero-width, bidi-control and soft-hyphen characters."""
    whitespace: bool = True
    """Other spaces → space, collapse runs, line breaks → ``\\n``, strip the ends."""

    @classmethod
    def for_preset(
        cls, preset: Preset = "search", **overrides: Unpack[NormalizeFlags]
    ) -> NormalizeOptions:
        """Return the options of *preset* with *overrides* applied.

        Raises :class:`~arnews.errors.ArgumentError` (also a :class:`ValueError` and a
        :class:`TypeError`) for an unknown preset, option or digit style, or a
        non-boolean switch.

        >>> NormalizeOptions.for_preset("display", teh_marbuta=True).teh_marbuta
        True
        """
        return _options(preset, _items(overrides))


_OPTION_NAMES: Final = frozenset(f.name for f in fields(NormalizeOptions))
_DIGIT_STYLES: Final = ("ascii", "arabic", "keep")

PRESETS: Final[Mapping[str, NormalizeOptions]] = {
    "search": NormalizeOptions(),
    "display": NormalizeOptions(
        diacritics=False, alef=False, yeh=False, persian=False, digits="keep", spelling_tatweel=True
    ),
}
"""The options of each preset."""

NOTHING: Final = NormalizeOptions(
    presentation_forms=False,
    deobfuscate=False,
    diacritics=False,
    tatweel=False,
    alef=False,
    yeh=False,
    persian=False,
    digits="keep",
    invisible=False,
    whitespace=False,
)
"""Every step off: the base of the single-step functions (see :func:`only`)."""


def _options(preset: str, overrides: tuple[tuple[str, bool | str], ...]) -> NormalizeOptions:
    """The options of *preset* with *overrides*, checked."""
    if preset not in PRESETS:
        raise ArgumentError(f"unknown preset {preset!r}; expected 'search' or 'display'")
    return _with_overrides(preset, overrides) if overrides else PRESETS[preset]


@lru_cache(maxsize=256)
def _with_overrides(preset: str, overrides: tuple[tuple[str, bool | str], ...]) -> NormalizeOptions:
    """Validated options of *preset* with *overrides* (memoized: callers repeat them)."""
    unknown = {name for name, _ in overrides} - _OPTION_NAMES
    if unknown:
        raise ArgumentError(f"unknown normalization option(s): {', '.join(sorted(unknown))}")
    values: dict[str, bool | str] = {
        f.name: getattr(PRESETS[preset], f.name) for f in fields(NormalizeOptions)
    }
    for name, value in overrides:
        if name == "digits":
            if value not in _DIGIT_STYLES:
                raise ArgumentError(f"digits must be 'ascii', 'arabic' or 'keep', not {value!r}")
        elif not isinstance(value, bool):
            raise ArgumentError(f"option {name} must be True or False, not {value!r}")
        values[name] = value
    return NormalizeOptions(**values)  # type: ignore[arg-type]


# ------------------------------------------------------------------------ pipelines

Step = Callable[[str], str]
"""One step: a function from a text to the text it makes (plain or :class:`Tracked`, as
it was given; see ``_offsets``)."""


@dataclass(frozen=True, slots=True)
class Pipeline:
    """The steps one option set runs, in order."""

    steps: tuple[Step, ...]
    shortcut: Shortcut | None = None
    """The same result in one pass, for text that needs only its character mappings
    (see ``_shortcut``)."""
    run: Callable[[str], str] = field(init=False, repr=False, compare=False)
    """*text* through the shortcut, or, when it needs more, through every step (what
    :func:`~arnews.normalization.normalize` calls)."""

    def __post_init__(self) -> None:
        through = partial(_through, self.steps)
        run = through if self.shortcut is None else self.shortcut.then(through, joins=True)
        object.__setattr__(self, "run", run)

    def __call__(self, text: str) -> str:
        """*text* through every step (or the shortcut, when it gives the result)."""
        return self.run(text)

    def with_offsets(self, text: str) -> Tracked:
        """*text* through every step, with the input index of each character."""
        if not text:  # a blank line between two paragraphs: every step keeps it so
            return Tracked.of_input(text)
        result: str = Tracked.of_input(text)
        for step in self.steps:
            result = step(result)
        assert isinstance(result, Tracked), "a step dropped the offsets"
        return result


def _through(steps: tuple[Step, ...], text: str) -> str:
    """*text* through every one of *steps*."""
    for step in steps:
        text = step(text)
    return text


_SWITCHED_CHARS: Final[tuple[tuple[str, Mapping[str, str | None]], ...]] = (
    (
        "whitespace",
        {**dict.fromkeys(tables.SPACES, " "), **dict.fromkeys(tables.LINE_BREAKS, "\n")},
    ),
    ("invisible", dict.fromkeys(tables.INVISIBLE)),
    ("persian", tables.PERSIAN_LETTERS),
    ("yeh", tables.YEH_VARIANTS),
    ("alef", tables.ALEF_VARIANTS),
    ("teh_marbuta", tables.TEH_MARBUTA),
    ("tatweel", {tables.TATWEEL: None}),
    ("diacritics", dict.fromkeys(tables.DIACRITICS)),
)
"""Each boolean option with character mappings, and its mappings (``None``: removed). No
character is in two of them, so their order does not matter."""


@lru_cache(maxsize=64)
def char_map_for(options: NormalizeOptions) -> CharMap:
    """The character mappings and removals of *options*, compiled (memoized: there are few
    option sets in use)."""
    chars: dict[str, str | None] = {}
    for name, mapping in _SWITCHED_CHARS:
        if getattr(options, name) and not (name == "tatweel" and options.spelling_tatweel):
            chars.update(mapping)
    if options.digits == "ascii":  # with "arabic" the separators stay: . is a full stop
        chars.update(tables.ARABIC_SEPARATORS)
    table: dict[int, str | None] = {ord(char): target for char, target in chars.items()}
    if options.digits != "keep":
        table.update(tables.digit_table(options.digits))
    return char_map(table)


@lru_cache(maxsize=64)
def pipeline(options: NormalizeOptions) -> Pipeline:
    """The steps of *options*: NFC → presentation forms → ``\\r\\n`` → deobfuscation →
    decorative tatweel (when the spelling one is kept) → character mappings and NFC →
    deobfuscation of what they exposed → tidy white space, each only when switched on."""
    steps: list[Step] = [nfc]
    if options.presentation_forms:
        steps.append(presentation_forms)
    if options.whitespace:
        steps.append(unify_crlf)
    if options.deobfuscate:
        steps.append(deobfuscate)
    if options.tatweel and options.spelling_tatweel:
        steps.append(strip_decorative_tatweel)
    chars = char_map_for(options)
    steps.append(settle(chars) if options.deobfuscate else chars)
    if options.whitespace:
        steps.append(tidy)
    fast = shortcut(
        chars,
        deobfuscate=options.deobfuscate,
        whitespace=options.whitespace,
        spelling_tatweel=options.tatweel and options.spelling_tatweel,
    )
    return Pipeline(tuple(steps), fast)


@lru_cache(maxsize=256)
def resolve(preset: Preset, overrides: tuple[tuple[str, bool | str], ...]) -> Pipeline:
    """The pipeline of *preset* with *overrides* (memoized: callers repeat them)."""
    return pipeline(_options(preset, overrides))


def only(**switches: bool | str) -> Pipeline:
    """The pipeline of *switches* with every other step off (a single-step function)."""
    return pipeline(replace(NOTHING, **switches))  # type: ignore[arg-type]


PRESET_PIPELINES: Final[Mapping[str, Pipeline]] = {
    name: pipeline(options) for name, options in PRESETS.items()
}
"""The pipeline of each preset, built at import: most calls use one of them."""

# The single-step functions that are not one switch of NormalizeOptions.
YEH_ONLY: Final = Pipeline((nfc, char_map({ord(k): v for k, v in tables.YEH_FORMS.items()})))
"""ى and ی → ي (:func:`~arnews.normalization.normalize_yeh`)."""
PRESENTATION_ONLY: Final = Pipeline((nfc, presentation_forms, nfc))
"""Presentation forms → letters, in NFC
(:func:`~arnews.normalization.normalize_presentation_forms`)."""
DEOBFUSCATE_ONLY: Final = Pipeline((nfc, deobfuscate, nfc))
"""NFC, deobfuscation, NFC again (a join can bring a letter and a combining hamza
together) (:func:`~arnews.normalization.deobfuscate`)."""
