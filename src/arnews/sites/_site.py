"""The :class:`Site` value: what arnews knows about one outlet."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Site"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Site:
    """A news outlet arnews has a dedicated extractor for.

    A site module holds one ``Site`` value: data, not control flow.
    """

    id: str
    """The outlet's main domain, e.g. ``"youm7.com"``; also :attr:`arnews.Article.extractor`."""
    name: str
    """The outlet's name as it prints it, e.g. «اليوم السابع»."""
    domains: tuple[str, ...]
    """Every hostname the outlet serves articles from (www, mobile, amp variants…)."""

    def __post_init__(self) -> None:
        if not self.domains:
            raise ValueError(f"site {self.id!r} lists no domains")
        if any(d != d.lower().strip(".") for d in self.domains):
            raise ValueError(
                f"site {self.id!r}: domains must be lower-case, without dots at the ends"
            )

    def matches(self, hostname: str) -> bool:
        """Whether *hostname* is one of this site's domains or a subdomain of one."""
        host = hostname.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)
