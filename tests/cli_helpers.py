"""Running the real ``arnews`` console script in a subprocess, and small inputs for it."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import arnews
from tests.warc_builder import PAGE_1, PAGE_3, TITLE_1, TITLE_3

PACKAGE_ROOT = Path(arnews.__file__).resolve().parent.parent
TIMEOUT = 120
"""Seconds before a hung run fails its test (a deadline for hangs, not a speed check)."""

DUMP_TITLE = "افتتاح مكتبة جديدة في المدينة"
DUMP = (
    f"{DUMP_TITLE} - موقع المثال\n\n{DUMP_TITLE}\n\n"
    "افتتح المحافظ اليوم مكتبة عامة جديدة تضم آلاف الكتب، وقال إنها مفتوحة للجميع.\n\n"
    "وأضاف أن المكتبة ستفتح أبوابها من الصباح حتى المساء طوال أيام الأسبوع.\n"
)
"""A text dump of our own, shaped like the corpus dumps (title line, title, paragraphs)."""

_TIMING = re.compile(r"; [0-9.]+ s, [0-9.]+ pages/s$", re.MULTILINE)


def command() -> list[str]:
    """The installed ``arnews`` console script (``python -m arnews`` when there is none)."""
    script = Path(sys.executable).with_name("arnews")
    if script.is_file():
        return [str(script)]
    found = shutil.which("arnews")
    return [found] if found else [sys.executable, "-m", "arnews"]


def environment(**extra: str) -> dict[str, str]:
    """The environment of a run: this checkout's arnews first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def run(
    args: Sequence[str],
    *,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``arnews ARGS`` to its end."""
    return subprocess.run(
        [*command(), *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env or environment(),
        timeout=TIMEOUT,
        check=False,
    )


def start(args: Sequence[str], **options: Any) -> subprocess.Popen[bytes]:
    """Start ``arnews ARGS`` with its output and errors piped."""
    return subprocess.Popen(
        [*command(), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(),
        **options,
    )


def records(stdout: bytes) -> list[dict[str, Any]]:
    """The JSON Lines of a run."""
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def err_lines(stderr: bytes) -> list[str]:
    """Standard error as lines, the timing of the summary taken out (it varies)."""
    return _TIMING.sub("", stderr.decode("utf-8")).splitlines()


def write_pages(root: Path) -> dict[str, str]:
    """A few inputs of every kind under *root*; the title each must give, by relative path."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "sub").mkdir(exist_ok=True)
    (root / "a.html").write_text(PAGE_1, encoding="utf-8")
    (root / "b.txt").write_text(DUMP, encoding="utf-8")
    (root / "c.txt").write_bytes(DUMP.encode("cp1256"))
    (root / "sub" / "d.htm.gz").write_bytes(gzip.compress(PAGE_3.encode("utf-8")))
    (root / "sub" / "e.txt.gz").write_bytes(gzip.compress(DUMP.encode("cp1256")))
    return {
        "a.html": TITLE_1,
        "b.txt": DUMP_TITLE,
        "c.txt": DUMP_TITLE,
        "sub/d.htm.gz": TITLE_3,
        "sub/e.txt.gz": DUMP_TITLE,
    }
