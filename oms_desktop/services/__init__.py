"""Use cases. Each public function takes a UnitOfWork, does one user action in one transaction and
returns plain data (see records.py) together with a `Changes` value."""
