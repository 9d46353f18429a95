"""Secrets: which values are secret, and taking them out of anything drafter keeps or shows.

Secret are: the API key; every value under a parameter or header whose name says so (`*key*`, `*token*`,
`*secret*`, `Authorization`, passwords, cookies) at any depth of a model's `params`; every header of
`default_headers` / `extra_headers` (a gateway's header is a credential more often than not); the
password and secret-named query values of a base URL.

A server may echo a key back changed — upper case, split into dash-separated groups, quoted with its
dashes removed. `Redactor` therefore matches a secret's letters and digits in order, in any case, with up
to three separator characters between any two of them, so every such variant is replaced by `***`.

    secret_values(params) -> list[str]      # the secret strings found in a params mapping
    scrub(params) -> params                 # the same mapping, secret values replaced by "[secret]"
    url_secrets(url) -> list[str]           # password and token-like query values of a URL
    Redactor(secrets)(text) -> text         # every variant of every secret replaced by ***
    Redactor(secrets).found(text) -> bool
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

MASK = "***"
SCRUBBED = "[secret]"
MIN_CHARS = 6  # shorter values ("json", "1") are not credentials, and masking them would mangle text
_SECRET_NAME = re.compile(r"key|token|secret|authori[sz]ation|passw(or)?d|credential|cookie|signature|bearer", re.I)
_HEADER_MAPS = re.compile(r"^(default_|extra_)?headers$", re.I)
_SEPARATORS = r"[\s\-_.:/|+~=,;'\"`*\\]{0,3}"


def _is_secret_name(name: Any) -> bool:
    return isinstance(name, str) and bool(_SECRET_NAME.search(name))


def _walk(node: Any, secret: bool, found: list[str]) -> Any:
    """Collect secret strings into `found`; return the node with them replaced by SCRUBBED."""
    if isinstance(node, dict):
        return {k: _walk(v, secret or _is_secret_name(k) or bool(_HEADER_MAPS.match(str(k))), found)
                for k, v in node.items()}
    if isinstance(node, (list, tuple)):
        return [_walk(v, secret, found) for v in node]
    if secret and isinstance(node, str) and node:
        found.append(node)
        if " " in node:  # "Bearer sk-…": the credential alone may be echoed
            found.extend(part for part in node.split() if len(part) >= MIN_CHARS)
        return SCRUBBED
    return node


def secret_values(params: Any) -> list[str]:
    found: list[str] = []
    _walk(params, False, found)
    return found


def scrub(params: Any) -> Any:
    return _walk(params, False, [])


def url_secrets(url: str | None) -> list[str]:
    if not url:
        return []
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    found = [parts.password] if parts.password else []
    found += [v for k, v in parse_qsl(parts.query) if _is_secret_name(k) and v]
    return found


def _pattern(secret: str) -> str | None:
    chars = [c for c in secret if c.isascii() and c.isalnum()]
    if len(chars) < MIN_CHARS:
        return None
    return _SEPARATORS.join(re.escape(c) for c in chars)


class Redactor:
    """Replaces every case and separator variant of the given secrets with ***."""

    def __init__(self, secrets: Iterable[str | None]):
        patterns = sorted({p for s in secrets if s for p in [_pattern(s)] if p}, key=len, reverse=True)
        self._re = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    def __bool__(self) -> bool:
        return self._re is not None

    def __call__(self, text: str) -> str:
        return self._re.sub(MASK, text) if self._re is not None and text else text

    def found(self, text: str) -> bool:
        return self._re is not None and bool(text) and self._re.search(text) is not None
