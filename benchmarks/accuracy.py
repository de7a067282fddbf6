"""Field-by-field accuracy of arnews and other libraries on the corpus pages.

For each HTML page and each library: is the title right, the publication date,
the authors; and how good is the body (word-weighted precision/recall/F1 of the
``must_have`` / ``must_not`` snippets of each page's expectation file, plus
boilerplate leakage). Plain-text dumps are scored for arnews alone (the other
libraries take HTML only).

The expected values are those the tests use: one JSON file per page under
``tests/expected/``, read through :mod:`tests.expected` (standard library only,
so it runs in the benchmark environment without pytest). Every library is scored
as a reader without site knowledge: a page's ``generic`` allowance of further
publication days is accepted for all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from tests.expected import Expected, html_pages, saudinewsnet_authors
from tests.expected import seed as seed_expectation

from benchmarks import corpus
from benchmarks.corpus import HtmlPage
from benchmarks.scoring import (
    BodyScore,
    WordOverlap,
    authors_match,
    contains,
    date_match,
    overlap,
    same_text,
    score_body,
    sum_overlaps,
    sum_scores,
    words,
)
from benchmarks.tools import AUTHORS, BODY, DATE, TITLE, Extraction, Tool, load_tools

NA = "n/a"
SEED_LABEL = "seed (Baladi News dump)"
"""The seed's name in the results."""
SAUDINEWSNET = "text/saudinewsnet_sample_2015-07-21.json"
"""The SaudiNewsNet sample, relative to the corpus root."""
MIN_BODY_WORDS = 50
"""A ``body_xpath`` selecting fewer words than this has missed the story."""
MAX_SNIPPET_WORDS = 12
"""Corpus text we may quote: a title, or a snippet of up to this many words."""
MIN_AGREEMENT = 0.95
"""The word F1 below which our body region disagrees with another project's."""


def _expectations() -> dict[str, Expected]:
    return {exp.file: exp for exp in html_pages()}


def _body_dict(score: BodyScore) -> dict[str, Any]:
    return {
        **asdict(score),
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
    }


def reference_body(page: HtmlPage, exp: Expected) -> str:
    """The article body of *page*: the text of ``exp.body_xpath``, read from the corpus."""
    from lxml import html as lxml_html

    doc = lxml_html.document_fromstring(page.raw)
    for bad in doc.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return "\n\n".join(" ".join(el.itertext()) for el in doc.xpath(exp.body_xpath))


def _overlap_dict(item: WordOverlap) -> dict[str, Any]:
    return {
        **asdict(item),
        "precision": round(item.precision, 4),
        "recall": round(item.recall, 4),
        "f1": round(item.f1, 4),
    }


def _score_page(tool: Tool, exp: Expected, got: Extraction, reference: str) -> dict[str, Any]:
    body = score_body(got.text, exp.must_have, exp.must_not)
    ok = got.error is None  # a crash gets every field wrong, even an expected-empty one
    return {
        "error": got.error,
        "title": got.title,
        "title_ok": ok and exp.title is not None and same_text(got.title, exp.title)
        if TITLE in tool.fields
        else None,
        "published": got.published.isoformat() if got.published else None,
        "date_ok": ok and date_match(got.published, exp.accepted_days)
        if DATE in tool.fields
        else None,
        "authors": list(got.authors),
        "authors_ok": ok and authors_match(got.authors, exp.authors or ())
        if AUTHORS in tool.fields
        else None,
        "body": _body_dict(body) if BODY in tool.fields else None,
        "words": _overlap_dict(overlap(got.text, reference)) if BODY in tool.fields else None,
        "missing": [s for s in exp.must_have if not contains(got.text, s)]
        if BODY in tool.fields
        else [],
        "leaked": [s for s in exp.must_not if contains(got.text, s)] if BODY in tool.fields else [],
    }


def _ratio(values: list[bool]) -> dict[str, Any]:
    return {"ok": sum(values), "n": len(values), "rate": round(sum(values) / len(values), 4)}


