"""The public surface of arnews does not drift by accident."""

from __future__ import annotations

import inspect

import arnews

EXPECTED = [
    "ArgumentError",
    "ArnewsError",
    "Article",
    "DateMention",
    "Image",
    "Link",
    "Quote",
    "Site",
    "__version__",
    "find_dates",
    "find_quotes",
    "normalize",
    "normalize_with_offsets",
    "parse_date",
    "parse_file",
    "parse_html",
    "parse_text",
    "registered_sites",
    "sites",
]


def test_all_is_exactly_the_public_api() -> None:
    """__all__ lists exactly the documented names, sorted."""
    assert arnews.__all__ == EXPECTED
    assert sorted(arnews.__all__) == arnews.__all__


def test_every_public_name_exists_and_is_documented() -> None:
    """Each public name resolves, and every callable has a docstring."""
    for name in arnews.__all__:
        value = getattr(arnews, name)
        if callable(value):
            assert inspect.getdoc(value), f"{name} has no docstring"


def test_public_functions_are_fully_annotated() -> None:
    """Every parameter and return value of the public functions is annotated."""
    for name in arnews.__all__:
        value = getattr(arnews, name)
        if inspect.isfunction(value):
            signature = inspect.signature(value)
            assert signature.return_annotation is not inspect.Signature.empty, name
            for parameter in signature.parameters.values():
                assert parameter.annotation is not inspect.Parameter.empty, (name, parameter.name)


def test_signatures_of_the_entry_points() -> None:
    """parse_html/parse_text take (text, url=None, *, reference_date=None)."""
    for function in (arnews.parse_html, arnews.parse_text):
        parameters = inspect.signature(function).parameters
        assert list(parameters)[1] == "url"
        assert parameters["url"].default is None
        assert parameters["reference_date"].kind is inspect.Parameter.KEYWORD_ONLY


def test_version_is_a_string() -> None:
    """__version__ is a PEP 440 version string."""
    assert isinstance(arnews.__version__, str)
    assert arnews.__version__[0].isdigit()


def test_errors_derive_from_arnews_error() -> None:
    """Every exception class in arnews.errors derives from ArnewsError."""
    from arnews import errors

    for name in errors.__all__:
        assert issubclass(getattr(errors, name), arnews.ArnewsError)


def test_dir_lists_the_public_api() -> None:
    """dir(arnews) shows the public names, not __future__ features or private modules."""
    assert dir(arnews) == arnews.__all__


def test_sites_is_the_subpackage_with_the_plugin_types() -> None:
    """arnews.sites is the subpackage (not a function hiding it): Site is reachable from it,
    and the registry function has its own name."""
    import arnews.sites

    assert arnews.sites.Site is arnews.Site
    assert arnews.registered_sites() == arnews.sites.registered_sites()
    assert all(isinstance(site, arnews.Site) for site in arnews.registered_sites())
