"""Benchmark material: a deterministic synthetic corpus of meeting reports (no Django)."""
