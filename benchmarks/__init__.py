"""Accuracy and speed benchmarks of arnews against other libraries (not unit tests).

Run ``python -m benchmarks --help`` or ``nox -s bench``; see ``benchmarks/README.md``.
"""
