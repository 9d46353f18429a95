"""Error types. Each message is one line a finance officer can act on; the CLI maps them to exit codes."""

from __future__ import annotations


class DrafterError(Exception):
    """Base class: `str(err)` is the single line shown to the user."""

    exit_code = 2


class InputError(DrafterError):
    """Bad input: names the file and, where known, the field path or line."""

    def __init__(self, path: object, message: str, where: str | None = None):
        self.path = str(path)
        self.where = where
        self.detail = message
        loc = f"{self.path}" + (f" [{where}]" if where else "")
        super().__init__(f"{loc}: {message}")


class UsageError(DrafterError):
    """A wrong option or combination of options."""


class OutputExistsError(DrafterError):
    def __init__(self, path: object):
        super().__init__(f"{path}: 文件已存在，未覆盖（如需覆盖请加 --force） / file exists, use --force to overwrite")


class LLMError(DrafterError):
    """The model endpoint failed in a way retrying does not fix."""


class UnsupportedNumbersError(DrafterError):
    """Raised only by callers that want an exception instead of a report: numbers not traceable to sources."""

    exit_code = 1
