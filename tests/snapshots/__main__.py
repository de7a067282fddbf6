"""``python -m tests.snapshots [--update]``: list (or rewrite) the snapshots that changed."""

from __future__ import annotations

import argparse
import sys

from tests.snapshots import SNAPSHOTS, inputs, render, snapshot


def main() -> int:
    """Compare every snapshot with today's article; with ``--update``, rewrite them."""
    parser = argparse.ArgumentParser(prog="python -m tests.snapshots", description=__doc__)
    parser.add_argument("--update", action="store_true", help="rewrite the changed snapshots")
    args = parser.parse_args()
    items = inputs()
    changed = 0
    for item in items:
        text = render(snapshot(item))
        old = item.file.read_text(encoding="utf-8") if item.file.is_file() else None
        if old == text:
            continue
        changed += 1
        print(f"{'new' if old is None else 'changed'}: {item.name}")
        if args.update:
            item.file.parent.mkdir(parents=True, exist_ok=True)
            item.file.write_text(text, encoding="utf-8")
    names = {f"{item.name}.json" for item in items}
    stale = [p for p in SNAPSHOTS.rglob("*.json") if str(p.relative_to(SNAPSHOTS)) not in names]
    for path in stale:
        print(f"stale: {path.relative_to(SNAPSHOTS)}")
        if args.update:
            path.unlink()
    print(f"{len(items)} inputs, {changed} changed, {len(stale)} stale", file=sys.stderr)
    return 0 if args.update or not (changed or stale) else 1


if __name__ == "__main__":
    sys.exit(main())
