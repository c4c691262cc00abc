"""`python -m bench` (or `make bench`): run every benchmark module in this folder in turn."""

import importlib
import pkgutil
import sys
from pathlib import Path


def main():
    names = sys.argv[1:] or sorted(
        info.name
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not info.name.startswith("_") and info.name != "common"
    )
    for name in names:
        print(f"== bench.{name}", flush=True)
        importlib.import_module(f"bench.{name}").main()


if __name__ == "__main__":
    main()
