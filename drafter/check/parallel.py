"""A large text checked by two processes at once (check(…, jobs=2)).

Once the index is built the process forks: both read the text's mentions and each traces one half of them — the
parent the mentions before a paragraph near the middle, the child the rest, reading its copy of the index (a
check writes little into it: the pages copied on write cost a few per cent). The child's verdicts come back as
plain tuples (its facts are the parent's, but not its Python objects); the parent then runs the last pass over all
of them (run._report), as a single process would.

A figure's verdict reads what the text said before it: the figures its paragraph and the few before told, the
wholes of shares derived earlier. So the child traces WARM paragraphs before its half first and keeps none of
their verdicts; the parent traces the direct matches of one paragraph past its half (a sentence's last figure may
read the one after it). One thing reads further back than any window: a count or a span of days restating a
figure the text derived anywhere before (restated_figure). The child lists the figures it found no restatement
for; when the parent's half holds a derived figure of that value before the child's window, the parent traces the
child's half itself — the verdicts are then the single process's whatever the text.

Only where the platform forks, from the main thread with no other thread running (a web server's worker thread
never forks), and for texts of at least SPLIT_MIN characters: below that a second index costs more than half a
check saves. The result is the single process's (benchmarks/check_snapshot.py --split forces the split on every
text to prove it).
"""

from __future__ import annotations

import os
import pickle
import threading
from bisect import bisect_left
from typing import Any

from .context import _paragraph_ids
from .index import SourceIndex
from .models import Evidence, MentionCheck, _construct, _mention_check

SPLIT_MIN = 100_000  # characters (≈ 0.3 MB of Chinese): a 1 MB text's check is ≈ 3 times its index
WARM = 12  # paragraphs the child traces before its half, for what they tell the figures after them
# the parent's share of the mentions. What the parent does after its half (rebuild the child's verdicts, the last pass)
# waits for the child's verdicts whatever the cut: the halves should end together. The child's half holds more — its
# WARM paragraphs, pickling its verdicts (≈ 1 % of a check) — so the cut is at the middle, not before it (at 48 % the
# child traced 5–10 % longer than the parent, who waited)
PARENT_SHARE = 0.5

# (first, end, ahead) of run._trace: the parent's half, then the child's
Parts = tuple[tuple[int, int, int], tuple[int, int, int]]


def can_split(text: str) -> bool:
    """Is `text` long enough, and may this process fork?"""
    return len(text) >= SPLIT_MIN and hasattr(os, "fork") and threading.current_thread() is threading.main_thread() \
        and threading.active_count() == 1


def verb_jobs() -> int:
    """Processes `drafter check` uses: two where a core is idle (the last minute's load average below the cores
    less one), else one — on a busy machine the second process only waits for a core, and the split costs its
    overhead (≈ +20 % CPU) for nothing. A platform with no load average splits when it has two cores."""
    cores = os.cpu_count() or 1
    if cores < 2:
        return 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return 2
    return 2 if load < cores - 1 else 1


def halves(paras: list[int]) -> Parts | None:
    """Where the text is cut: at the first mention of the paragraph nearest the mention PARENT_SHARE of the way
    through. None when all its mentions are in one paragraph."""
    n = len(paras)
    starts = [i for i in range(1, n) if paras[i] != paras[i - 1]]  # each paragraph's first mention (but the first)
    if not starts:
        return None
    mid = n * PARENT_SHARE
    k = bisect_left(starts, mid)
    if k == len(starts) or (k and mid - starts[k - 1] < starts[k] - mid):
        k -= 1
    cut = starts[k]
    warm = starts[k - WARM] if k >= WARM else 0
    ahead = starts[k + 1] if k + 1 < len(starts) else n
    return (0, cut, ahead), (warm, n, n)


