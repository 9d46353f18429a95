"""A cache of the checker's source index under `$DRAFTER_HOME/index/`: checking text after text against the
same sources (a repair loop, a reviewer re-running `drafter check`) reads the sources' index instead of
parsing YAML and scanning every number again.

    index, store = build_cached(paths)   # the index, from the cache when an entry fits
    ...                                  # use it; on success:
    store()                              # write the entry (a no-op on a hit): nothing is left on an error

An entry is keyed on sha256 of: the bytes of every source file and its name within the folder given (or the
file's own name), the source code and data of the drafter package, the Python version, and every limit
(drafter.limits) — any change is a miss, never a stale hit. Where the files lie is no part of the key: the
same files under another folder (the web page saves each upload to a fresh one) are read back, renamed to
where they lie now. It is JSON (never pickle): the index as it stands before `SourceIndex._finish`, facts stored by column,
then `_finish` runs as after a build. A file that does not parse or does not have the expected shape is a
miss. Written atomically (a temporary file renamed into place); at most MAX_ENTRIES files are kept.
The cache is trusted as `$DRAFTER_HOME` is (see README, threat model): whoever can write there can also
edit models.yaml. `DRAFTER_INDEX_CACHE=0` turns it off.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Sequence

import orjson  # the entry's JSON: written and read back in a few ms, not a tenth of a second for 5 MB

from .check import Evidence, SourceIndex
from .check.index import LISTED_SUFFIXES
from .check.index import _Fact, _gc_paused, _SEQ
from .errors import DrafterError
from .home import drafter_home
from .injection import Instruction
from .limits import LIMITS, MB
from .safefile import write_private

FORMAT = 12  # 2: the places of a form source's lines; 3: _counted (a data file's 数量单位, read while walking it);
# 4: _no_vote (years of a text source's filing dates and forecasts); 5: "span" pairs of dates (spans: by _finish);
# 6: a fact's period (the quarter, half or month its table column or row names); 7: words (each source's runs of Chinese characters) and lists (of named items)
# 8: _legend (a data file's legend of its fields' units, 计量说明, read while walking it)
# 9: row_cells (each table line's text cells by column header: what ledger.py groups a ledger's rows by)
# 10: ordinal counts (第一期…第N期) read at a clause's start too, not only a line's (说明：…。第一期…；第二期…)
# 11: measures (the measure words outside the reader's list a text source writes after a figure: 210桩，)
# 12: a table's date cells keep their column header (head: which field of the row) and a text date the end of its
# event named right after it (event; dated.py)
MAX_ENTRIES = 16               # source sets kept; the oldest entry goes first
MAX_ENTRY_BYTES = 100 * MB     # a larger file is not read back (250,000 facts take about 40 MB)
# Every attribute a built index has before _finish; the cache refuses (builds without caching) an index
# with any other, so a new attribute is never silently dropped from a cached index.
STATE = {"names", "facts", "titles", "_groups", "groups", "years", "dates", "_by_family", "_by_value", "_by_pmag",
         "_dates_md", "_evidence", "_money", "_stated", "warnings", "pairs", "partners", "_inv", "_pair_keys",
         "_max_facts", "year_now", "key_names", "_list_paths", "_key_blob", "places", "_counted", "_legend", "_legend_said", "_no_vote", "spans",
         "words", "_words_blob", "_unread", "lists", "row_cells", "measures",  # year_now, _key_blob: set by _finish
         "_tab_base", "_keyed_tab", "_names_of", "_entities"}  # _tab_base, _keyed_tab, _names_of: while reading;
# _entities: built on first use
_ORDER = [f.name for f in dataclasses.fields(_Fact)]  # _Fact's fields in its __init__'s order
FIELDS = [name for name in _ORDER if name != "seq"]
# indexes this process built ("built") and read back from an entry ("read"): how a caller (the page's
# re-check, a test) sees whether the sources were indexed again
stats: Counter[str] = Counter()


def enabled() -> bool:
    return os.environ.get("DRAFTER_INDEX_CACHE", "1").strip().lower() not in ("0", "off", "no", "false")


def folder() -> Path:
    return drafter_home() / "index"


def build_cached(paths: Sequence[Path]) -> tuple[SourceIndex, Callable[[], None]]:
    """The index of `paths` and a function that stores it in the cache (call it once the run has succeeded)."""
    key = source_key(paths) if enabled() else None
    if key is not None:
        hit = load(key)
        if hit is not None and _rename(hit, [str(f) for f in source_files(paths)]):
            stats["read"] += 1
            return hit, lambda: None
    stats["built"] += 1
    with _gc_paused():
        index = SourceIndex()
        index._read(paths)
        entry = encode(index) if key is not None else None
        index._finish()
    if entry is None:
        return index, lambda: None
    return index, lambda: _store(key, entry, paths)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------- key


def source_files(paths: Sequence[Path]) -> list[Path]:
    """The files `load_source_path` reads, in its order."""
    from .safefile import list_files

    out: list[Path] = []
    for p in paths:
        out.extend(list_files(p, LISTED_SUFFIXES) if p.is_dir() else [p])
    return out


def source_key(paths: Sequence[Path]) -> str | None:
    """sha256 of everything an index depends on, or None when a source can't be read (the build then
    reports it in one line)."""
    from .safefile import read_bytes

    from .safefile import list_files

    h = hashlib.sha256()
    h.update(json.dumps([FORMAT, code_fingerprint(), sys.version, {k: str(v.value) for k, v in LIMITS.items()}],
                        ensure_ascii=False).encode())
    try:
        for p in paths:
            folder = p.is_dir()
            h.update(b"\1" if folder else b"\2")  # each path given: a folder or a file
            for f in list_files(p, LISTED_SUFFIXES) if folder else [p]:
                name = f.relative_to(p).as_posix() if folder else f.name  # its name, not where it lies
                h.update(name.encode("utf-8", "surrogatepass") + b"\0")
                h.update(hashlib.sha256(read_bytes(f, "source")).digest())
    except (OSError, ValueError, DrafterError):
        return None
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 of the drafter package's code and data and of its source readers' versions: an index built by
    other code is never reused."""
    import yaml

    root = Path(__file__).resolve().parent
    h = hashlib.sha256(getattr(yaml, "__version__", "").encode())
    # the readers of .yaml .docx .xlsx .pdf sources: their versions by the installed dist-info's name (importing
    # python-docx or asking importlib.metadata would cost more than reading the index back)
    site = Path(yaml.__file__).resolve().parents[1]
    readers = ("python_docx", "PyYAML", "openpyxl", "pypdf", "pdfplumber", "pdfminer.six", "pdfminer_six")
    for info in sorted(p for name in readers for p in site.glob(f"{name}-*.dist-info")):
        h.update(info.name.encode() + b"\0")
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".txt", ".yaml", ".json") and "__pycache__" not in p.parts and p.is_file():
            h.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


