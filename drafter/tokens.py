"""Token counts with tiktoken, working offline, and budgets that decide how long inputs are chunked.

`tiktoken.get_encoding` downloads its BPE file on first use (no timeout on that request). The package
bpe-openai ships the same files gzipped; before the first `get_encoding` we decompress them into
tiktoken's cache folder under the file name tiktoken looks for (sha1 of the download URL), after checking
the sha256 tiktoken expects. The folder is $TIKTOKEN_CACHE_DIR if set, else $DRAFTER_HOME/tiktoken (and
TIKTOKEN_CACHE_DIR is then set to it for this process).

o200k_base is the GPT-4o tokenizer. DeepSeek and Qwen tokenize differently (Chinese runs close to
one token per character there, fewer here), so callers budget with `SAFETY` margin.

    count_tokens(text) -> int
    split_text(text, budget) -> list[str]                # pieces of ≤ budget tokens, cut at line/sentence ends
    split_to_budget(texts, budget) -> list[list[str]]    # consecutive texts grouped into ≤ budget batches
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import os
import re
import threading
from functools import lru_cache
from pathlib import Path

import tiktoken

from .home import drafter_home

ENCODING = "o200k_base"
# Chinese models may count up to ~1.5× what o200k_base counts for the same Chinese text.
SAFETY = 1.5

# name → (download URL tiktoken uses, sha256 of the uncompressed file it expects)
_BPE_FILES = {
    "o200k_base": ("https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
                   "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"),
    "cl100k_base": ("https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
                    "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"),
}
_lock = threading.Lock()


def cache_dir() -> Path:
    raw = os.environ.get("TIKTOKEN_CACHE_DIR", "").strip()
    return Path(raw) if raw else drafter_home() / "tiktoken"


def seed_cache(name: str = ENCODING) -> Path:
    """Write the BPE file tiktoken would download into its cache folder; returns the file's path."""
    url, sha256 = _BPE_FILES[name]
    folder = cache_dir()
    target = folder / hashlib.sha1(url.encode()).hexdigest()
    if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == sha256:
        return target
    data = gzip.decompress(_bpe_openai_file(name).read_bytes())
    if hashlib.sha256(data).hexdigest() != sha256:
        raise RuntimeError(f"bpe_openai's {name} does not match tiktoken's expected sha256")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target


def _bpe_openai_file(name: str) -> Path:
    # Located without importing bpe_openai: its __init__ parses every rank table (about a second).
    spec = importlib.util.find_spec("bpe_openai")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("bpe-openai is not installed; it ships the tokenizer files drafter uses offline")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / f"{name}.tiktoken.gz"


@lru_cache(maxsize=4)
def encoding(name: str = ENCODING) -> tiktoken.Encoding:
    with _lock:
        seed_cache(name)
        os.environ["TIKTOKEN_CACHE_DIR"] = str(cache_dir())
        return tiktoken.get_encoding(name)


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


_CUTS = re.compile(r"(?<=\n)|(?<=[。！？；!?;])")


def split_text(text: str, budget: int) -> list[str]:
    """Cut `text` into pieces of at most `budget` tokens, at line or sentence ends where possible."""
    if budget <= 0:
        raise ValueError("budget must be positive")
    if count_tokens(text) <= budget:
        return [text]
    pieces: list[str] = []
    current, current_tokens = "", 0
    for unit in (u for u in _CUTS.split(text) if u):
        n = count_tokens(unit)
        if n > budget:  # one sentence longer than the budget: cut its tokens
            if current:
                pieces.append(current)
                current, current_tokens = "", 0
            toks = encoding().encode(unit, disallowed_special=())
            pieces.extend(encoding().decode(toks[i:i + budget]) for i in range(0, len(toks), budget))
            continue
        if current_tokens + n > budget:
            pieces.append(current)
            current, current_tokens = "", 0
        current += unit
        current_tokens += n
    if current:
        pieces.append(current)
    return pieces


def split_to_budget(texts: list[str], budget: int) -> list[list[str]]:
    """Group consecutive texts into batches of at most `budget` tokens; an oversized text is split first."""
    batches: list[list[str]] = []
    batch: list[str] = []
    used = 0
    for text in texts:
        for piece in split_text(text, budget):
            n = count_tokens(piece)
            if batch and used + n > budget:
                batches.append(batch)
                batch, used = [], 0
            batch.append(piece)
            used += n
    if batch:
        batches.append(batch)
    return batches
