"""pytest-qt tests that drive the real widgets."""
