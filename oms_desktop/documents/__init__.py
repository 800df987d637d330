"""PDF documents made with reportlab from plain data (services.views, ShopSettings), never a session."""
