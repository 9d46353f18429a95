"""Kept importable while callers move to `drafter.domain.problems` (problem detection every engine shares)."""

from .domain.problems import *  # noqa: F403
from .domain.problems import (PROJECT_EXECUTION_FLOOR, Problem, ProblemKind, detect_problems,  # noqa: F401
                              narratives, states_problem)
