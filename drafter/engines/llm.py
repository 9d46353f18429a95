"""The LLM client layer: any OpenAI-compatible chat-completions endpoint through langchain-openai.

Every chain (draft, summarize, evals) talks to the model through one `LLM` object, which owns the parts
that must behave the same everywhere: the response store, retries, error messages, the concurrency
limit, usage accounting and the progress display.

Usage::

    from drafter.engines.llm import LLM
    from drafter.models import resolve_settings
    from drafter.prompts import load_prompt

    settings = resolve_settings("deepseek-chat")            # or LLMSettings(spec=ModelSpec(...), ...)
    async with LLM(settings) as llm:                        # opens the HTTP client and the progress display
        out = await llm.structured(load_prompt("draft_目标完成情况"), {"facts": ...}, MySchema, step="目标完成情况")
        text = await llm.text(load_prompt("some_prompt"), {...}, step="摘要")
        many = await llm.as_runnable(prompt, MySchema, step="日志压缩").abatch([vars1, vars2])
    llm.usage      # drafter.outputs.Usage: calls, cache_hits, prompt/completion tokens, wall seconds
    llm.prompts    # {prompt name: version} of every prompt used — put it in the output

API (all coroutines are safe to run concurrently; the limiter bounds requests in flight):

- `LLM(settings, *, store=None, progress=None, limiter=None)` — `store` is any
  `drafter.cache.ResponseStore` (default: SQLite under DRAFTER_HOME, or NullStore when
  `settings.use_cache` is False; pass a replay/recording store for evals). `progress` overrides
  `settings.progress`. `limiter` is an `EndpointLimiter` shared by every LLM of a run that talks to the
  same endpoint (evals: every job and the judge); default: one of `settings.concurrency` for this LLM.
- `await llm.structured(prompt, variables, schema, *, step, history=()) -> schema instance`
- `await llm.text(prompt, variables, *, step, history=()) -> str`
- `await llm.structured_messages(messages, schema, *, step)` / `await llm.text_messages(messages, *, step)`
  — the same for messages you built yourself.
- `llm.as_runnable(prompt, schema=None, *, step)` — an LCEL Runnable (dict of variables → result).
- `history` is a sequence of (role, content) pairs appended after the prompt's messages: the repair loop
  sends the previous answer (assistant) and the checker's findings (user) this way.

What one call does:

1. Render the prompt; the structured-output handler for `settings.spec.structured_method` adapts the
   messages (json_mode adds the schema and the word JSON) and binds the model
   (`ChatOpenAI.with_structured_output(method=…, include_raw=True)`) — a table of handlers, no
   per-provider branches.
2. Look the request up in the store (key = model name, messages, params, schema, method; see
   drafter.cache). A hit returns without any HTTP request.
3. Otherwise, holding a slot of the limiter, call the server. Retries are the openai SDK's own
   (`max_retries`: timeouts, 408/409/429, 5xx, connection errors; exponential backoff with jitter;
   Retry-After / retry-after-ms honoured). drafter only translates what is left into one line: 401/403
   name the base URL and the key's environment variable; a 400 that rejects the structured-output method
   suggests the method to configure; the rest name the status and the retries made.
4. A reasoning model's `<think>…</think>` block before the answer is dropped (its `reasoning_content`
   never reaches drafter: ChatOpenAI does not read it). Output that is not valid JSON or does not fit the
   schema gets one re-ask carrying the parse error; a second failure raises `LLMError` quoting how the
   answer began.
5. Successful answers only are stored (errors never), under the original request's key, with the name,
   version and sha256 of the prompt that asked and the endpoint's host; a hit from another host is not used
   unless `settings.cache_any_endpoint`.
The API key and the secret `params` (drafter.secrets) never appear in the store, in error messages or in any
output: an answer in which the server repeats one (in any case or split by separators) is masked and not stored.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import re
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import openai
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.runnables import Runnable, RunnableLambda
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, ValidationError

from ..cache import NullStore, ResponseStore, SQLiteStore, canonical_json, endpoint_host, request_key
from ..errors import LLMError
from ..models import LLMSettings, StructuredMethod
from ..outputs import Usage
from ..prompts import Prompt
from ..secrets import Redactor, scrub, secret_values, url_secrets

__all__ = ["LLM", "EndpointLimiter", "HANDLERS", "StructuredHandler", "strict_json_schema", "strip_thinking"]

_ROLES = {"system": "system", "human": "user", "ai": "assistant"}
_MESSAGE_TYPES = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
# Words a server uses when it refuses the way we asked for structured output.
_METHOD_WORDS = ("response_format", "json_schema", "json_object", "tool", "function", "structured")
_SUGGEST = {
    StructuredMethod.JSON_SCHEMA: StructuredMethod.FUNCTION_CALLING,
    StructuredMethod.FUNCTION_CALLING: StructuredMethod.JSON_MODE,
    StructuredMethod.JSON_MODE: StructuredMethod.FUNCTION_CALLING,
}


class _ParseFailure(Exception):
    """The model answered, but not with a usable object: carries the raw text for the re-ask."""

    def __init__(self, message: str, raw_text: str):
        super().__init__(message)
        self.raw_text = raw_text


# ---------------------------------------------------------------------------------------------- schemas


def strict_json_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """The pydantic JSON schema in the form strict structured outputs require: every property required,
    no additional properties, no defaults. Our output models declare no optional-by-default fields."""

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: fix(v) for k, v in node.items() if k != "default"}
            if node.get("type") == "object" and "properties" in node:
                node["required"] = list(node["properties"])
                node["additionalProperties"] = False
            return node
        if isinstance(node, list):
            return [fix(v) for v in node]
        return node

    return fix(schema.model_json_schema())


def _schema_name(schema: type[BaseModel]) -> str:
    return schema.__name__


def _schema_description(schema: type[BaseModel]) -> str:
    return (schema.__doc__ or schema.__name__).strip().splitlines()[0]


# --------------------------------------------------------------------------------------------- handlers


@dataclass(frozen=True)
class StructuredHandler:
    """How one structured-output method is asked for and read back."""

    # messages, schema name, JSON schema → the messages to send (json_mode injects the schema here)
    prepare: Callable[[list[BaseMessage], str, dict[str, Any]], list[BaseMessage]]
    # chat model, schema name, description, JSON schema → Runnable returning {"raw", "parsed", "parsing_error"}
    bind: Callable[[ChatOpenAI, str, str, dict[str, Any]], Runnable]


def _unchanged(messages: list[BaseMessage], name: str, js: dict[str, Any]) -> list[BaseMessage]:
    return messages


def _inject_json_instructions(messages: list[BaseMessage], name: str, js: dict[str, Any]) -> list[BaseMessage]:
    # json_object puts no schema in the request, and Qwen/OpenAI require the word JSON in the prompt.
    note = (
        "\n\n输出格式：只输出一个 JSON 对象，不要输出 JSON 以外的任何文字，"
        f"必须符合下面的 JSON Schema（{name}）：\n{json.dumps(js, ensure_ascii=False)}"
    )
    out = list(messages)
    for i, m in enumerate(out):
        if isinstance(m, SystemMessage):
            out[i] = SystemMessage(content=f"{m.content}{note}")
            return out
    return [SystemMessage(content=note.strip()), *out]


def _bind_json_schema(llm: ChatOpenAI, name: str, description: str, js: dict[str, Any]) -> Runnable:
    fmt = {"name": name, "description": description, "schema": js, "strict": True}
    return llm.with_structured_output(fmt, method="json_schema", include_raw=True)


def _bind_function_calling(llm: ChatOpenAI, name: str, description: str, js: dict[str, Any]) -> Runnable:
    tool = {"type": "function", "function": {"name": name, "description": description, "parameters": js}}
    return llm.with_structured_output(tool, method="function_calling", include_raw=True)


def _bind_json_mode(llm: ChatOpenAI, name: str, description: str, js: dict[str, Any]) -> Runnable:
    return llm.with_structured_output(None, method="json_mode", include_raw=True)


HANDLERS: dict[StructuredMethod, StructuredHandler] = {
    StructuredMethod.JSON_SCHEMA: StructuredHandler(_unchanged, _bind_json_schema),
    StructuredMethod.FUNCTION_CALLING: StructuredHandler(_unchanged, _bind_function_calling),
    StructuredMethod.JSON_MODE: StructuredHandler(_inject_json_instructions, _bind_json_mode),
}


def _raw_text(raw: AIMessage | None) -> str:
    if raw is None:
        return ""
    if raw.tool_calls:
        return json.dumps(raw.tool_calls[0]["args"], ensure_ascii=False)
    if raw.invalid_tool_calls:
        return str(raw.invalid_tool_calls[0].get("args") or "")
    return raw.content if isinstance(raw.content, str) else json.dumps(raw.content, ensure_ascii=False)


def _extract(result: dict[str, Any], schema: type[BaseModel]) -> BaseModel:
    """include_raw output → a validated instance, or _ParseFailure with the reason and the raw text."""
    raw: AIMessage | None = result.get("raw")
    parsed, error = result.get("parsed"), result.get("parsing_error")
    text = _raw_text(raw)
    if raw is not None and not raw.tool_calls and not raw.invalid_tool_calls:
        # LangChain's JSON parser completes truncated JSON (partial mode); a cut-off answer must not pass.
        text = strip_thinking(text)
        parsed, error = _strict_json(text)
    if parsed is None and error is None and raw is not None and raw.invalid_tool_calls:
        error = raw.invalid_tool_calls[0].get("error") or "工具调用参数不是有效的 JSON"
    if error is not None:
        raise _ParseFailure(f"{str(error).splitlines()[0][:300]}；回答开头：“{_opening(text)}”", text)
    if not isinstance(parsed, dict):
        raise _ParseFailure(f"应为 JSON 对象，得到 {type(parsed).__name__}", text)
    try:
        return schema.model_validate(parsed)
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors()[:5])
        raise _ParseFailure(f"不符合输出格式：{problems}", text) from None


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)
# Reasoning models served without a reasoning parser (vLLM, Ollama, some gateways) put their thinking in the content.
_THINK = re.compile(r"^\s*<(think|thinking|reasoning)>.*?</\1>\s*", re.DOTALL)


def strip_thinking(text: str) -> str:
    """The answer without a leading <think>…</think> block (an unclosed one is left: the answer was cut off)."""
    return _THINK.sub("", text, count=1)


def _opening(text: str, width: int = 40) -> str:
    """How the answer began, on one line: what a parse failure quotes."""
    flat = " ".join(text.split())
    return (flat[:width] + "…") if len(flat) > width else (flat or "（空）")


def _strict_json(text: str) -> tuple[Any, str | None]:
    """Content → JSON, strictly; a ```json fence around it is tolerated (json_mode servers add one)."""
    m = _FENCE.match(text)
    try:
        return json.loads(m[1] if m else text), None
    except json.JSONDecodeError as e:
        return None, f"不是有效的 JSON（{e.msg}，第{e.lineno}行第{e.colno}列）"


def _usage_of(raw: AIMessage | None) -> dict[str, int]:
    meta = getattr(raw, "usage_metadata", None) or {}
    return {"prompt_tokens": int(meta.get("input_tokens", 0)), "completion_tokens": int(meta.get("output_tokens", 0))}


# --------------------------------------------------------------------------------------------- progress


# A request still unanswered after WAIT_NOTICE_AFTER seconds is shown as waiting, again every WAIT_NOTICE_EVERY
# seconds (a terminal's bar is updated every second instead): long enough that quick replies stay quiet.
WAIT_NOTICE_AFTER = 5.0
WAIT_NOTICE_EVERY = 10.0


@dataclass(eq=False)
class _Waiting:
    """One logical request in flight: its step, when it started, which HTTP attempt (the SDK's retries) it is on."""

    step: str
    host: str
    attempts: int  # the most the SDK makes: 1 + max_retries
    started: float = field(default_factory=time.perf_counter)
    attempt: int = 0

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def line(self) -> str:
        return f"等待模型回复 {int(self.seconds)} s（{self.host}，第 {max(self.attempt, 1)}/{self.attempts} 次请求）…"


# The request being sent in this task: the HTTP client's request hook counts its attempts there.
_WAITING: contextvars.ContextVar[_Waiting | None] = contextvars.ContextVar("drafter_waiting", default=None)


async def _count_attempt(request: Any) -> None:
    """httpx request hook: each attempt of a logical request (first try or an SDK retry) passes here."""
    waiting = _WAITING.get()
    if waiting is not None:
        waiting.attempt += 1


class _Progress:
    """What a run shows on stderr while it talks to the model. Off for tests, evals and pipes.

    On a terminal: one rich bar per chain step (description, bar, done/total, elapsed), the step's description
    telling how long its oldest request has waited. Elsewhere (stderr redirected under `drafter -v`): no bar,
    only a plain line at most every WAIT_NOTICE_EVERY seconds while a request waits long — a CI log or a
    `2> log` file shows that the run is not stuck, without a line per request.
    """

    def __init__(self, enabled: bool):
        self._tasks: dict[str, Any] = {}
        self._bar = None
        self._lines = False
        self._waiting: list[_Waiting] = []
        self._ticker: asyncio.Task[None] | None = None
        self._last_line = float("-inf")
        if not enabled:
            return
        import sys

        if not sys.stderr.isatty():
            self._lines = True
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TimeElapsedColumn(), console=Console(stderr=True), transient=False)

    @property
    def enabled(self) -> bool:
        return self._bar is not None or self._lines

    def start(self) -> None:
        if self._bar is not None:
            self._bar.start()

    def stop(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        if self._bar is not None:
            self._bar.stop()

    def begin(self, step: str) -> None:
        if self._bar is None:
            return
        if step not in self._tasks:
            self._tasks[step] = self._bar.add_task(step, total=0)
        task = self._tasks[step]
        self._bar.update(task, total=self._bar.tasks[task].total + 1)

    def end(self, step: str) -> None:
        if self._bar is not None and step in self._tasks:
            self._bar.advance(self._tasks[step])
            self._bar.update(self._tasks[step], description=step)

    def waiting(self, request: _Waiting) -> None:
        """A request was sent; until `answered(request)` it counts as waiting."""
        self._waiting.append(request)
        if self._ticker is None or self._ticker.done():
            self._ticker = asyncio.get_running_loop().create_task(self._tick())

    def answered(self, request: _Waiting) -> None:
        self._waiting.remove(request)

    async def _tick(self) -> None:
        step = min(1.0, WAIT_NOTICE_AFTER, WAIT_NOTICE_EVERY / 2)
        while self._waiting:
            await asyncio.sleep(step)
            long = sorted((w for w in self._waiting if w.seconds >= WAIT_NOTICE_AFTER), key=lambda w: w.started)
            if not long:
                continue
            if self._bar is not None:
                for name, task in self._tasks.items():
                    oldest = next((w for w in long if w.step == name), None)
                    if oldest is not None:
                        self._bar.update(task, description=f"{name} · {oldest.line()}")
            elif time.perf_counter() - self._last_line >= WAIT_NOTICE_EVERY:
                import sys

                others = f"；另有 {len(long) - 1} 个请求在等待" if len(long) > 1 else ""
                print(f"{long[0].step}：{long[0].line()}{others}", file=sys.stderr, flush=True)
                self._last_line = time.perf_counter()


# ---------------------------------------------------------------------------------------------- limiter


class EndpointLimiter:
    """At most `capacity` requests in flight to one endpoint, for coroutines of any event loop in any thread.

    `drafter eval` runs jobs in threads, each with its own event loop and LLM; an asyncio.Semaphore per LLM
    let 3 jobs × 4 slots reach the server at once. One EndpointLimiter per base URL, shared by every LLM
    of the run, keeps the total at the run's --concurrency. Waiters are served first come, first served.
    """

    def __init__(self, capacity: int):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.in_use = 0
        self._lock = threading.Lock()
        self._waiters: deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = deque()

    async def acquire(self) -> None:
        loop = asyncio.get_running_loop()
        with self._lock:
            if self.in_use < self.capacity and not self._waiters:
                self.in_use += 1
                return
            fut: asyncio.Future[None] = loop.create_future()
            self._waiters.append((loop, fut))
        try:
            await fut
        except asyncio.CancelledError:
            with self._lock:
                try:
                    self._waiters.remove((loop, fut))
                    waiting = True
                except ValueError:
                    waiting = False  # release() already handed this waiter the slot
            if not waiting and fut.done() and not fut.cancelled():
                self.release()  # granted, then cancelled before running: give the slot on
            raise

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                loop, fut = self._waiters.popleft()  # the slot passes to it: in_use is unchanged
                loop.call_soon_threadsafe(self._grant, fut)
                return
            self.in_use -= 1

    def _grant(self, fut: asyncio.Future[None]) -> None:
        if fut.cancelled():
            self.release()  # the waiter gave up before the hand-over reached it
        else:
            fut.set_result(None)

    async def __aenter__(self) -> "EndpointLimiter":
        await self.acquire()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.release()


# -------------------------------------------------------------------------------------------------- LLM


class LLM:
    def __init__(
        self,
        settings: LLMSettings,
        *,
        store: ResponseStore | None = None,
        progress: bool | None = None,
        limiter: EndpointLimiter | None = None,
    ):
        self.settings = settings
        self.spec = settings.spec
        if store is None:
            store = SQLiteStore(settings.resolved_cache_path) if settings.use_cache else NullStore()
        self.store = store
        self._progress = _Progress(settings.progress if progress is None else progress)
        self.limiter = limiter or EndpointLimiter(settings.concurrency)
        self._client: Any = None
        self._chat: ChatOpenAI | None = None
        self._started: float | None = None
        self._ended: float | None = None
        self._usage = Usage()
        self.prompts: dict[str, str] = {}  # name → version of every prompt used
        self.prompt_sha256: dict[str, str] = {}  # name → sha256 of its file
        self.requests = 0  # logical requests sent (the SDK's retries of one are not counted), re-asks included
        key = settings.api_key.get_secret_value() if settings.api_key else None
        self._redactor = Redactor([key, *secret_values({"headers": self.spec.headers, **self.spec.params}),
                                   *url_secrets(self.spec.base_url)])
        self._host = endpoint_host(self.spec.base_url)
        self._shown_host = _host_and_port(self.spec.base_url)

    # -- lifecycle

    async def __aenter__(self) -> "LLM":
        self._open()
        self._progress.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _open(self) -> ChatOpenAI:
        if self._chat is None:
            self._started = self._started or time.perf_counter()
            # Our own client (the SDK's class: httpx2 on openai>=3), created inside the running loop: LangChain's shared default client would be
            # reused across event loops (one asyncio.run per CLI call or test) with stale connections.
            self._client = openai.DefaultAsyncHttpxClient(timeout=self.settings.timeout, verify=_ssl_context(),
                                                          event_hooks={"request": [_count_attempt]})
            key = self.settings.api_key.get_secret_value() if self.settings.api_key else "not-needed"
            spec = self.spec
            params = {k: v for k, v in spec.params.items() if k != "extra_body"}
            headers = {**spec.headers, **(params.pop("default_headers", None) or {})}  # params' too, as before
            if spec.max_output_tokens is not None and spec.token_param.value == "max_completion_tokens":
                params["max_tokens"] = spec.max_output_tokens  # ChatOpenAI sends it as max_completion_tokens
            self._chat = ChatOpenAI(
                model=spec.served_name,
                base_url=spec.base_url,
                api_key=key,
                timeout=self.settings.timeout,
                max_retries=self.settings.max_retries,  # the SDK's: backoff with jitter, Retry-After honoured
                use_responses_api=False,
                http_async_client=self._client,
                disabled_params={"parallel_tool_calls": None},
                default_headers=headers or None,
                extra_body=spec.extra_body() or None,
                **params,
            )
        return self._chat

    async def aclose(self) -> None:
        self._progress.stop()
        if self._started is not None and self._ended is None:
            self._ended = time.perf_counter()
        if self._client is not None:
            await self._client.aclose()
            self._client = None
            self._chat = None

    # -- accounting

    @property
    def usage(self) -> Usage:
        wall = 0.0
        if self._started is not None:
            wall = (self._ended or time.perf_counter()) - self._started
        return self._usage.model_copy(update={"wall_seconds": round(wall, 3)})

    def note_prompt(self, prompt: Prompt) -> None:
        """Record a prompt as used (the chains note the repair prompt, which they format themselves)."""
        self.prompts[prompt.name] = prompt.version
        self.prompt_sha256[prompt.name] = prompt.sha256

    # -- public calls

    async def structured(self, prompt: Prompt, variables: dict[str, Any], schema: type[BaseModel], *,
                         step: str, history: Sequence[tuple[str, str]] = ()) -> BaseModel:
        self.note_prompt(prompt)
        return await self.structured_messages(self._messages(prompt, variables, history), schema, step=step,
                                              prompt=prompt)

    async def text(self, prompt: Prompt, variables: dict[str, Any], *, step: str,
                   history: Sequence[tuple[str, str]] = ()) -> str:
        self.note_prompt(prompt)
        return await self.text_messages(self._messages(prompt, variables, history), step=step, prompt=prompt)

    def as_runnable(self, prompt: Prompt, schema: type[BaseModel] | None = None, *, step: str) -> Runnable:
        """LCEL view: `await llm.as_runnable(p, S, step=…).abatch([vars, …])` runs the calls concurrently."""

        async def call(variables: dict[str, Any]) -> Any:
            if schema is None:
                return await self.text(prompt, variables, step=step)
            return await self.structured(prompt, variables, schema, step=step)

        return RunnableLambda(call, name=f"{prompt.name}.{prompt.version}")

    async def structured_messages(self, messages: list[BaseMessage], schema: type[BaseModel], *,
                                  step: str, prompt: Prompt | None = None) -> BaseModel:
        method = self.spec.structured_method
        handler = HANDLERS[method]
        js = strict_json_schema(schema)
        name, description = _schema_name(schema), _schema_description(schema)
        messages = handler.prepare(messages, name, js)
        request = self._request(messages, method=method.value, schema={"name": name, "schema": js})
        key = request_key(request)
        self._progress.begin(step)
        try:
            hit = self._usable(self.store.get(key))
            if hit is not None:
                try:
                    result = schema.model_validate(hit["output"])
                except (ValidationError, KeyError, TypeError):
                    result = None  # a record from an older schema: ask again and overwrite it
                if result is not None:
                    self._usage.cache_hits += 1
                    return result

            def runnable() -> Runnable:
                return handler.bind(self._open(), name, description, js)

            out = await self._call(runnable, messages, step)
            usage = _usage_of(out.get("raw"))
            try:
                result = _extract(out, schema)
            except _ParseFailure as failure:
                # One re-ask carrying the parse error; the failed answer itself is never stored.
                retry = [*messages, AIMessage(content=failure.raw_text[:4000] or "（空）"),
                         HumanMessage(content=f"上一次的输出无法使用：{failure}。请重新输出完整结果，只输出符合要求的 JSON。")]
                out = await self._call(runnable, retry, step)
                more = _usage_of(out.get("raw"))
                usage = {k: usage[k] + more[k] for k in usage}
                try:
                    result = _extract(out, schema)
                except _ParseFailure as second:
                    raise LLMError(self._redact(
                        f"{self.spec.base_url}: 模型 {self.spec.served_name} 两次输出都不符合 {name} 格式（{step}：{second}）"
                        f" / malformed structured output after one re-ask"
                    )) from None
            output = result.model_dump(mode="json")
            if self._redactor.found(canonical_json(output)):  # the server repeated a secret: mask it, keep nothing
                return schema.model_validate_json(self._redactor(json.dumps(output, ensure_ascii=False)))
            self.store.put(key, {"kind": "structured", "output": output, "usage": usage,
                                 "model": self.spec.served_name, "step": step, "endpoint": self._host,
                                 "request": request, **_prompt_record(prompt)})
            return result
        finally:
            self._progress.end(step)

    async def text_messages(self, messages: list[BaseMessage], *, step: str, prompt: Prompt | None = None) -> str:
        request = self._request(messages, method="text", schema=None)
        key = request_key(request)
        self._progress.begin(step)
        try:
            hit = self._usable(self.store.get(key))
            if hit is not None and isinstance(hit.get("output"), str):
                self._usage.cache_hits += 1
                return hit["output"]
            raw = await self._call(lambda: self._open(), messages, step)
            text = strip_thinking(raw.content if isinstance(raw.content, str) else _raw_text(raw))
            if self._redactor.found(text):  # the server repeated a secret: mask it, keep nothing
                return self._redactor(text)
            self.store.put(key, {"kind": "text", "output": text, "usage": _usage_of(raw),
                                 "model": self.spec.served_name, "step": step, "endpoint": self._host,
                                 "request": request, **_prompt_record(prompt)})
            return text
        finally:
            self._progress.end(step)

    # -- internals

    def _messages(self, prompt: Prompt, variables: dict[str, Any],
                  history: Sequence[tuple[str, str]]) -> list[BaseMessage]:
        messages = prompt.format_messages(variables)
        messages.extend(_MESSAGE_TYPES[role](content=content) for role, content in history)
        return messages

    def _request(self, messages: list[BaseMessage], *, method: str, schema: dict[str, Any] | None) -> dict[str, Any]:
        """The content that decides the answer — and only that (no URL, port, key or retry settings)."""
        return {
            "model": self.spec.served_name,
            "params": json.loads(canonical_json(scrub(self.spec.wire_params()))),
            "method": method,
            "schema": schema,
            "messages": [{"role": _ROLES.get(m.type, m.type), "content": m.content} for m in messages],
        }

    async def _call(self, runnable: Callable[[], Runnable], messages: list[BaseMessage], step: str) -> Any:
        """One logical request (the SDK retries it); returns the runnable's output (AIMessage or include_raw dict)."""
        bound = runnable()  # binding a schema costs ms of CPU: done once, and outside the limiter's slots
        retries = self.settings.max_retries
        try:
            async with self.limiter:
                self.requests += 1
                out = await self._waiting_for(bound.ainvoke(messages), step)
        except TimeoutError:  # the run's overall deadline (--deadline), not one request's timeout
            raise self._past_deadline() from None
        except (json.JSONDecodeError, openai.APIResponseValidationError):  # a proxy's HTML page with 200
            raise LLMError(self._redact(
                f"{self.spec.base_url}: 接口返回的内容不是 JSON（不是 OpenAI 兼容接口？请检查 --base-url）"
                " / the reply is not JSON: is this an OpenAI-compatible endpoint?")) from None
        except (openai.AuthenticationError, openai.PermissionDeniedError) as e:
            raise LLMError(self._redact(
                f"{self.spec.base_url}: 认证失败（HTTP {e.status_code}），请检查环境变量 {self.settings.api_key_env}"
                f" 中的 API key / authentication failed: check ${self.settings.api_key_env}"
            )) from None
        except openai.BadRequestError as e:
            raise self._bad_request(e) from None
        except openai.NotFoundError as e:
            raise LLMError(self._redact(
                f"{self.spec.base_url}: 接口或模型“{self.spec.served_name}”不存在（HTTP 404：{_server_message(e)}）"
                " / endpoint or model not found: check --base-url and --model"
            )) from None
        except openai.APIStatusError as e:
            tried = f"，重试 {retries} 次后仍失败 / gave up after {retries} retries" if _retryable_status(e.status_code) \
                else " / request failed"
            raise LLMError(self._redact(
                f"{self.spec.base_url}: 请求失败（HTTP {e.status_code}：{_server_message(e)}）{tried}")) from None
        except openai.APIConnectionError as e:  # APITimeoutError included
            raise LLMError(self._redact(
                f"{self.spec.base_url}: {_describe(e)}，重试 {retries} 次后仍失败 / gave up after {retries} retries"
            )) from None
        raw = out.get("raw") if isinstance(out, dict) else out
        usage = _usage_of(raw)
        self._usage.calls += 1
        self._usage.prompt_tokens += usage["prompt_tokens"]
        self._usage.completion_tokens += usage["completion_tokens"]
        return out

    async def _waiting_for(self, call: Any, step: str) -> Any:
        """Await one request within the run's deadline; while it waits long, the progress display says so."""
        if not self._progress.enabled:
            return await asyncio.wait_for(call, self._remaining())
        waiting = _Waiting(step, self._shown_host, attempts=self.settings.max_retries + 1)
        token = _WAITING.set(waiting)  # copied into the request's task: the HTTP hook counts attempts there
        self._progress.waiting(waiting)
        try:
            return await asyncio.wait_for(call, self._remaining())
        finally:
            _WAITING.reset(token)
            self._progress.answered(waiting)

    def _remaining(self) -> float | None:
        """Seconds left before the run's deadline (None: no deadline)."""
        if self.settings.deadline is None:
            return None
        started = self._started or time.perf_counter()
        return max(self.settings.deadline - (time.perf_counter() - started), 0.001)

    def _past_deadline(self, last: str = "") -> LLMError:
        why = f"（最后一次：{last}）" if last else ""
        return LLMError(self._redact(
            f"{self.spec.base_url}: 超过本次运行的总时限 {self.settings.deadline:g} 秒{why}，已停止"
            f"（可用 --deadline 或模型配置的 deadline: 调整）/ the run's deadline of {self.settings.deadline:g} s passed"))

    def _bad_request(self, e: openai.BadRequestError) -> LLMError:
        message = _server_message(e)
        method = self.spec.structured_method
        if any(w in message.lower() for w in _METHOD_WORDS):
            better = _SUGGEST[method].value
            return LLMError(self._redact(
                f"{self.spec.base_url}: 服务端不接受结构化输出方式 {method.value}（{message}）；"
                f"请改用 --structured-method {better}，或在 models.yaml 中为 {self.spec.name} 设置 structured_method: {better}"
                f" / server rejects {method.value}, use {better}"
            ))
        return LLMError(self._redact(f"{self.spec.base_url}: 请求被拒绝（HTTP 400：{message}）/ bad request"))

    def _redact(self, text: str) -> str:
        return self._redactor(text)

    def _usable(self, hit: dict[str, Any] | None) -> dict[str, Any] | None:
        """A cached answer is used only for the host that gave it. Recordings (replay) carry no endpoint."""
        if hit is None or "endpoint" not in hit or self.settings.cache_any_endpoint:
            return hit
        return hit if hit["endpoint"] == self._host else None


@lru_cache(maxsize=1)
def _ssl_context() -> ssl.SSLContext:
    """Loading the CA bundle takes ~50 ms; one context serves every client of the process."""
    return ssl.create_default_context()


def _host_and_port(base_url: str) -> str:
    """The endpoint as a progress line names it: host and port, never a user, password or path."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(base_url)
        return f"{parts.hostname}:{parts.port}" if parts.port else (parts.hostname or base_url)
    except ValueError:
        return "?"


def _retryable_status(status: int | None) -> bool:
    """The statuses the openai SDK retries."""
    return status is None or status in (408, 409, 429) or status >= 500


def _prompt_record(prompt: Prompt | None) -> dict[str, Any]:
    """What a stored answer says about the prompt that asked: name, version, sha256 of the file."""
    return {"prompt": {"name": prompt.name, "version": prompt.version, "sha256": prompt.sha256}} if prompt else {}


def _server_message(e: openai.APIStatusError) -> str:
    body = e.body
    if isinstance(body, dict):
        err = body["error"] if isinstance(body.get("error"), dict) else body
        if err.get("message"):
            return str(err["message"]).splitlines()[0][:300]
    return str(e.message).splitlines()[0][:300]


def _describe(e: Exception) -> str:
    if isinstance(e, openai.APITimeoutError):
        return "请求超时 / timed out"
    if isinstance(e, openai.APIConnectionError):
        return "无法连接 / connection failed"
    if isinstance(e, openai.APIStatusError):
        return f"HTTP {e.status_code}"
    return type(e).__name__
