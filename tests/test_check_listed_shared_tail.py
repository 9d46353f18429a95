"""A 、-list whose items share the noun after their count (由协会本部和城关、江南、白羊田三个分会组成): each item with
that noun is a name the sources write (城关分会 …), and the count counts the 、-list's items — not the item the
conjunction adds before them (issue 10). A count of another size stays unsupported.

Unit of our own: 临湘市消费者协会 (its branches' table).
"""

from __future__ import annotations

from drafter.check import SourceText, check

CONSUMER = [SourceText(name="临湘市消费者协会2024年分会工作统计.txt", text=(
    "临湘市消费者协会2024年分会工作统计\n"
    "单位\t受理投诉（件）\t调解成功（件）\n"
    "协会本部\t214\t209\n"
    "城关分会\t612\t598\n"
    "江南分会\t438\t421\n"
    "白羊田分会\t256\t249\n"
    "合计\t1520\t1477\n"))]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, CONSUMER).mentions if m.status != "ignored"}


def test_the_listed_items_share_the_noun_after_their_count():
    assert status("临湘市消费者协会由协会本部和城关、江南、白羊田三个分会组成。")["三个"] in ("exact", "derived")


def test_a_count_of_another_size_is_unsupported():
    assert status("临湘市消费者协会由协会本部和城关、江南、白羊田五个分会组成。")["五个"] == "unsupported"
