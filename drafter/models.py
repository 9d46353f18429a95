"""Models as data: which OpenAI-compatible endpoint, under which name, with which structured-output method.

Built-in entries ship in `drafter/data/models.yaml`; the user's `$DRAFTER_HOME/models.yaml` (same format)
adds entries or overrides built-ins by name, and may name a `default:` model. Nothing here branches on
the provider: a provider's quirks are fields of its entry (`structured_method`, `params`).

    resolve_settings(model, base_url, structured_method, no_cache, concurrency, repair_rounds)
        -> LLMSettings | None      # None: no model given or configured → the offline engine

A model name that is in no models file still works with `--base-url` (users serve models under their
own names); its method then defaults to json_schema and `--structured-method` overrides it.
The key comes from DRAFTER_API_KEY, else the entry's `api_key_env`, else OPENAI_API_KEY; it is held as a
`SecretStr` and never written anywhere.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from .errors import InputError, UsageError
from .home import drafter_home

BUILTIN_MODELS = Path(__file__).parent / "data" / "models.yaml"
DEFAULT_CONTEXT_WINDOW = 32768
KEY_ENVS = ("DRAFTER_API_KEY", "OPENAI_API_KEY")
# A run's overall limit when neither --deadline nor the entry's `deadline:` sets one. A slow model writing three
# sections and two repair rounds needs a few minutes; without a limit an endpoint that accepts and never answers
# holds the run for 5 × 120 s per request (the SDK's retries). Raise it per model in the models file.
DEFAULT_DEADLINE = 900.0


class StructuredMethod(str, Enum):
    """How the server is made to answer in the schema — the `method` of LangChain's with_structured_output."""

    JSON_SCHEMA = "json_schema"  # response_format {"type": "json_schema"} (OpenAI, vLLM, Ollama ≥ 0.5)
    FUNCTION_CALLING = "function_calling"  # a named tool the model must call (DeepSeek, most servers)
    JSON_MODE = "json_mode"  # response_format {"type": "json_object"}; schema and the word JSON go in the prompt


class TokenParam(str, Enum):
    """The request field that limits the answer's length: OpenAI renamed max_tokens, many servers did not."""

    MAX_TOKENS = "max_tokens"
    MAX_COMPLETION_TOKENS = "max_completion_tokens"


# How each provider turns thinking (reasoning before the answer) on or off: request-body fields.
THINKING_SWITCHES: dict[str, Any] = {
    "deepseek": lambda on: {"thinking": {"type": "enabled" if on else "disabled"}},  # DeepSeek V4, V3.2
    "qwen": lambda on: {"enable_thinking": on},  # DashScope compatible mode, Qwen3 / Qwen-Plus
    "chat_template": lambda on: {"chat_template_kwargs": {"enable_thinking": on}},  # vLLM / SGLang serving Qwen3
}


RESERVED_PARAMS = {"model", "base_url", "api_key", "timeout", "max_retries", "http_async_client", "http_client",
                   "deadline", "use_responses_api", "disabled_params"}


