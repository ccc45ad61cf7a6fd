import time
from types import SimpleNamespace

import pytest
from django.core.cache import caches

from archive import middleware


@pytest.fixture
def one_rate_window(monkeypatch):
    """The rate limiter's clock stands still at the start of a window: a slow test's requests
    would otherwise straddle a window boundary, and the new window's count would start again."""
    start = 1_800_000_000.0  # a multiple of 3,600, so the start of every window the tests use
    clock = SimpleNamespace(time=lambda: start, monotonic=time.monotonic)
    monkeypatch.setattr(middleware, "time", clock)
    caches[middleware.RATE_LIMIT_CACHE].clear()  # no count left from another test's window
