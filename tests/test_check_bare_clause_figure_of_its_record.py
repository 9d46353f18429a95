"""A figure alone in its clause (…，4月16日验收，用时9天，22台；) names nothing of its own: it is a figure of the record its
sentence has been telling — the batch whose dates the sentence traced — though a clause of another figure (用时9天,
derived) stands between. It used to be refused as "数值相同，但无法确认是同一事项" (the samevalue gate: no words tie it),
since the record's words reached it only within one clause. Found on blind26 ruralfilm (22套 / 24套 and the share
after them); a figure of another record, or one whose clause names another item, stays refused.

A unit of our own: 青河县农机推广站 (two deliveries of seeders); names and values invented.
"""

from __future__ import annotations

from drafter.check import SourceData, check

LEDGER = SourceData(name="青河县农机推广站2025年设备到货台账.yaml", data={
    "播种机到货批次": [
        {"批次": "第一批", "到货日期": "2025-04-07", "验收日期": "2025-04-16", "数量": 22},
        {"批次": "第二批", "到货日期": "2025-08-11", "验收日期": "2025-08-22", "数量": 24},
    ],
    "年度目标": {"推广示范户": 22},
})


def status(text: str, figure: str) -> str:
    return next(m for m in check(text, [LEDGER]).mentions if m.text == figure).status


def test_a_bare_figure_after_its_batchs_dates_is_that_batchs():
    text = "播种机第一批4月7日到货，4月16日验收，用时9天，22台；第二批8月11日到货、8月22日验收，用时11天，24台。"
    assert status(text, "22台") == "exact"
    assert status(text, "24台") == "exact"


def test_the_other_batchs_figure_stays_refused():
    text = "播种机第一批4月7日到货，4月16日验收，用时9天，24台。"
    assert status(text, "24台") == "unsupported"
