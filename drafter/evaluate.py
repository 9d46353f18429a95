"""Kept importable while callers move to `drafter.evals` (the package holding suites, runs, metrics,
baselines and reports)."""

from .evals import *  # noqa: F403
from .evals import __all__  # noqa: F401