def base_url_problem(url: str) -> str | None:
    """Why a base URL cannot be an OpenAI-compatible endpoint, or None: only http(s) with a host."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        host, parts = None, None
    if parts is None or parts.scheme not in ("http", "https") or not host:
        return (f"base_url 应为 http:// 或 https:// 开头的接口地址，如 http://127.0.0.1:8000/v1（当前“{url[:80]}”）"
                f" / base_url must be an http(s) URL")
    return None


class ModelSpec(BaseModel):
    """One entry of a models file."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="what the user passes to --model")
    aliases: list[str] = Field(default_factory=list, description="other names for --model (old provider names)")
    model: str | None = Field(None, description="name sent to the server; defaults to `name`")
    base_url: str
    context_window: int = Field(DEFAULT_CONTEXT_WINDOW, gt=0)
    structured_method: StructuredMethod = StructuredMethod.JSON_SCHEMA
    api_key_env: str | None = None
    thinking: bool | None = Field(None, description="turn the model's thinking on or off; None: server default")
    thinking_switch: Literal["deepseek", "qwen", "chat_template"] | None = Field(
        None, description="how this provider's request says it (see THINKING_SWITCHES)")
    max_output_tokens: int | None = Field(None, gt=0, description="cap on the answer's tokens")
    token_param: TokenParam = Field(TokenParam.MAX_COMPLETION_TOKENS,
                                    description="the field that carries max_output_tokens on the wire")
    headers: dict[str, str] = Field(default_factory=dict, description="extra HTTP headers for every request")
    params: dict[str, Any] = Field(default_factory=dict, description="extra request parameters, e.g. temperature")
    timeout: float | None = Field(None, gt=0, description="seconds per HTTP request (default 120)")
    deadline: float | None = Field(None, gt=0, description="seconds for the whole run, retries included")
    notes: str = ""
    source: str = Field("built-in", description="file the entry came from, or 'command line'")

    @model_validator(mode="after")
    def _switch_for_thinking(self) -> "ModelSpec":
        if self.thinking is not None and self.thinking_switch is None:
            raise ValueError("设置 thinking 时需同时给出 thinking_switch（deepseek | qwen | chat_template）")
        return self

    @field_validator("base_url")
    @classmethod
    def _http_only(cls, v: str) -> str:
        problem = base_url_problem(v)
        if problem:
            raise ValueError(problem)
        return v

    @field_validator("params")
    @classmethod
    def _no_client_settings(cls, v: dict[str, Any]) -> dict[str, Any]:
        taken = sorted(set(v) & RESERVED_PARAMS)
        if taken:
            raise ValueError(f"params 中不能写 {', '.join(taken)}：timeout、deadline 请写成条目自己的字段"
                             f" / {', '.join(taken)} cannot be a param")
        return v

    @property
    def served_name(self) -> str:
        return self.model or self.name

    def extra_body(self) -> dict[str, Any]:
        """Request-body fields beyond the OpenAI ones: params.extra_body, the thinking switch, max_tokens."""
        body = dict(self.params.get("extra_body") or {})
        if self.thinking is not None and self.thinking_switch is not None:
            body.update(THINKING_SWITCHES[self.thinking_switch](self.thinking))
        if self.max_output_tokens is not None and self.token_param is TokenParam.MAX_TOKENS:
            body["max_tokens"] = self.max_output_tokens  # ChatOpenAI itself always sends max_completion_tokens
        return body

    def wire_params(self) -> dict[str, Any]:
        """Every parameter that changes the answer, as sent: part of the cache key."""
        params = {k: v for k, v in self.params.items() if k != "extra_body"}
        if self.max_output_tokens is not None and self.token_param is TokenParam.MAX_COMPLETION_TOKENS:
            params["max_completion_tokens"] = self.max_output_tokens
        body = self.extra_body()
        if body:
            params["extra_body"] = body
        return params


class LLMSettings(BaseModel):
    """Everything the LLM layer needs for one run. The key is a SecretStr: repr and dumps show '**********'."""

    spec: ModelSpec
    api_key: SecretStr | None = None
    api_key_env: str = Field("DRAFTER_API_KEY", description="the variable to name in an authentication error")
    use_cache: bool = True
    concurrency: int = Field(4, ge=1)
    repair_rounds: int = Field(2, ge=0)
    timeout: float = Field(120.0, gt=0, description="seconds per HTTP request")
    deadline: float | None = Field(DEFAULT_DEADLINE, gt=0, description="seconds for the whole run, retries included")
    max_retries: int = Field(4, ge=0, description="the openai SDK's retries after timeouts, 408/409/429, 5xx and "
                             "connection errors (exponential backoff with jitter, Retry-After honoured)")
    progress: bool = True
    cache_path: Path | None = Field(None, description="SQLite file; default $DRAFTER_HOME/cache.sqlite3")
    cache_any_endpoint: bool = Field(False, description="use cached answers whatever host gave them")

    @property
    def resolved_cache_path(self) -> Path:
        return self.cache_path or drafter_home() / "cache.sqlite3"


class ModelsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    default: str | None = None
    models: list[ModelSpec] = Field(default_factory=list)


def user_models_path() -> Path:
    return drafter_home() / "models.yaml"


