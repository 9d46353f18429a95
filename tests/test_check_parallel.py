"""check(…, jobs=2) (issue 10: 1 MB against 1 MB under 2 s): a large text checked by two processes, each tracing one
half, gives every mention the verdict one process gives — a span of days derived early in the text and restated past
the cut too, and a planted error stays unsupported. The split is forced here on short texts (SPLIT_MIN = 0).

Units of our own: 萍乡市矿产资源储备中心 (its reserve checks of mining areas).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from drafter.check import SourceData, SourceIndex, check
from drafter.check import parallel
from drafter.corpus import strip_labels

TESTS = Path(__file__).parent

COUNTIES = ("安源区", "湘东区", "芦溪县", "上栗县", "莲花县")
AREAS = [(f"{COUNTIES[k % 5]}第{k + 1}号矿区", f"{10 + (k * 37) % 90}.{(k * 13) % 100:02d}", f"{200 + k * 7}.{k % 10}")
         for k in range(40)]


def sources() -> SourceIndex:
    return SourceIndex.build([SourceData(name="萍乡市矿产资源储备中心2024年储量核查台账.json", data={
        "单位": "萍乡市矿产资源储备中心",
        "年度": 2024,
        "矿区": [{"名称": name, "核查面积": f"{area}平方公里", "保有资源量": f"{amount}万吨"}
               for name, area, amount in AREAS],
        "年度储量核查": {"完成时间": "11月22日", "上年完成时间": "11月29日"},
    })])


def report(last: str) -> str:
    head = "一、年度工作完成情况\n\n年度储量核查于11月22日完成，比上年的11月29日提前7天。\n\n"
    areas = "".join(f"{name}核查面积{area}平方公里，保有资源量{amount}万吨。\n\n" for name, area, amount in AREAS)
    return head + areas + "二、主要成效\n\n" + last + "\n"


def verdicts(text: str, index: SourceIndex, jobs: int) -> list[tuple]:
    return [(m.start, m.text, m.status, m.formula, m.reason, [(e.source, e.location, e.text) for e in m.evidence],
             m.alternatives) for m in check(text, index, jobs=jobs).mentions]


@pytest.fixture
def split(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "SPLIT_MIN", 0)


def test_two_processes_give_every_mention_the_verdicts_of_one(split: None) -> None:
    index = sources()
    # a planted error past the cut: 84.26 is the 第3号矿区's area, not the 第2号's (47.13)
    text = report("储量核查工作有序推进，湘东区第2号矿区核查面积84.26平方公里。")
    one, two = verdicts(text, index, 1), verdicts(text, index, 2)
    assert two == one
    assert len(one) > 80
    assert [v[2] for v in two if v[1] == "84.26平方公里"] == ["exact", "unsupported"]


def test_a_derived_figure_restated_past_the_cut_is_the_derivation(split: None) -> None:
    index = sources()
    text = report("年度储量核查比上年提前7天完成。")
    two = verdicts(text, index, 2)
    assert two == verdicts(text, index, 1)
    assert [(v[2], v[3][:3]) for v in two if v[1] == "7天"][-1] == ("derived", "同前文")


def test_a_wrong_restatement_past_the_cut_stays_unsupported(split: None) -> None:
    index = sources()
    text = report("年度储量核查比上年提前8天完成。")
    two = verdicts(text, index, 2)
    assert two == verdicts(text, index, 1)
    assert [v[2] for v in two if v[1] == "8天"] == ["unsupported"]


def test_a_child_that_fails_leaves_its_half_to_the_parent(split: None, monkeypatch: pytest.MonkeyPatch) -> None:
    index = sources()
    text = report("储量核查工作有序推进。")
    one = verdicts(text, index, 1)

    def broken(r: object) -> tuple:
        raise RuntimeError("the child's half is lost")

    monkeypatch.setattr(parallel, "_flat", broken)  # (the forked child inherits it)
    assert verdicts(text, index, 2) == one


def test_the_cut_falls_between_paragraphs_near_the_middle() -> None:
    paras = [0, 0, 0, 1, 1, 2, 2, 2, 2, 3]
    (first, cut, ahead), (warm, end, _) = parallel.halves(paras)
    assert (first, cut, end) == (0, 5, 10)
    assert paras[cut - 1] != paras[cut] and ahead == 9 and warm == 0
    assert parallel.halves([4, 4, 4]) is None


def test_no_split_for_a_short_text_or_from_a_thread() -> None:
    assert not parallel.can_split("全年完成储量核查37个。")
    seen: list[bool] = []
    worker = threading.Thread(target=lambda: seen.append(parallel.can_split("矿" * parallel.SPLIT_MIN)))
    worker.start()
    worker.join()
    assert seen == [False]


@pytest.mark.parametrize("corpus", ["corpus_blind20", "corpus_blind21"])
def test_each_report_of_a_spent_corpus_cut_in_two_gets_the_one_process_verdicts(split: None, corpus: str) -> None:
    """Whatever a stage reads of the text before a figure (or after it), a new one included: the cut at the middle of
    a real report — its paragraphs telling figures, deriving shares and restating them — moves no verdict."""
    texts = sorted((TESTS / corpus).glob("*/text.md"))
    assert texts
    for marked in texts:
        text, _ = strip_labels(marked.read_text(encoding="utf-8"))
        index = SourceIndex.build([marked.parent / "sources"])
        assert verdicts(text, index, 2) == verdicts(text, index, 1), marked.parent.name
