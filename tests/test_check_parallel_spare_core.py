"""`drafter check` splits a large text over two processes only when a core is free: on a busy two-core machine the
second process waits for the first and the split costs its overhead (+20 % CPU) for nothing."""

from __future__ import annotations

import os

from drafter.check import parallel


def test_a_machine_with_an_idle_core_checks_in_two_processes(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.4, 0.8, 1.0))
    assert parallel.verb_jobs() == 2


def test_a_busy_machine_checks_in_one_process(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (1.6, 1.2, 1.0))
    assert parallel.verb_jobs() == 1


def test_a_single_core_checks_in_one_process(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert parallel.verb_jobs() == 1


def test_a_platform_without_a_load_average_still_splits_when_it_has_two_cores(monkeypatch):
    def no_load():
        raise OSError("no load average")
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    monkeypatch.setattr(os, "getloadavg", no_load)
    assert parallel.verb_jobs() == 2
