"""The command's compiled regexes read back from $DRAFTER_HOME/regex (drafter/regex_cache.py): the same patterns,
whatever the file holds."""

from __future__ import annotations

import re

from drafter import regex_cache

# a pattern of the kind that makes re's compiler slow (Chinese classes), with named groups and a flag
PATTERN = r"(?P<item>[\u4e00-\u9fff]{2,8}?)(?:完成|达到)(?P<n>\d+(?:\.\d+)?)(?P<unit>[人户家场项件个]次?|%)"
FLAGS = re.IGNORECASE
ORIGINAL = re._compiler.compile
TEXT = "全年开展安全检查完成126家次，群众满意度达到98.5%。"


def imported(pattern: str = PATTERN) -> re.Pattern[str]:
    """The pattern compiled as a module's code compiles it, while the module is imported."""
    module: dict = {"__name__": "drafter.a_module", "re": re}
    exec(compile(f"P = re.compile({pattern!r}, {int(FLAGS)})", "a_module.py", "exec"), module)
    return module["P"]


def compiled() -> re.Pattern[str]:
    re.purge()  # (re's own per-process cache would answer before the hook)
    with regex_cache.compiled_regexes():
        return imported()


def same(p: re.Pattern[str]) -> None:
    q = re.compile(PATTERN, FLAGS)
    assert (p.pattern, p.flags, p.groups, dict(p.groupindex)) == (q.pattern, q.flags, q.groups, dict(q.groupindex))
    assert [m.groupdict() for m in p.finditer(TEXT)] == [m.groupdict() for m in q.finditer(TEXT)] \
        == [{"item": "全年开展安全检查", "n": "126", "unit": "家次"}, {"item": "群众满意度", "n": "98.5", "unit": "%"}]


def test_a_pattern_read_back_is_the_pattern_compiled() -> None:
    first = compiled()
    assert regex_cache.cache_file().is_file()  # written on the way out of the run that compiled it
    regex_cache.stats.clear()
    again = compiled()  # read back, not compiled
    assert regex_cache.stats == {"read": 1}
    assert re._compiler.compile is ORIGINAL  # (the hook only while the run lasts)
    re.purge()
    same(first)
    same(again)


def test_a_file_of_another_shape_or_a_program_that_does_not_validate_is_compiled_as_usual() -> None:
    compiled()
    path = regex_cache.cache_file()
    import orjson

    data = orjson.loads(path.read_bytes())
    for entry in data["entries"]:
        entry[3] = [1, 2, 3]  # a program the engine refuses ("invalid SRE code")
    path.write_bytes(orjson.dumps(data))
    regex_cache.stats.clear()
    p = compiled()
    assert regex_cache.stats == {"compiled": 1}
    re.purge()
    same(p)
    path.write_text("{not json", encoding="utf-8")
    p = compiled()
    re.purge()
    same(p)


def test_off_writes_nothing(monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_REGEX_CACHE", "0")
    p = compiled()
    assert not regex_cache.cache_file().parent.exists()
    re.purge()
    same(p)


def test_a_pattern_built_at_run_time_is_not_kept() -> None:
    re.purge()
    with regex_cache.compiled_regexes():
        imported(r"[\u4e00-\u9fff]+")  # (a file to write)
        words = re.compile(re.escape("石桥街道第12号项目") + r"[^，。]{0,20}?(\d+)")  # a source's own words
    assert words.search("石桥街道第12号项目全年开展安全检查126家次")[1] == "126"
    assert "石桥" not in regex_cache.cache_file().read_text(encoding="utf-8")


def test_a_run_that_fails_writes_nothing() -> None:
    re.purge()
    try:
        with regex_cache.compiled_regexes():
            imported()
            raise SystemExit(2)  # (the command's exit on a bad input)
    except SystemExit:
        pass
    assert not regex_cache.cache_file().parent.exists()


def test_a_python_whose_engine_it_was_not_built_for_compiles_as_usual(monkeypatch) -> None:
    """re's compiler and _sre.compile's arguments are CPython internals: on another version the hook stays out."""
    monkeypatch.setattr(regex_cache, "SUPPORTED", ())
    p = compiled()
    assert not regex_cache.cache_file().parent.exists()
    re.purge()
    same(p)