def _summary(tool: Tool, rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"errors": sum(1 for r in rows if r["error"])}
    for key, name in (("title_ok", TITLE), ("date_ok", DATE), ("authors_ok", AUTHORS)):
        out[key.removesuffix("_ok")] = (
            _ratio([bool(r[key]) for r in rows]) if name in tool.fields else None
        )
    if BODY in tool.fields:
        total = sum_scores(BodyScore(**_counts(r["body"])) for r in rows)
        out["body"] = _body_dict(total)
        out["body"]["macro_f1"] = round(sum(r["body"]["f1"] for r in rows) / len(rows), 4)
        words_total = sum_overlaps(
            WordOverlap(r["words"]["common"], r["words"]["extracted"], r["words"]["reference"])
            for r in rows
        )
        out["words"] = _overlap_dict(words_total)
    else:
        out["body"] = out["words"] = None
    return out


def _counts(body: dict[str, Any]) -> dict[str, int]:
    return {k: body[k] for k in ("tp", "fn", "fp", "leaked", "boilerplate")}


def layout_blind(page: HtmlPage) -> HtmlPage:
    """*page* with every ``class`` and ``id`` attribute removed: a layout nobody has seen.

    Site selectors and class-name heuristics find nothing; what is left is the
    document structure, the text, ``<meta>`` and JSON-LD.
    """
    from lxml import html as lxml_html

    doc = lxml_html.document_fromstring(page.raw)
    for element in doc.iter():
        if isinstance(element.tag, str):
            element.attrib.pop("class", None)
            element.attrib.pop("id", None)
    html = lxml_html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")
    return HtmlPage(page.file, page.url, html, html.encode("utf-8"))


def run_html(
    tools: list[Tool], transform: Callable[[HtmlPage], HtmlPage] | None = None
) -> dict[str, Any]:
    """Run every tool on every HTML page (optionally transformed first); score each field."""
    expectations = _expectations()
    rows: list[dict[str, Any]] = []
    per_tool: dict[str, list[dict[str, Any]]] = {t.name: [] for t in tools}
    for page in corpus.html_pages():
        exp = expectations[page.file]
        row: dict[str, Any] = {
            "file": exp.file,
            "site": exp.domain,
            "expected": {
                "titles": [exp.title],
                "published": [d.isoformat() for d in exp.accepted_days],
                "authors": list(exp.authors or ()),
            },
            "results": {},
        }
        reference = reference_body(page, exp)
        row["reference_words"] = len(words(reference))
        given = transform(page) if transform else page
        for tool in tools:
            result = _score_page(tool, exp, tool.run(given), reference)
            row["results"][tool.name] = result
            per_tool[tool.name].append(result)
        rows.append(row)
    return {
        "pages": rows,
        "summary": {t.name: _summary(t, per_tool[t.name]) for t in tools},
    }


def _arnews_text() -> Callable[[str], Extraction] | None:
    try:
        import arnews
    except ImportError:
        return None

    def run(text: str) -> Extraction:
        try:
            article = arnews.parse_text(text)
        except Exception as exc:  # noqa: BLE001 (a crash is a result, recorded)
            return Extraction(error=f"{type(exc).__name__}: {exc}"[:200])
        return Extraction(title=article.title, authors=tuple(article.authors), text=article.text)

    return run


