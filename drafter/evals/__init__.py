"""Evals: suites, runs, metrics, baselines, reports."""
