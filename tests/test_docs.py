"""Arabic in the documentation's code blocks: the lexers of ``docs/_ext/arnews_bidi.py``,
the CSS of ``docs/_static/bidi.css``, a page built with them and, where Chromium is
installed, how a browser lays that page out."""

from __future__ import annotations

import ast
import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
EXTENSION = DOCS / "_ext" / "arnews_bidi.py"
CSS = DOCS / "_static" / "bidi.css"

pytestmark = pytest.mark.skipif(
    not EXTENSION.is_file(), reason="needs the docs/ of a source checkout"
)

ISSUE_LINE = "('القاهرة', 'رويترز', '2024-03-05T09:30:00+02:00')"
"""The output line of issue #17 that a browser showed as a different value."""


@pytest.fixture(scope="module")
def bidi() -> ModuleType:
    """The extension module, loaded from its file (docs/_ext is not a package)."""
    pytest.importorskip("pygments")
    spec = importlib.util.spec_from_file_location("arnews_bidi", EXTENSION)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tokens(bidi: ModuleType, lexer: str, source: str) -> list[tuple[int, str, str]]:
    """``(index, token type name, value)`` of ``source`` as the named lexer cuts it."""
    found = getattr(bidi, lexer)().get_tokens_unprocessed(source)
    return [(index, str(token), value) for index, token, value in found]


def texts(found: list[tuple[int, str, str]]) -> list[str]:
    """The values of the ``Content`` tokens: the runs of text a browser isolates."""
    return [value for _, token, value in found if token.endswith(".Content")]


def test_output_values_are_texts_of_their_own(bidi: ModuleType) -> None:
    """Each string of a printed tuple is a text of its own, apart from its quotes."""
    found = tokens(bidi, "IsolatingPyconLexer", f">>> row\n{ISSUE_LINE}\n")
    values = [text for text in texts(found) if text not in "(,)"]
    assert values == ["القاهرة", "رويترز", "2024-03-05T09:30:00+02:00"]
    assert ("Token.Generic.Output", "'") in [(token, value) for _, token, value in found]


def test_json_lines_output_values_are_texts(bidi: ModuleType) -> None:
    """A shell session's JSON output has each key and value as a text of its own."""
    found = tokens(
        bidi, "IsolatingConsoleLexer", '$ arnews demo\n{"title": "نص", "site": "موقع"}\n'
    )
    assert {"title", "نص", "site", "موقع"} <= set(texts(found))


def test_printed_fields_are_texts(bidi: ModuleType) -> None:
    """print(a, "|", b) output has each field as a text, without the spaces around it."""
    found = tokens(bidi, "IsolatingPyconLexer", ">>> show()\ndirect | وزير الخارجية | وقال\n")
    assert texts(found) == ["direct", "وزير الخارجية", "وقال"]


def test_quotes_inside_printed_text_do_not_cut_it(bidi: ModuleType) -> None:
    """Quotes inside printed Arabic text are text, not string values: the field stays whole."""
    found = tokens(bidi, "IsolatingPyconLexer", '>>> show()\nmixed | وقال إن "الخطة جاهزة" اليوم\n')
    assert texts(found) == ["mixed", 'وقال إن "الخطة جاهزة" اليوم']


def test_python_string_text_is_whole_between_its_quotes(bidi: ModuleType) -> None:
    """A Python string's text is one token, inner quotes included, its delimiters apart."""
    found = tokens(bidi, "IsolatingPythonLexer", "show('وصرّح لـ\"بلدي\" بأن المعبر أغلق.')\n")
    assert texts(found) == ['وصرّح لـ"بلدي" بأن المعبر أغلق.']


def test_escapes_and_edge_spaces_stay_outside_texts(bidi: ModuleType) -> None:
    """Escapes cut a string's text, and the spaces at its ends are not part of it."""
    found = tokens(bidi, "IsolatingPythonLexer", 'f("  مرحبا\\u00a0بكم ", """<p>نص\n</p>""")\n')
    assert texts(found) == ["مرحبا", "بكم", "<p>نص\n</p>"]


@pytest.mark.parametrize(
    ("lexer", "source"),
    [
        ("IsolatingPyconLexer", f">>> x = ('أ', \"ب\\n\", '''ج\n... د''')\n{ISSUE_LINE}\n"),
        ("IsolatingPyconLexer", ">>> print(a, '|', b)\nكلمة | word\tآخر\n"),
        ("IsolatingConsoleLexer", '$ arnews parse \'صفحة.html\' | head\n{"a": "ب\\"ج"}\n'),
        ("IsolatingPythonLexer", 'text = f"{name}: «نص»"  # تعليق\n'),
    ],
    ids=["pycon", "printed-fields", "console-json", "python-f-string"],
)
def test_text_is_unchanged(bidi: ModuleType, lexer: str, source: str) -> None:
    """The tokens put together give the source back, each at its own index."""
    found = tokens(bidi, lexer, source)
    assert "".join(value for _, _, value in found) == source
    assert all(source[index : index + len(value)] == value for index, _, value in found)


