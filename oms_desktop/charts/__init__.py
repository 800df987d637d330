"""matplotlib Figure builders for the reports in services.analytics: no pyplot, no Qt.

Each builder is `build_xxx(data, *, figure=None, language="en") -> Figure`; registry.CHARTS maps a chart
NAME to its report function and builder, so the CLI and the Charts page draw the same thing.
"""
