"""Figures the benchmarks share."""

from __future__ import annotations

import statistics


def percentiles(samples_ns: list[int]) -> tuple[float, float, float]:
    """p50, p95 and p99 of durations in nanoseconds, in milliseconds."""
    cuts = statistics.quantiles(samples_ns, n=100, method="inclusive")
    return cuts[49] / 1e6, cuts[94] / 1e6, cuts[98] / 1e6
