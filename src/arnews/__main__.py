"""``python -m arnews`` runs the command-line interface."""

from arnews.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
