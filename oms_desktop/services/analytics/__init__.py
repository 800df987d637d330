"""Reports behind the Charts page: each is `fn(uow, period, ...) -> dataclass`, aggregated in SQL.

Modules: presets (date ranges), measures (shared SQL sums), kpis, sales_series, rankings, fulfilment,
stock (value over time, low stock, turnover), catalog (report NAME -> function, for the CLI and the GUI).
"""
