"""Qt table models over the services' view objects (COL_* constants, a sort role and an object role)."""
