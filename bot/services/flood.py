"""Per-member flood control: one account sending a hundred messages a second is slowed down,
everybody else is answered as usual."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

BURST = 12  # messages accepted at once: a member pasting a few questions in a row
RATE = 1.0  # messages a second accepted after the burst
ACCOUNTS = 50_000  # buckets kept at most (about 16 MB): the accounts seen most recently


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float
    warned: bool = False


@dataclass
class FloodGuard:
    """A token bucket per Telegram account. `admit` says whether to answer this update, and
    whether to tell the member (once per flood) that they are going too fast.

    Buckets are kept from the least to the most recently seen account. One left alone for
    burst/rate seconds has refilled: it is dropped, a new one would be the same. Beyond
    `accounts` buckets (a flood of new accounts within that time), the least recently seen
    is dropped too: that account starts again with a full burst, and memory stays bounded."""

    burst: int = BURST
    rate: float = RATE
    clock: Callable[[], float] = time.monotonic
    accounts: int = ACCOUNTS
    _buckets: OrderedDict[int, _Bucket] = field(default_factory=OrderedDict)
    _sweep_at: float = float("-inf")  # when the least recently seen bucket has refilled

    @classmethod
    def unlimited(cls) -> FloodGuard:
        """For a local user (the console, a script on --jsonl, a test): nobody to protect."""
        return cls(burst=1 << 30)

    def admit(self, user_id: int) -> tuple[bool, bool]:
        now = self.clock()
        if now >= self._sweep_at:
            self._forget(now)
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = _Bucket(float(self.burst), now)
            if len(self._buckets) > self.accounts:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(user_id)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.at) * self.rate)
        bucket.at = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return True, False
        warn = not bucket.warned
        bucket.warned = True
        return False, warn

    def _forget(self, now: float) -> None:
        """Drop the buckets refilled by now, from the least recently seen (each bucket is
        dropped once), and note when to look again."""
        full_after = self.burst / self.rate
        buckets = self._buckets
        while buckets:
            oldest = next(iter(buckets.values()))
            if now - oldest.at < full_after:
                self._sweep_at = oldest.at + full_after
                return
            buckets.popitem(last=False)
        self._sweep_at = now + full_after
