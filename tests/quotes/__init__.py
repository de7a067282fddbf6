"""Tests of :mod:`arnews.quotes`."""
