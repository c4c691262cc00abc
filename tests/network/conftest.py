"""The network stories (`sections`, `member` and `other_member` are in tests/conftest.py,
shared with the browser tests; each test starts with an empty cache there)."""
