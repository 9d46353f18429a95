"""_common.last_mark, the checker's way to a figure's sentence or clause start: the place max(text.rfind(c, 0, at)
for c in marks) gives, in time that does not grow with the text before the figure."""

from __future__ import annotations

import random

from drafter.check._common import last_mark


def test_the_last_mark_before_a_place_is_the_rfind_one() -> None:
    rng = random.Random(20261201)
    for _ in range(1000):
        text = "".join(rng.choice("全年培训12场。！？;\n，,") for _ in range(rng.randint(0, 40)))
        at = rng.randint(0, len(text) + 2)
        for marks in ("。！？!?\n", "，,。；;\n", "。\n", ";"):
            assert last_mark(text, marks, at) == max(text.rfind(c, 0, at) for c in marks), (text, marks, at)


def test_a_report_without_exclamation_marks() -> None:
    text = "全年开展培训12场，覆盖3,600人次。\n满意度达到98.5%，较上年提高1.2个百分点。"
    at = text.index("98.5%")
    assert text[last_mark(text, "。！？!?\n", at) + 1:at] == "满意度达到"
    assert last_mark(text, "！？", at) == -1
