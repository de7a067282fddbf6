"""Crawl fault injection: WARC files with one fault each, and the exact outcome each must give.

:func:`faults` builds them in memory (nothing large is committed; the gzip bomb's
file is about 11 KB and expands to 4 GiB). Every file holds a good page before the
fault and, where the fault leaves room for one, a good page after it: the page
after it must not be lost. ``python -m tests.crawl_faults DIR`` writes them to
*DIR*, to try them by hand with ``arnews parse DIR``.
"""

from __future__ import annotations

import gzip
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from tests.warc_builder import PAGE_1, PAGE_2, PAGE_3, SITE, http_response, record, response

BOMB_SIZE: Final = 4 * 1024**3
"""What the gzip bomb expands to: 4 GiB of zeros."""
_BOMB_PIECE: Final = 1024**2
_FULL_FLUSH_BLOCK: Final = b"\x03\x00"  # a final, empty, fixed-Huffman deflate block
_WRONG_BY: Final = 400
"""Bytes by which a wrong Content-Length is off (the issue saw 300–500)."""


def record_id(number: int) -> str:
    """The WARC-Record-ID that warc_builder.record gives record *number*."""
    return f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"


Problem = tuple[str, str, str | None, int]
"""(kind, reason, WARC-Record-ID, offset) of a reported problem."""


@dataclass(frozen=True)
class Fault:
    """A WARC file with one fault, and what reading it must give."""

    name: str
    data: bytes
    gzipped: bool
    pages: tuple[str, ...]
    """The URLs of the pages read, in order."""
    problems: tuple[Problem, ...]
    counts: tuple[int, int, int, int, int]
    """Records read, skipped, failed, truncated, damaged."""

    @property
    def filename(self) -> str:
        """Its file name (the fault's name, and the suffix of its compression)."""
        return self.name + (".warc.gz" if self.gzipped else ".warc")


A_URL, B_URL, C_URL = f"{SITE}/a", f"{SITE}/b", f"{SITE}/c"
GOOD_A: Final = response(A_URL, http_response(PAGE_1.encode()), 1)
GOOD_C: Final = response(C_URL, http_response(PAGE_3.encode()), 3)
BLOCK_B: Final = http_response(PAGE_2.encode())


def bad_b(block: bytes = BLOCK_B, *, length: int | None = None) -> bytes:
    """Record 2, a response for page B, with *block* and optionally a wrong Content-Length."""
    return record(
        "response",
        block,
        uri=B_URL,
        content_type="application/http; msgtype=response",
        number=2,
        length=length,
    )


def _join(pieces: list[bytes], gzipped: bool) -> tuple[bytes, list[int]]:
    """The file (one gzip member per piece when *gzipped*) and the offset of each piece."""
    data = b""
    offsets = []
    for piece in pieces:
        offsets.append(len(data))
        data += gzip.compress(piece, mtime=0) if gzipped else piece
    return data, offsets


