"""drafter's local web page and JSON API (`drafter serve`): see drafter.web.app."""

from __future__ import annotations

from .app import WebSettings, create_app

__all__ = ["WebSettings", "create_app"]
