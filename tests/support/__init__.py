"""Helpers shared by the test suite (no test functions here)."""
