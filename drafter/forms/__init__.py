"""Readers of the official forms (xlsx, docx, pdf, text) → drafter input."""
