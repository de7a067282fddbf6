"""Small example pages bundled with arnews (written for arnews, not taken from any outlet)."""
