"""The pages of the main window: counter, orders, products & stock, customers, charts, settings."""
