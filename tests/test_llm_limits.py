"""One limiter per endpoint for every job of a run, counted where it matters: at the server."""

from __future__ import annotations

import asyncio
import threading
from decimal import Decimal
from pathlib import Path

from drafter.engines.llm import EndpointLimiter
from drafter.evals import RunOptions, load_suite, run_suite
from drafter.testing.openai_server import OpenAIServer
from drafter.testing.responders import DraftResponder

ROOT = Path(__file__).resolve().parents[1]


def suite(tmp_path: Path, concurrency: int) -> Path:
    path = tmp_path / "suite.yaml"
    examples = "\n".join(f"""  - id: {name}-{task}
    input: {ROOT / 'examples' / name}
    task: {task}""" for name in ("tianhe-2022", "shiqiao-town-2023", "jiangwan-library-2023")
                         for task in ("all", "存在问题"))
    path.write_text(f"""name: limits
cases:
{examples}
variants:
  - {{name: a, engine: llm, model: limit-test, structured_method: json_schema}}
  - {{name: b, engine: llm, model: limit-test-2, structured_method: json_mode}}
concurrency: {concurrency}
thresholds: {{model_share: 0}}
judge: {{model: limit-test, structured_method: json_schema}}
""", encoding="utf-8")
    return path


def answer(request):
    if request.schema_name == "JudgeVerdict":
        return {"score": 4, "reason": "数字准确。"}
    return DraftResponder()(request)


def test_requests_in_flight_never_exceed_the_runs_concurrency_across_jobs_and_the_judge(tmp_path):
    with OpenAIServer(responder=answer, latency=0.05) as server:
        result = run_suite(load_suite(suite(tmp_path, 3), allow_outside=True), RunOptions(base_url=server.url))
        assert server.count > 40
        # Each "all" job alone sends a request per task at once: without the shared limiter this was 3 × 3.
        assert 1 < server.max_in_flight <= 3
    assert all(r.metrics["judge"] == Decimal(4) for r in result.records)


def test_the_command_line_concurrency_bounds_the_run(tmp_path):
    with OpenAIServer(responder=answer, latency=0.05) as server:
        run_suite(load_suite(suite(tmp_path, 8), allow_outside=True), RunOptions(base_url=server.url, concurrency=2))
        assert server.max_in_flight <= 2


def test_the_limiter_serves_event_loops_in_several_threads():
    limiter = EndpointLimiter(2)
    state = {"now": 0, "max": 0}
    lock = threading.Lock()

    async def one():
        async with limiter:
            with lock:
                state["now"] += 1
                state["max"] = max(state["max"], state["now"])
            await asyncio.sleep(0.005)
            with lock:
                state["now"] -= 1

    async def many():
        await asyncio.gather(*(one() for _ in range(10)))

    threads = [threading.Thread(target=asyncio.run, args=(many(),)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert state["max"] == 2 and state["now"] == 0 and limiter.in_use == 0


def test_a_cancelled_waiter_gives_its_place_back():
    limiter = EndpointLimiter(1)

    async def go():
        await limiter.acquire()
        waiter = asyncio.ensure_future(limiter.acquire())
        await asyncio.sleep(0)
        waiter.cancel()
        await asyncio.sleep(0)
        limiter.release()
        await asyncio.wait_for(limiter.acquire(), 1)  # the slot was not lost to the cancelled waiter
        limiter.release()

    asyncio.run(go())
    assert limiter.in_use == 0