def run_text() -> dict[str, Any]:
    """Score arnews.parse_text on the seed dump, the SaudiNewsNet sample and the crawler dumps."""
    run = _arnews_text()
    if run is None:
        return {}
    cases: list[dict[str, Any]] = []
    seed = corpus.seed_path()
    if seed is not None:
        got = run(seed.read_text(encoding="utf-8"))
        cases.append(_text_case(SEED_LABEL, got, seed_expectation()))
    for record in corpus.saudinewsnet():
        content_words = record["content"].split()
        # Snippets are taken from the corpus at run time; nothing of the text is stored here.
        must_have = (" ".join(content_words[:8]), " ".join(content_words[-8:]))
        byline = record["author"].replace("&nbsp;", " ").strip()
        text = f"{record['title']}\n\n{byline}\n\n{record['content']}"
        exp = Expected(
            file=SAUDINEWSNET,
            title=record["title"],
            published=(),
            authors=saudinewsnet_authors().get(record["source"], ()),
            must_have=must_have,
            must_not=(byline,) if words(byline) else (),
        )
        cases.append(_text_case(f"saudinewsnet/{record['source']}", run(text), exp))
    dumps = corpus.text_dumps()
    parsed = titled = bodied = 0
    errors: dict[str, int] = {}
    for dump in dumps:
        got = run(dump.text)
        if got.error:
            kind = got.error.split(":", 1)[0]
            errors[kind] = errors.get(kind, 0) + 1
            continue
        parsed += 1
        titled += bool(got.title)
        bodied += bool(words(got.text))
    summary = {
        "title": _ratio([c["title_ok"] for c in cases]) if cases else None,
        "authors": _ratio([c["authors_ok"] for c in cases]) if cases else None,
        "body": _body_dict(sum_scores(BodyScore(**_counts(c["body"])) for c in cases)),
        "errors": sum(1 for c in cases if c["error"]),
    }
    return {
        "cases": cases,
        "summary": summary,
        "dumps": {
            "n": len(dumps),
            "parsed": parsed,
            "with_title": titled,
            "with_body": bodied,
            "errors": errors,
        },
    }


def _text_case(name: str, got: Extraction, exp: Expected) -> dict[str, Any]:
    body = score_body(got.text, exp.must_have, exp.must_not)
    authors = exp.authors or ()
    return {
        "name": name,
        "error": got.error,
        "title": got.title,
        "title_ok": got.error is None and exp.title is not None and same_text(got.title, exp.title),
        "authors": list(got.authors),
        "expected_authors": list(authors),
        "authors_ok": got.error is None and authors_match(got.authors, authors),
        "body": _body_dict(body),
    }


def run(names: list[str] | None = None) -> dict[str, Any]:
    """The whole accuracy run: HTML pages for every library, text dumps for arnews."""
    tools, missing = load_tools(names)
    result = run_html(tools)
    result["tools"] = {t.name: t.version for t in tools}
    result["fields"] = {t.name: sorted(t.fields) for t in tools}
    result["missing"] = missing
    result["text"] = run_text() if any(t.name == "arnews" for t in tools) else {}
    result["layout_blind"] = run_html(tools, layout_blind)
    return result


def check_expectations() -> list[str]:
    """Problems with the expectation files (``tests/expected/``) themselves, checked against
    the pages and against other projects' ground truth."""
    problems = []
    pages = {p.file: p for p in corpus.html_pages()}
    expectations = _expectations()
    for file in sorted(set(pages) - set(expectations)):
        problems.append(f"{file}: no expectation file")
    for exp in expectations.values():
        page = pages.get(exp.file)
        if page is None:
            problems.append(f"{exp.file}: not in the corpus manifest")
        else:
            problems += _check_page(page, exp)
    problems += _check_against_other_projects(pages)
    return problems


def _check_page(page: HtmlPage, exp: Expected) -> list[str]:
    """Every snippet has at most 12 words and occurs in the page's visible text; the scored
    story snippets lie inside ``body_xpath`` and the scored boilerplate outside it; the
    title and the authors occur on the page (as text, ``<title>`` or ``<meta>``)."""
    from lxml import html as lxml_html

    doc = lxml_html.document_fromstring(page.raw)
    metas = " ".join(doc.xpath("//meta/@content"))
    for bad in doc.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    visible = "\n".join(doc.itertext())
    article = reference_body(page, exp)
    problems = []
    if len(words(article)) < MIN_BODY_WORDS:
        problems.append(f"body_xpath selects {len(words(article))} words")
    problems += [
        f"must-have snippet outside body_xpath: {s}"
        for s in exp.must_have
        if not contains(article, s)
    ]
    problems += [
        f"boilerplate snippet inside body_xpath: {s}" for s in exp.must_not if contains(article, s)
    ]
    for snippet in (*exp.all_must_have, *exp.all_must_not):
        if len(words(snippet)) > MAX_SNIPPET_WORDS:
            problems.append(f"snippet longer than 12 words: {snippet}")
        if not contains(visible, snippet):
            problems.append(f"snippet not on the page: {snippet}")
    for text in (exp.title or "", *(exp.authors or ()), *exp.related):
        if not contains(visible + "\n" + metas, text):
            problems.append(f"title, author or related headline not on the page: {text}")
    return [f"{exp.file}: {problem}" for problem in problems]


