"""A source line that lists its batches and then their figures 分别 (第一期、第二期培训班分别招收学员46人、53人) gives each
figure to the batch of its rank: 46 is the 第一期's, 53 the 第二期's — not both the 第二期's because it is named last
before them. A 残疾人职业培训 line of a 水库移民安置办公室's log; a figure given to the other batch stays unsupported.
"""

from __future__ import annotations

from drafter.check import SourceIndex, check

LOG = ("# 移民技能培训统计\n\n"
       "| 类别 | 人次 |\n| --- | --- |\n| 种植技术 | 320 |\n| 电商运营 | 186 |\n\n"
       "注：全年培训506人次；第一期、第二期电商培训班分别招收学员46人、53人；实训在移民新村服务站进行。\n")


def verdicts(tmp_path, text: str) -> dict[str, str]:
    (tmp_path / "培训统计.md").write_text(LOG, encoding="utf-8")
    return {m.text: m.status for m in check(text, SourceIndex.build([tmp_path / "培训统计.md"])).mentions}


def test_each_figure_listed_respectively_is_its_ranks_batch(tmp_path):
    got = verdicts(tmp_path, "第一期电商培训班招收46人；第二期招收53人，比第一期多7人。")
    assert got["46人"] == "exact" and got["53人"] == "exact"


def test_a_figure_listed_respectively_given_to_the_other_batch_is_unsupported(tmp_path):
    got = verdicts(tmp_path, "第二期电商培训班招收46人。")
    assert got["46人"] == "unsupported"