def _read_models_file(path: Path, label: str | None = None) -> ModelsFile:
    from .load import parse_data_text
    from .safefile import read_bytes

    try:  # a regular file within DRAFTER_MAX_CONFIG_MB, never a FIFO or /dev/zero
        text = read_bytes(path, "config").decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "模型配置不是 UTF-8 文本 / the models file is not UTF-8 text") from None
    data = (parse_data_text(path, text) if text.strip() else None) or {}
    if not isinstance(data, dict):
        raise InputError(path, "顶层应为 models: 列表 / top level must be a mapping with `models:`")
    if not isinstance(data.get("models", []), list):
        raise InputError(path, "models 应为列表 / `models:` must be a list", where="models")
    for entry in data.get("models") or []:
        if isinstance(entry, dict):
            entry.setdefault("source", label or str(path))
    try:
        return ModelsFile.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        msg = str(first.get("ctx", {}).get("error", first["msg"]))
        raise InputError(path, f"模型配置无效 / invalid models entry: {msg}", where=where) from None


def load_models() -> tuple[dict[str, ModelSpec], str | None]:
    """Built-in entries overlaid with the user's; returns (name → spec, the user's default name)."""
    specs = {m.name: m for m in _read_models_file(BUILTIN_MODELS, "built-in").models}
    default = None
    user = user_models_path()
    if user.exists() or user.is_symlink():  # a folder, FIFO or device there is refused by the reader
        mine = _read_models_file(user)
        specs.update({m.name: m for m in mine.models})
        default = mine.default
    return specs, default


def find_model(specs: dict[str, ModelSpec], name: str) -> ModelSpec | None:
    """By name, else by alias (an entry's own name always wins over another entry's alias)."""
    if name in specs:
        return specs[name]
    return next((s for s in specs.values() if name in s.aliases), None)


def _api_key(spec: ModelSpec) -> tuple[SecretStr | None, str]:
    envs = ["DRAFTER_API_KEY"] + ([spec.api_key_env] if spec.api_key_env else []) + ["OPENAI_API_KEY"]
    for env in dict.fromkeys(envs):
        value = os.environ.get(env, "").strip()
        if value:
            return SecretStr(value), env
    return None, spec.api_key_env or "DRAFTER_API_KEY"


def resolve_settings(
    model: str | None = None,
    base_url: str | None = None,
    structured_method: str | StructuredMethod | None = None,
    no_cache: bool = False,
    concurrency: int | None = None,
    repair_rounds: int | None = None,
    **overrides: Any,
) -> LLMSettings | None:
    """The run's LLM settings from options, DRAFTER_MODEL and the models files; None when none is configured.

    `overrides` set any other LLMSettings field (timeout, max_retries, progress, cache_path …).
    """
    specs, default = load_models()
    if base_url is not None and (problem := base_url_problem(base_url)):  # at once: no request, no retries
        raise UsageError(f"--base-url: {problem}")
    name = model or os.environ.get("DRAFTER_MODEL", "").strip() or default
    if not name:
        if base_url:
            raise UsageError("--base-url 需要同时指定 --model（服务端的模型名）/ --base-url needs --model")
        return None
    method = None
    if structured_method is not None:
        try:
            method = StructuredMethod(structured_method)
        except ValueError:
            allowed = " | ".join(m.value for m in StructuredMethod)
            raise UsageError(f"--structured-method 应为 {allowed} / got “{structured_method}”") from None
    spec = find_model(specs, name)
    if spec is None:
        if not base_url:
            known = "、".join(sorted(specs))
            raise UsageError(
                f"未配置的模型“{name}”：请加 --base-url 指向其 OpenAI 兼容服务，或在 {user_models_path()} 中配置"
                f"（已配置：{known}）/ unknown model, give --base-url or add it to the models file"
            )
        spec = ModelSpec(name=name, base_url=base_url, source="command line")
    elif base_url:
        spec = spec.model_copy(update={"base_url": base_url})
    if method is not None:
        spec = spec.model_copy(update={"structured_method": method})
    key, env = _api_key(spec)
    fields: dict[str, Any] = {"spec": spec, "api_key": key, "api_key_env": env, "use_cache": not no_cache}
    fields.update({k: v for k in ("timeout", "deadline") if (v := getattr(spec, k)) is not None})
    if concurrency is not None:
        fields["concurrency"] = concurrency
    if repair_rounds is not None:
        fields["repair_rounds"] = repair_rounds
    fields.update({k: v for k, v in overrides.items() if v is not None or k not in ("timeout", "deadline")})
    try:
        return LLMSettings(**fields)
    except ValidationError as e:
        first = e.errors()[0]
        raise UsageError(f"LLM 设置无效 / invalid setting {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
