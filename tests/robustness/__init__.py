"""Hostile and malformed input, fuzzing, linear time and thread safety."""