def _check_against_other_projects(pages: dict[str, HtmlPage]) -> list[str]:
    """Compare our body regions with the bodies other projects expect for the same pages."""
    import json

    text = corpus.corpus_root() / "text"
    others: dict[str, str] = {}
    cnn = text / "arabic.cnn.com" / "newspaper4k_arabic_article.txt"
    if cnn.is_file():
        others["html/arabic.cnn.com/cnn_arabic_syria_clashes_2013.html"] = cnn.read_text(
            encoding="utf-8"
        )
    lbc = text / "lbcgroup.tv" / "fundus_LBCGroup.json"
    if lbc.is_file():
        data = json.loads(lbc.read_text(encoding="utf-8"))
        sections = next(iter(data.values()))["body"]["sections"]
        others["html/lbcgroup.tv/lbcgroup_2026_01_08.html"] = "\n".join(
            p for section in sections for p in section["paragraphs"]
        )
    problems = []
    by_file = _expectations()
    dates = text / "htmldate_arabic_dates.tsv"
    if dates.is_file():
        for line in dates.read_text(encoding="utf-8").splitlines()[1:]:
            file, *_, expected = line.split("\t")
            accepted = [d.isoformat() for d in by_file[file].accepted_days]
            if expected not in accepted:
                problems.append(f"{file}: htmldate's test set says {expected}, we {accepted}")
    titles = {}
    for file, path, key in (
        (
            "html/arabic.cnn.com/cnn_arabic_syria_clashes_2013.html",
            "arabic.cnn.com/newspaper4k_arabic_article.metadata.json",
            None,
        ),
        (
            "html/assabah.com.tn/assabah_164913_interview.html",
            "assabah.com.tn/trafilatura_evaldata_entry.json",
            "first",
        ),
        ("html/lbcgroup.tv/lbcgroup_2026_01_08.html", "lbcgroup.tv/fundus_LBCGroup.json", "first"),
    ):
        if (text / path).is_file():
            data = json.loads((text / path).read_text(encoding="utf-8"))
            titles[file] = (next(iter(data.values())) if key else data)["title"]
    for file, title in titles.items():
        if not same_text(title, by_file[file].title or ""):
            problems.append(f"{file}: another project's title {title!r} is not among ours")
    for file, body in others.items():
        agreement = overlap(reference_body(pages[file], by_file[file]), body).f1
        if agreement < MIN_AGREEMENT:
            problems.append(f"{file}: body_xpath agrees with the other project's at F1 {agreement}")
    return problems


# ---------------------------------------------------------------------------- Markdown


def _pct(ratio: dict[str, Any] | None) -> str:
    if ratio is None:
        return NA
    return f"{ratio['ok']}/{ratio['n']}"


def _mark(value: bool | None, error: str | None) -> str:
    if error:
        return "error"
    if value is None:
        return NA
    return "✓" if value else "✗"