# ---------------------------------------------------------------------------------------------- encoding


def unknown_state(index: SourceIndex) -> set[str]:
    """Attributes of the index this cache does not know: add each to STATE (and, when it is filled before
    _finish, to encode/decode), or the index is simply not cached."""
    return set(vars(index)) ^ STATE


def encode(index: SourceIndex) -> dict[str, Any] | None:
    """The index before _finish as plain JSON data, or None when it holds something the cache can't store."""
    if unknown_state(index) or index._by_family or index._inv or index._evidence:
        return None
    pos = {id(f): k for k, f in enumerate(index.facts)}
    sets: dict[frozenset[str], int] = {}
    columns: dict[str, list[Any]] = {}
    kinds: dict[str, str] = {}
    for name in FIELDS:
        values = [getattr(f, name) for f in index.facts]
        types = {type(v) for v in values if v is not None}
        if len(types) > 1:
            return None
        kind = next(iter(types)).__name__ if types else "none"
        if kind == "Decimal":
            col = [None if v is None else str(v) for v in values]
        elif kind == "frozenset":
            col = [None if v is None else sets.setdefault(v, len(sets)) for v in values]
        elif kind == "tuple":
            col = [None if v is None else list(v) for v in values]
        elif kind in ("str", "int", "float", "bool", "none"):
            col = values
        else:
            return None
        columns[name], kinds[name] = col, kind
    order = sorted(range(len(index.facts)), key=lambda k: index.facts[k].seq)
    try:
        return {
            "format": FORMAT, "names": index.names, "kinds": kinds, "columns": columns,
            "sets": [sorted(s) for s in sets], "seq_order": order,
            "titles": {k: [e.source, e.location, e.text] for k, e in index.titles.items()},
            "warnings": [w.model_dump(mode="json") for w in index.warnings],
            "groups": [[pos[id(f)] for f in g] for g in index.groups],
            "years": [[y, [pos[id(f)] for f in fs]] for y, fs in index.years.items()],
            "dates": [pos[id(f)] for f in index.dates],
            "dates_md": [[list(k), [pos[id(f)] for f in fs]] for k, fs in index._dates_md.items()],
            "pairs": [[pos[id(a)], pos[id(b)], why] for a, b, why in index.pairs],
            "key_names": [[k, src, path] for k, (src, path) in index.key_names.items()],
            "list_paths": sorted(index._list_paths),
            "places": [[src, lines] for src, lines in index.places.items()],
            "no_vote": [[y, n] for y, n in index._no_vote.items()],
            "words": index.read_words(),
            "lists": index.lists,
            "measures": sorted(index.measures),
            "row_cells": [[g, [list(c) for c in cells]] for g, cells in index.row_cells.items()],
        }
    except KeyError:  # a fact outside index.facts: not an index this cache knows how to store
        return None


