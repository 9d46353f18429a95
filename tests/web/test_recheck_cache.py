"""The page's re-check of an edited draft reads the sources' index from the same cache as `drafter check`:
a second draft of the same input (another upload, another session folder) re-checks its first edit without
indexing the sources again. Counted by the cache's own counters (drafter.index_cache.stats), never by timing.
"""

from __future__ import annotations

import time

from drafter import index_cache

from .conftest import example_zip


def _drafted(client) -> str:
    job = client.post("/api/jobs", files={"file": ("jiangwan-library-2023.zip", example_zip("jiangwan-library-2023"))})
    assert job.status_code == 200, job.json()
    job_id = job.json()["id"]
    client.post(f"/api/jobs/{job_id}/draft", data={"engine": "offline"})
    while (state := client.get(f"/api/jobs/{job_id}").json())["state"] == "running":
        time.sleep(0.1)
    assert state["state"] == "done", state["error"]
    return job_id


def _edit(client, job_id: str, text: str) -> dict:
    response = client.put(f"/api/jobs/{job_id}/paragraphs/0", json={"text": text})
    assert response.status_code == 200, response.json()
    return response.json()


def test_the_second_drafts_recheck_reads_the_index_the_first_one_stored(client) -> None:
    first, second = _drafted(client), _drafted(client)
    before = dict(index_cache.stats)
    edited = "本年度图书馆共举办阅读推广活动999场。"
    one = _edit(client, first, edited)
    assert index_cache.stats["built"] == before.get("built", 0) + 1
    two = _edit(client, second, edited)
    assert index_cache.stats["built"] == before.get("built", 0) + 1  # not indexed again
    assert index_cache.stats["read"] == before.get("read", 0) + 1
    assert one["check"] == two["check"]  # the index read back checks as the one built
    marks = {m["text"]: m["group"] for m in two["sections"][0]["paragraphs"][0]["marks"]}
    assert marks["999场"] == "unsupported"


def test_a_second_edit_of_one_draft_reuses_its_index(client) -> None:
    job_id = _drafted(client)
    _edit(client, job_id, "本年度图书馆共举办阅读推广活动999场。")
    before = dict(index_cache.stats)
    _edit(client, job_id, "本年度图书馆共举办阅读推广活动998场。")
    assert dict(index_cache.stats) == before