def test_conf_enables_extension_and_css() -> None:
    """docs/conf.py loads the extension and the stylesheet from _static."""
    settings = {
        target.id: node.value
        for node in ast.parse(DOCS.joinpath("conf.py").read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert "arnews_bidi" in ast.literal_eval(settings["extensions"])
    assert ast.literal_eval(settings["html_static_path"]) == ["_static"]
    assert "bidi.css" in ast.literal_eval(settings["html_css_files"])


def test_css_isolates_tokens_not_words() -> None:
    """bidi.css isolates the spans of code blocks (texts by their first strong letter)
    and each inline literal as a whole, never the words inside one (one span each)."""
    rules = {
        selector.strip(): body
        for selector, body in re.findall(r"([^{}/]+)\{([^}]*)\}", CSS.read_text(encoding="utf-8"))
    }
    assert "unicode-bidi: isolate" in rules["div.highlight pre span"]
    assert "unicode-bidi: plaintext" in rules['div.highlight pre span[class*="-Content"]']
    assert "unicode-bidi: plaintext" in rules["code.literal"]
    assert not [selector for selector in rules if ".pre" in selector or "code " in selector]


PAGE = f"""# Probe

```pycon
>>> row
{ISSUE_LINE}
>>> "قال الوزير إن الخطة جاهزة."
```

Inline code keeps its words in Arabic order: `نشر في اليوم`, and two examples
their order: `10 رجب 1441 هـ`, `29 / 8 / 1447هـ`.
"""
"""A page with the issue's output line, an Arabic sentence in a code string, an
Arabic phrase in inline code and two Arabic examples side by side."""


@pytest.fixture(scope="module")
def built_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The probe page built with the real docs/conf.py (Sphinx, MyST and furo needed)."""
    for module in ("sphinx", "myst_parser", "furo"):
        pytest.importorskip(module)
    source = tmp_path_factory.mktemp("source")
    source.joinpath("index.md").write_text(PAGE, encoding="utf-8")
    out = tmp_path_factory.mktemp("html")
    command = [sys.executable, "-m", "sphinx", "-q", "-W", "-b", "html", "-c", str(DOCS)]
    run = subprocess.run(
        [*command, str(source), str(out)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    return out / "index.html"


def test_built_page_carries_isolation(built_page: Path) -> None:
    """The built page links bidi.css and has each printed string in a span of its own."""
    page = built_page.read_text(encoding="utf-8")
    assert 'href="_static/bidi.css' in page
    assert built_page.parent.joinpath("_static", "bidi.css").read_bytes() == CSS.read_bytes()
    for value in ("القاهرة", "رويترز", "2024-03-05T09:30:00+02:00"):
        assert f'<span class="go go-Content">{value}</span>' in page


PROBE = """<script>
const spans = [...document.querySelectorAll("div.highlight pre span, code span.pre")];
const span = (text) => spans.find((element) => element.textContent === text);
const left = (text) => span(text).getBoundingClientRect().left;
function charLeft(text, offset) {
  const range = document.createRange();
  range.setStart(span(text).firstChild, offset);
  range.setEnd(span(text).firstChild, offset + 1);
  return range.getBoundingClientRect().left;
}
const sentence = "قال الوزير إن الخطة جاهزة.";
document.body.dataset.probe = JSON.stringify({
  values: ["القاهرة", "رويترز", "2024-03-05T09:30:00+02:00"].map(left),
  sentence: span(sentence) ? [charLeft(sentence, 0), charLeft(sentence, sentence.length - 1)] : [],
  inline: ["نشر", "في", "اليوم"].map(left),
  examples: ["10 رجب 1441 هـ", "29 / 8 / 1447هـ"].map((text) =>
    [...document.querySelectorAll("code.literal")]
      .find((element) => element.textContent === text).getBoundingClientRect().left),
});
</script>"""
"""Measures where Chromium put the probe page's strings, into ``body[data-probe]``."""

CHROMIUM = next(
    (path for name in ("chromium", "chromium-browser") if (path := shutil.which(name))), None
)


def layout(page: Path, *, css: bool) -> dict[str, list[float]]:
    """Left edges of the probe page's strings in headless Chromium, with or without bidi.css."""
    text = page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>")
    if not css:
        text = re.sub(r"<link[^>]*bidi\.css[^>]*>", "", text)
    probe = page.with_name(f"probe-{css}.html")
    probe.write_text(text, encoding="utf-8")
    profile = page.parent / f"profile-{css}"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
    flags += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
    assert CHROMIUM is not None
    run = subprocess.run(
        [CHROMIUM, *flags, f"--user-data-dir={profile}", "--dump-dom", probe.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    found = re.search(r'data-probe="([^"]*)"', run.stdout)
    assert found, run.stderr[-2000:]
    result: dict[str, list[float]] = json.loads(html.unescape(found.group(1)))
    return result


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_shows_strings_in_logical_order(built_page: Path) -> None:
    """In Chromium, printed strings come left to right in their order, an Arabic
    sentence ends on its left, inline Arabic code keeps right-to-left word order and
    two inline examples their order; without bidi.css the page shows swapped values."""
    fixed = layout(built_page, css=True)
    assert fixed["values"] == sorted(fixed["values"])
    first_letter, full_stop = fixed["sentence"]
    assert full_stop < first_letter
    assert fixed["inline"] == sorted(fixed["inline"], reverse=True)
    assert fixed["examples"] == sorted(fixed["examples"])
    unfixed = layout(built_page, css=False)["values"]
    assert unfixed != sorted(unfixed)