def check_split(text: str, index: SourceIndex, name: str) -> Any:
    """check(text, index) in two processes (see the module's docstring): the CheckReport."""
    from .run import _mentions, _report, _trace

    mentions = _mentions(text, name, index.measures)
    paras = _paragraph_ids(text, mentions)
    if (parts := halves(paras)) is None:
        traced = _trace(text, index, mentions, paras)
        return _report(text, index, mentions, paras, traced.results, traced.clauses)
    cut, warm = parts[0][1], parts[1][0]
    index.entities()  # the relation table every trace reads (Roles): built once here, not once in each process
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its half's verdicts as tuples down the pipe, then gone (no exit handlers, no flush)
        code = 1
        try:
            os.close(read)
            traced = _trace(text, index, mentions, paras, parts[1])
            payload = ([_flat(r) for r in traced.results[cut:]], traced.clauses[cut:],
                       [(traced.targets[i].family, traced.targets[i].x, traced.targets[i].m.approx)
                        for i in traced.unrestated],
                       traced.whole_of.missed, traced.unbound, set(traced.bounds))  # (fact ids: the parent's)
            with os.fdopen(write, "wb") as out:
                pickle.dump(payload, out, protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    pipe = os.fdopen(read, "rb")
    reaped = False
    try:
        traced = _trace(text, index, mentions, paras, parts[0])
        data = pipe.read()
        _, status = os.waitpid(pid, 0)
        reaped = True
        payload = pickle.loads(data) if status == 0 and data else None
        if payload is None or _restates_before(payload[2], traced.targets, traced.results, warm) \
                or _whole_before(payload[3], traced.whole_of, warm) or not traced.bounds.keys().isdisjoint(payload[4]) \
                or not traced.unbound.isdisjoint(payload[5]):
            # the child failed, or its half may restate a figure derived before its window or ask for the whole of a
            # share derived there, or a figure of either half ask for a bound the other half met: trace it all here
            whole = _trace(text, index, mentions, paras)
            return _report(text, index, mentions, paras, whole.results, whole.clauses)
        results, clauses = traced.results, traced.clauses
        flat, theirs = payload[:2]
        evidence: dict[tuple[str, str, str], Evidence] = {}
        for k, (status_, ev, formula, reason, alternatives) in enumerate(flat):
            results[cut + k] = _mention_check(mentions[cut + k], status_, [_evidence(evidence, e) for e in ev],
                                              formula, reason, alternatives)
        clauses[cut:] = theirs
        return _report(text, index, mentions, paras, results, clauses)
    finally:
        pipe.close()
        if not reaped:  # (an error in this half: the child's work is not wanted)
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)


def _flat(r: MentionCheck | None) -> tuple:
    assert r is not None  # (every mention of the child's half has its verdict)
    return r.status, [(e.source, e.location, e.text) for e in r.evidence], r.formula, r.reason, r.alternatives


def _evidence(seen: dict[tuple[str, str, str], Evidence], e: tuple[str, str, str]) -> Evidence:
    if (got := seen.get(e)) is None:
        got = seen[e] = _construct(Evidence, source=e[0], location=e[1], text=e[2])
    return got


def _restates_before(unrestated: list[tuple[str, Any, Any]], targets: dict[int, Any],
                     results: list[MentionCheck | None], warm: int) -> bool:
    """May a figure of the child's, for which it found no restatement, restate one this half derived before the
    child's window (the same family, value and approximation — restated_figure asks more)?"""
    if not unrestated:
        return False
    before = {(t.family, t.x, t.m.approx) for j, t in targets.items()
              if j < warm and (r := results[j]) is not None and r.status == "derived"}
    return any(u in before for u in unrestated)


def _whole_before(missed: set[int], whole_of: Any, warm: int) -> bool:
    """Did the child ask in vain for the whole of a share of a source figure (by the fact's id) that this half
    derived before the child's window?"""
    return any(k in missed for k, i in whole_of.told_at.items() if i < warm) if missed else False


__all__ = ["SPLIT_MIN", "WARM", "can_split", "check_split", "halves"]