def decode(data: dict[str, Any]) -> SourceIndex:
    """The index from `encode`'s data, _finish run. Raises KeyError/TypeError/ValueError/IndexError on a
    malformed entry."""
    if data["format"] != FORMAT or set(data["kinds"]) != set(FIELDS):
        raise ValueError("another format")
    sets = [frozenset(str(t) for t in s) for s in data["sets"]]
    n = len(data["seq_order"])
    cols: dict[str, list[Any]] = {}
    for name in FIELDS:
        kind, col = data["kinds"][name], data["columns"][name]
        if len(col) != n:
            raise ValueError("column length")
        if kind == "Decimal":
            col = [None if v is None else Decimal(v) for v in col]
        elif kind == "frozenset":
            col = [None if v is None else sets[v] for v in col]
        elif kind == "tuple":
            col = [None if v is None else tuple(v) for v in col]
        elif kind not in ("str", "int", "float", "bool", "none"):
            raise ValueError(kind)
        cols[name] = col
    cols["seq"] = [0] * n  # (set below, in the build's order)
    facts = list(map(_Fact, *(cols[name] for name in _ORDER)))  # (by position: no dict of 34 fields a fact)
    for k in data["seq_order"]:  # the build's creation order, from this process's counter (a + b's order)
        facts[k].seq = next(_SEQ)
    index = SourceIndex()
    index.names = [str(x) for x in data["names"]]
    index.facts = facts
    index.titles = {str(k): Evidence(source=s, location=loc, text=t) for k, (s, loc, t) in data["titles"].items()}
    index.warnings = [Instruction.model_validate(w) for w in data["warnings"]]
    index.groups = [[facts[k] for k in g] for g in data["groups"]]
    index.years = defaultdict(list, {int(y): [facts[k] for k in ks] for y, ks in data["years"]})
    index.dates = [facts[k] for k in data["dates"]]
    index._dates_md = defaultdict(list, {(mo, d): [facts[k] for k in ks] for (mo, d), ks in data["dates_md"]})
    for a, b, why in data["pairs"]:
        index._pair(facts[a], facts[b], str(why))
    index.key_names = {str(k): (int(src), str(path)) for k, src, path in data["key_names"]}
    index._list_paths = {str(x) for x in data["list_paths"]}
    index.places = {int(src): [str(p) for p in lines] for src, lines in data["places"]}
    index._no_vote = {int(y): int(n) for y, n in data["no_vote"]}
    index.words = [str(w) for w in data["words"]]
    index.lists = [[str(x) for x in names] for names in data["lists"]]
    index.measures = {str(w) for w in data["measures"]}
    index.row_cells = {int(g): tuple((str(h), str(c)) for h, c in cells) for g, cells in data["row_cells"]}
    index._finish()
    return index


def _rename(index: SourceIndex, names: list[str]) -> bool:
    """Give an index read back the names of the files it was read from now (the same files under another
    folder): the sources, and the evidence and warnings that name them. False when the files don't match."""
    if len(names) != len(index.names):
        return False
    now = dict(zip(index.names, names))
    if len(now) != len(names):
        return False  # one name twice: which is which can't be told
    index.names = names
    index.titles = {k: e.model_copy(update={"source": now.get(e.source, e.source)}) for k, e in index.titles.items()}
    index.warnings = [w.model_copy(update={"source": now.get(w.source, w.source)}) for w in index.warnings]
    return True


# ---------------------------------------------------------------------------------------------- files


def load(key: str) -> SourceIndex | None:
    path = folder() / f"{key}.json"
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_ENTRY_BYTES:
            return None
        data = orjson.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        with _gc_paused():
            return decode(data)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, InvalidOperation, RecursionError):
        return None  # unreadable, truncated, another shape: build as if there were no cache


def _store(key: str, entry: dict[str, Any], paths: Sequence[Path]) -> None:
    """Write the entry atomically, if the sources are still what was indexed; any failure leaves no file."""
    if source_key(paths) != key:
        return  # a source changed while it was read: this index belongs to no one key
    entry = dict(entry, key=key)
    top = folder()
    try:
        data = orjson.dumps(entry)  # UTF-8 JSON, compact, as json.dumps(ensure_ascii=False) writes it
    except TypeError:  # orjson's, for a value it cannot write (an integer over 64 bits): no cache this run
        return
    if write_private(top / f"{key}.json", data):  # (a read-only or full disk: the run's result stands, uncached)
        try:
            _prune(top)
        except OSError:
            pass  # (an entry removed under it by another run: the next store prunes again)


def _prune(top: Path) -> None:
    entries = sorted((p for p in top.glob("*.json") if not p.is_symlink()), key=lambda p: p.stat().st_mtime)
    for p in entries[:-MAX_ENTRIES]:
        p.unlink(missing_ok=True)
