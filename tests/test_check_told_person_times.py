"""Persons over N occurrences are person-times: '第一次巡查…队员7人；第二次巡查…队员8人，两次共投入15人次' sums the 人
each occurrence told, where the paragraph told no 人次 (issue 10). A wrong sum stays unsupported.

Kind: a 地质灾害防治站's field log as text, two numbered inspections with their team sizes.
"""

from __future__ import annotations

from drafter.check import SourceText, check

LOG = SourceText(name="巡查记录.txt", text=("4月6日，第一次汛前隐患点巡查出发，巡查队员7人。\n"
                                            "9月14日，第二次汛后隐患点巡查出发，巡查队员8人。\n"))

TOLD = "第一次汛前巡查4月6日出发，队员7人；第二次汛后巡查9月14日出发，队员8人，"


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [LOG]).mentions if m.status != "ignored"}


def test_persons_of_each_occurrence_add_up_to_the_person_times_of_all():
    assert status(TOLD + "两次共投入15人次。")["15人次"] == "derived"
    assert status(TOLD + "两次共投入16人次。")["16人次"] == "unsupported"