def gzip_bomb(size: int = BOMB_SIZE) -> bytes:
    """Gzip data that expands to *size* zero bytes (a valid header; the trailer is never
    reached by a reader that stops at its limit, so it is left zero)."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = deflate.compress(bytes(_BOMB_PIECE)) + deflate.flush(zlib.Z_FULL_FLUSH)
    header = b"\x1f\x8b\x08\x00" + struct.pack("<I", 0) + b"\x00\xff"
    return header + piece * (size // _BOMB_PIECE) + _FULL_FLUSH_BLOCK + bytes(8)


def _length_faults(gzipped: bool) -> list[Fault]:
    suffix = "-gz" if gzipped else ""
    too_long = bad_b(length=len(BLOCK_B) + _WRONG_BY)
    too_short = bad_b(length=len(BLOCK_B) - _WRONG_BY)
    faults = []
    for name, middle, reason in (
        ("length-too-long", too_long, "length-too-long"),
        ("length-too-short", too_short, "length-too-short"),
    ):
        data, offsets = _join([GOOD_A, middle, GOOD_C], gzipped)
        problem = ("truncated", reason, record_id(2), offsets[1])
        faults.append(
            Fault(name + suffix, data, gzipped, (A_URL, C_URL), (problem,), (3, 0, 0, 1, 0))
        )
    return faults


def _cut_faults() -> list[Fault]:
    plain, offsets = _join([GOOD_A, bad_b()], False)
    cut_block = plain[: offsets[1] + len(bad_b()) // 2]
    cut_header = plain[: offsets[1] + 30]
    members, member_offsets = _join([GOOD_A, bad_b()], True)
    cut_member = members[: member_offsets[1] + (len(members) - member_offsets[1]) // 2]
    truncated = ("truncated", "cut-short", record_id(2), offsets[1])
    return [
        Fault("cut-short", cut_block, False, (A_URL,), (truncated,), (2, 0, 0, 1, 0)),
        Fault(
            "cut-in-header",
            cut_header,
            False,
            (A_URL,),
            (("truncated", "cut-short", None, offsets[1]),),
            (2, 0, 0, 1, 0),
        ),
        Fault(
            "gzip-cut-short",
            cut_member,
            True,
            (A_URL,),
            (("truncated", "cut-short", record_id(2), member_offsets[1]),),
            (2, 0, 0, 1, 0),
        ),
    ]


def _damage_faults() -> list[Fault]:
    garbage = b"\x00\x01 this is no record, just bytes between two records \xff\xfe\r\n" * 3
    plain = GOOD_A + garbage + GOOD_C
    members, offsets = _join([GOOD_A, GOOD_C], True)
    with_garbage = members[: offsets[1]] + garbage + members[offsets[1] :]
    corrupt, corrupt_offsets = _join([GOOD_A, bad_b(), GOOD_C], True)
    middle = (corrupt_offsets[1] + corrupt_offsets[2]) // 2
    corrupt = corrupt[:middle] + bytes(16) + corrupt[middle + 16 :]
    cases = [  # name, data, gzipped, pages, reason and offset of the damage
        ("garbage-between", plain, False, (A_URL, C_URL), "garbage", len(GOOD_A)),
        ("garbage-between-gz", with_garbage, True, (A_URL, C_URL), "garbage", offsets[1]),
        ("gzip-corrupt", corrupt, True, (A_URL, C_URL), "corrupt-gzip", corrupt_offsets[1]),
        ("stops-at-bad-spot", GOOD_A + garbage, False, (A_URL,), "garbage", len(GOOD_A)),
    ]
    return [
        Fault(
            name, data, gzipped, pages, (("damaged", reason, None, at),), (len(pages), 0, 0, 0, 1)
        )
        for name, data, gzipped, pages, reason, at in cases
    ]


def _payload_faults() -> list[Fault]:
    body = PAGE_2.encode()
    broken_chunks = b"10\r\n" + body[:16] + b"\r\nzz-not-a-size\r\n" + body[16:]
    cases = [
        ("chunked-broken", broken_chunks, ["Transfer-Encoding: chunked"], "chunked", False),
        ("chunked-no-end", b"10\r\n" + body[:16] + b"\r\n", ["Transfer-Encoding: chunked"],
         "chunked", False),
        ("gzip-body-cut", gzip.compress(body)[:-40], ["Content-Encoding: gzip"],
         "content-encoding", False),
        ("unknown-coding", body, ["Content-Encoding: x-squash"], "content-encoding", False),
        ("gzip-bomb", gzip_bomb(), ["Content-Encoding: gzip"], "too-large", True),
    ]  # fmt: skip
    faults = []
    for name, payload, headers, reason, gzipped in cases:
        block = http_response(payload, extra=headers)
        data, offsets = _join([GOOD_A, bad_b(block), GOOD_C], gzipped)
        problem = ("failed", reason, record_id(2), offsets[1])
        faults.append(Fault(name, data, gzipped, (A_URL, C_URL), (problem,), (3, 0, 1, 0, 0)))
    return faults


def _header_faults() -> list[Fault]:
    no_length = bad_b().replace(f"Content-Length: {len(BLOCK_B)}\r\n".encode(), b"", 1)
    data, offsets = _join([GOOD_A, no_length, GOOD_C], False)
    problem = ("truncated", "bad-header", record_id(2), offsets[1])
    return [Fault("bad-header", data, False, (A_URL, C_URL), (problem,), (3, 0, 0, 1, 0))]


def faults() -> list[Fault]:
    """Every fault, plain and gzipped where both make sense."""
    return [
        *_length_faults(False),
        *_length_faults(True),
        *_cut_faults(),
        *_damage_faults(),
        *_payload_faults(),
        *_header_faults(),
    ]


def write_faults(directory: Path) -> list[Path]:
    """Write every fault file into *directory*; their paths, in :func:`faults` order."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for fault in faults():
        path = directory / fault.filename
        path.write_bytes(fault.data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_faults(Path(sys.argv[1])):
        print(written)
