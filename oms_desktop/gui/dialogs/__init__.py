"""Dialogs: taking payment, picking a customer, shipping, product and customer forms, stock moves."""
