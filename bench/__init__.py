"""Benchmarks: seeded volume, measured against a real server. Not part of `make test`."""
