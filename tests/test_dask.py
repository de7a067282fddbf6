"""arnews.dask: a crawl as a Dask bag, one partition per WARC/WET file.

The WARC files here are written with warcio's own writer (test_warc.py writes
them by hand), so files made by the reference tool are read too.
"""

from __future__ import annotations

import io
import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import arnews.warc
from arnews.dask import _PartitionRecords, articles_from_warc
from arnews.errors import ArnewsError, CrawlError, InputError
from arnews.model import Article

SITE = "https://akhbar.example.net"
PAGES = {
    f"{SITE}/economy/1": ("ارتفاع أسعار الذهب في الأسواق المحلية", "ارتفعت أسعار الذهب اليوم"),
    f"{SITE}/health/2": ("حملة تطعيم جديدة ضد شلل الأطفال", "أطلقت وزارة الصحة حملة تطعيم"),
    f"{SITE}/sport/3": ("النادي يعلن التعاقد مع مدرب جديد", "أعلن النادي رسمياً التعاقد"),
}


def page_html(title: str, lead: str) -> bytes:
    """A small Arabic news page of our own."""
    body = "".join(
        f"<p>{lead} وفق ما أفادت مصادر مطلعة في تصريحات صحفية مساء الأحد الماضي رقم {n}.</p>"
        for n in range(3)
    )
    return (
        f"<html lang='ar'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def write_warc(path: Path, urls: list[str]) -> Path:
    """A gzipped WARC with a warcinfo record, one response per URL and an image response."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url in urls:
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            body = page_html(*PAGES[url])
            writer.write_record(  # with a length, warcio needs no temporary file
                writer.create_warc_record(
                    url, "response", io.BytesIO(body), len(body), http_headers=http
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                f"{SITE}/logo.jpg", "response", io.BytesIO(b"\xff\xd8"), 2, http_headers=image
            )
        )
    return path


@pytest.fixture
def crawl_dir(tmp_path: Path) -> Path:
    """Two WARC files in a nested directory: two pages in the first, one in the second."""
    urls = list(PAGES)
    (tmp_path / "crawl" / "part").mkdir(parents=True)
    write_warc(tmp_path / "crawl" / "a.warc.gz", urls[:2])
    write_warc(tmp_path / "crawl" / "part" / "b.warc.gz", urls[2:])
    return tmp_path / "crawl"


def test_one_partition_per_file(crawl_dir: Path) -> None:
    """A directory of two WARC files gives a bag of two partitions."""
    assert articles_from_warc(crawl_dir).npartitions == 2


def test_a_directory_without_warc_files_is_refused(tmp_path: Path) -> None:
    """An input with no WARC/WET file in it is an InputError (an ArnewsError), not an empty
    bag that hides a typo."""
    with pytest.raises(InputError, match="no WARC/WET files"):
        articles_from_warc(tmp_path)


def test_a_truncated_file_does_not_fail_the_job(crawl_dir: Path) -> None:
    """errors="skip": a file cut short, and one that is not WARC at all, lose only what cannot
    be read; the other files' records all come through."""
    whole = (crawl_dir / "a.warc.gz").read_bytes()
    (crawl_dir / "0-cut.warc.gz").write_bytes(whole[: len(whole) * 2 // 3])
    (crawl_dir / "1-junk.warc").write_bytes(b"this is no WARC file at all\n")
    with dask.config.set(scheduler="synchronous"):
        records = articles_from_warc(crawl_dir).compute()
    urls = [r["url"] for r in records]
    assert urls[-3:] == list(PAGES)
    assert set(urls[:-3]) <= set(PAGES)


def test_errors_raise_raises_arnews_errors_only(crawl_dir: Path) -> None:
    """errors="raise": a truncated file raises CrawlError (an ArnewsError) with its reason."""
    whole = (crawl_dir / "a.warc.gz").read_bytes()
    (crawl_dir / "0-cut.warc.gz").write_bytes(whole[: len(whole) - 30])
    with dask.config.set(scheduler="synchronous"), pytest.raises(CrawlError) as raised:
        articles_from_warc(crawl_dir, errors="raise").compute()
    assert raised.value.reason == "cut-short"
    assert isinstance(raised.value, ArnewsError)


def test_bag_records_come_from_the_page_parser(
    crawl_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each page's parse result becomes one to_dict() record, in file order (sync scheduler)."""

    def parse(html: str | bytes, url: str | None = None, **options: object) -> Article:
        return Article(url=url, extractor="stub")

    monkeypatch.setattr(arnews.warc, "parse_html", parse)
    with dask.config.set(scheduler="synchronous"):
        records = articles_from_warc(crawl_dir).compute()
    assert records == [Article(url=url, extractor="stub").to_dict() for url in PAGES]


def test_bag_on_the_synchronous_scheduler(crawl_dir: Path) -> None:
    """The bag holds one Article.to_dict() per page, in file order, images left out."""
    with dask.config.set(scheduler="synchronous"):
        records = articles_from_warc(crawl_dir).compute()
    assert [r["url"] for r in records] == list(PAGES)
    assert [r["title"] for r in records] == [title for title, _ in PAGES.values()]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A LocalCluster of two worker processes (no dashboard), shared by the module.

    Worker start-up waits are raised from dask's 30 s default: on a loaded 2-core
    machine two fresh interpreters importing arnews can take longer than that."""
    with (
        dask.config.set(
            {"distributed.comm.timeouts.connect": "180s", "distributed.comm.timeouts.tcp": "180s"}
        ),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster, timeout="180s") as dask_client,
    ):
        dask_client.wait_for_workers(2, timeout=180)
        yield dask_client


def test_bag_on_a_local_cluster(crawl_dir: Path, client: Client) -> None:
    """The same bag computed on a two-worker distributed cluster gives the same records."""
    with dask.config.set(scheduler="synchronous"):
        expected = articles_from_warc(crawl_dir).compute()
    records = client.compute(articles_from_warc(crawl_dir)).result()
    assert records == expected
    assert len(records) == 3


def test_urls_are_opened_with_fsspec(crawl_dir: Path) -> None:
    """A file:// URL is read through fsspec on the worker and gives the same records."""
    url = (crawl_dir / "a.warc.gz").as_uri()
    with dask.config.set(scheduler="synchronous"):
        records = articles_from_warc([url]).compute()
    assert [r["url"] for r in records] == list(PAGES)[:2]


def test_a_partition_is_read_lazily_and_pickles_as_its_records(crawl_dir: Path) -> None:
    """A partition reads nothing until iterated; it pickles as the list of its remaining records;
    a missing file is skipped with errors="skip" and a CrawlError with errors="raise"."""
    assert list(_PartitionRecords([str(crawl_dir / "missing.warc")], "skip", None)) == []
    missing = _PartitionRecords([str(crawl_dir / "missing.warc")], "raise", None)
    with pytest.raises(CrawlError, match="cannot open"):
        next(missing)
    partition = _PartitionRecords([str(crawl_dir / "a.warc.gz")], "skip", None)
    first = next(partition)
    rest = pickle.loads(pickle.dumps(partition))
    assert [first["url"], *(r["url"] for r in rest)] == list(PAGES)[:2]


def test_the_cluster_writes_json_lines_per_partition(
    crawl_dir: Path, tmp_path: Path, client: Client
) -> None:
    """The guide's recipe: to_textfiles on the cluster writes one JSON Lines file per input file."""
    bag = articles_from_warc(crawl_dir).map(json.dumps, ensure_ascii=False)
    client.gather(client.compute(bag.to_textfiles(str(tmp_path / "out/*.jsonl"), compute=False)))
    written = sorted((tmp_path / "out").glob("*.jsonl"))
    lines = [json.loads(line) for path in written for line in path.read_text().splitlines()]
    assert len(written) == 2
    assert [r["title"] for r in lines] == [title for title, _ in PAGES.values()]


def test_the_language_filter_reaches_the_workers(tmp_path: Path) -> None:
    """languages={"ara"} drops WET records Common Crawl identified as another language."""
    path = tmp_path / "lang.wet.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, language in zip(list(PAGES)[:2], ["ara", "eng"], strict=True):
            title, lead = PAGES[url]
            text = f"{title}\n{lead} صباح اليوم.\n".encode()
            headers = {"WARC-Identified-Content-Language": language}
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "conversion",
                    io.BytesIO(text),
                    len(text),
                    warc_content_type="text/plain",
                    warc_headers_dict=headers,
                )
            )
    with dask.config.set(scheduler="synchronous"):
        kept = articles_from_warc(path, languages={"ara"}).compute()
        every = articles_from_warc(path).compute()
    assert [r["url"] for r in kept] == list(PAGES)[:1]
    assert len(every) == 2
