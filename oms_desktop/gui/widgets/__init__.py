"""Small reusable widgets: money fields, the in-page message bar, tables that remember their columns."""