def _summary_table(
    summary: dict[str, Any], versions: dict[str, str], missing: dict[str, str]
) -> list[str]:
    out = [
        "| library | title | date | authors | body precision | body recall | body F1 "
        "| snippets F1 | boilerplate leaked | crashes |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, s in summary.items():
        body, bag = s["body"], s["words"]
        cells = (
            [
                f"{bag['precision']:.2f}",
                f"{bag['recall']:.2f}",
                f"{bag['f1']:.2f}",
                f"{body['f1']:.2f}",
                f"{body['leaked']}/{body['boilerplate']}",
            ]
            if body and bag
            else [NA] * 5
        )
        out.append(
            f"| {name} {versions[name]} | {_pct(s['title'])} | {_pct(s['date'])} "
            f"| {_pct(s['authors'])} | " + " | ".join(cells) + f" | {s['errors']} |"
        )
    for name, why in missing.items():
        out.append(f"| {name} | {why} |" + " — |" * 8)
    return out


def markdown(result: dict[str, Any]) -> str:
    """Render the accuracy result as Markdown tables."""
    names = list(result["summary"])
    out = _summary_table(result["summary"], result["tools"], result.get("missing", {}))
    blind = result.get("layout_blind")
    if blind:
        out += [
            "",
            "**The same pages with every `class` and `id` attribute removed** (a layout no "
            "extractor has seen: site selectors find nothing)",
            "",
            *_summary_table(blind["summary"], result["tools"], {}),
        ]
    for key, label in (
        ("title_ok", "Title"),
        ("date_ok", "Publication date"),
        ("authors_ok", "Authors"),
    ):
        out += [
            "",
            f"**{label}, per page**",
            "",
            "| page | " + " | ".join(names) + " |",
            "|---|" + "---|" * len(names),
        ]
        for row in result["pages"]:
            cells = [_mark(row["results"][n][key], row["results"][n]["error"]) for n in names]
            out.append(f"| {row['site']} | " + " | ".join(cells) + " |")
    with_body = [n for n in names if result["summary"][n]["body"]]
    out += [
        "",
        "**Body: word F1 / snippets F1 (boilerplate snippets leaked), per page**",
        "",
        "| page | " + " | ".join(with_body) + " |",
        "|---|" + "---|" * len(with_body),
    ]
    for row in result["pages"]:
        cells = []
        for n in with_body:
            r = row["results"][n]
            body, bag = r["body"], r["words"]
            cells.append(
                "error" if r["error"] else f"{bag['f1']:.2f} / {body['f1']:.2f} ({body['leaked']})"
            )
        out.append(f"| {row['site']} | " + " | ".join(cells) + " |")
    text = result.get("text") or {}
    if text:
        s = text["summary"]
        d = text["dumps"]
        out += [
            "",
            "**arnews on plain-text dumps** (`parse_text`; the other libraries take HTML only)",
            "",
            "| input | title | authors | body F1 | crashes |",
            "|---|---|---|---|---|",
            f"| seed + {len(text['cases']) - 1} SaudiNewsNet articles | {_pct(s['title'])} "
            f"| {_pct(s['authors'])} | {s['body']['f1']:.2f} | {s['errors']} |",
            f"| {d['n']} crawler dumps (no ground truth) | {d['with_title']}/{d['n']} gave a "
            f"title | — | {d['with_body']}/{d['n']} gave a body | {d['n'] - d['parsed']} |",
        ]
    return "\n".join(out) + "\n"


def failures(result: dict[str, Any], name: str = "arnews") -> list[str]:
    """One line per wrong field of *name* (default arnews), for engineers to fix."""
    lines = []
    for row in result["pages"]:
        r = row["results"].get(name)
        if r is None:
            continue
        exp = row["expected"]
        if r["error"]:
            lines.append(f"{row['site']}: crashed: {r['error']}")
            continue
        if r["title_ok"] is False:
            lines.append(f"{row['site']}: title {r['title']!r}, expected {exp['titles'][0]!r}")
        if r["date_ok"] is False:
            lines.append(f"{row['site']}: published {r['published']}, expected {exp['published']}")
        if r["authors_ok"] is False:
            lines.append(f"{row['site']}: authors {r['authors']}, expected {exp['authors']}")
        for snippet in r["missing"]:
            lines.append(f"{row['site']}: body misses «{snippet}»")
        for snippet in r["leaked"]:
            lines.append(f"{row['site']}: body leaks «{snippet}»")
    for case in (result.get("text") or {}).get("cases", []) if name == "arnews" else []:
        if case["error"]:
            lines.append(f"{case['name']}: crashed: {case['error']}")
            continue
        if not case["title_ok"]:
            lines.append(f"{case['name']}: title {case['title']!r}")
        if not case["authors_ok"]:
            lines.append(
                f"{case['name']}: authors {case['authors']}, expected {case['expected_authors']}"
            )
    return lines
