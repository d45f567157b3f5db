"""Per-member flood control: one account sending a hundred messages a second is slowed down,
everybody else is answered as usual."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

BURST = 12  # messages accepted at once: a member pasting a few questions in a row
RATE = 1.0  # messages a second accepted after the burst


@dataclass
class _Bucket:
    tokens: float
    at: float
    warned: bool = False


@dataclass
class FloodGuard:
    """A token bucket per Telegram account. `admit` says whether to answer this update, and
    whether to tell the member (once per flood) that they are going too fast."""

    burst: int = BURST
    rate: float = RATE
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[int, _Bucket] = field(default_factory=dict)

    @classmethod
    def unlimited(cls) -> FloodGuard:
        """For a local user (the console, a script on --jsonl, a test): nobody to protect."""
        return cls(burst=1 << 30)

    def admit(self, user_id: int) -> tuple[bool, bool]:
        now = self.clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return True, False
        warn = not bucket.warned
        bucket.warned = True
        return False, warn
