"""`python -m mutation [MODULE ...]` (or `make mutation`): mutation testing of the domain modules
with cosmic-ray, each module against its own tests (`[tool.mutation.modules]` in
pyproject.toml), and the kill rate printed per module.

cosmic-ray changes the module it mutates in place, so the run works in a throwaway copy of the
tree: an interrupted run never leaves a mutant in the working copy. A survivor is either
listed as equivalent in docs/mutation.md (with the reason) or fails the run; so does a module
under the kill rate, or a listed survivor that is now killed (the note must be kept true)."""

import argparse
import compileall
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import TestOutcome

ROOT = Path(__file__).resolve().parent.parent
# Mutants run on the SQLite file database of mutation/settings.py, whatever the shell names.
ENVIRONMENT = {
    **{key: value for key, value in os.environ.items() if key != "DATABASE_URL"},
    "DJANGO_SETTINGS_MODULE": "mutation.settings",
}
NOTE = ROOT / "docs" / "mutation.md"
# Each module's last cosmic-ray session is kept here, so `--report` can judge it again against
# the note (after a survivor is listed, say) without mutating anything.
RESULTS = ROOT / ".mutation-results"
# The note's section of equivalent survivors, and one row of its table:
# | module | line | operator | why |
SECTION = "## Survivors judged equivalent"
ROW = re.compile(r"^\|\s*(\S+\.py)\s*\|\s*(\d+)\s*\|\s*(\S+)\s*\|(.+)\|\s*$")


def settings():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mutation"]


def equivalents():
    """{(module, line, operator): reason} from the note's section of equivalent survivors."""
    found, in_section = {}, False
    for line in NOTE.read_text().splitlines():
        if line.startswith("## "):
            in_section = line == SECTION
        match = ROW.match(line) if in_section else None
        if match:
            module, number, operator, reason = match.groups()
            found[(module, int(number), operator)] = reason.strip()
    return found


def copy_of_tree():
    """The project's files (committed or not, less what git ignores), its compiled catalogues
    and a link to its virtualenv, in a new temporary folder."""
    target = Path(tempfile.mkdtemp(prefix="mutation-"))
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\0")
    catalogues = [str(path.relative_to(ROOT)) for path in ROOT.glob("locale/*/LC_MESSAGES/*.mo")]
    for name in filter(None, listed + catalogues):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / ".venv").symlink_to(ROOT / ".venv")
    # Mutants' test runs write no bytecode (cosmic-ray sets PYTHONDONTWRITEBYTECODE), so the
    # unchanged modules are compiled here once; a mutated file is newer than its bytecode.
    compileall.compile_dir(target, quiet=2, workers=1)
    return target


def migrated_database(tree):
    """Run the migrations once into the file database of mutation/settings.py and keep it as
    the template each mutant's tests start from (mutation/fresh_db.py)."""
    folder = tree / ".mutation"
    folder.mkdir()
    script = (
        "import django; django.setup(); from django.db import connection; "
        "connection.creation.create_test_db(verbosity=0, keepdb=True, serialize=False)"
    )
    subprocess.run([sys.executable, "-c", script], cwd=tree, env=ENVIRONMENT, check=True)
    (folder / "test.sqlite3").rename(folder / "template.sqlite3")


def config_for(module, tests, options, worker_urls=()):
    command = " ".join(
        [
            f"{sys.executable} -m pytest -x -q -p no:cacheprovider -p no:logging",
            "--ds=mutation.settings --reuse-db -p mutation.fresh_db",
            "--basetemp=.pytest -m 'not browser'",
            *tests,
        ]
    )
    return "\n".join(
        [
            "[cosmic-ray]",
            f'module-path = "{module}"',
            f"timeout = {float(options.get('timeout', 900))}",
            "excluded-modules = []",
            f'test-command = "{command}"',
            "[cosmic-ray.distributor]",
            f'name = "{"http" if worker_urls else "local"}"',
            "[cosmic-ray.distributor.http]",
            f"worker-urls = {list(worker_urls)!r}",
            "",
        ]
    )


def saved_session(module):
    return RESULTS / (module.replace("/", "_").removesuffix(".py") + ".sqlite")


def run_module(module, tests, options, tree, worker_urls=()):
    """Mutate `module` in `tree` (or, given `worker_urls`, in the trees of those `Workers`),
    keep the session (`saved_session`) and return its results."""
    session = tree / saved_session(module).name
    config = session.with_suffix(".toml")
    config.write_text(config_for(module, tests, options, worker_urls))
    tool = [Path(sys.executable).parent / "cosmic-ray"]
    for step in (["init", config, session], ["baseline", config]):
        subprocess.run([*tool, *step], cwd=tree, env=ENVIRONMENT, check=True)
    if worker_urls:
        tool = [sys.executable, "-c", WITHOUT_HTTP_DEADLINE]
    subprocess.run([*tool, "exec", config, session], cwd=tree, env=ENVIRONMENT, check=True)
    RESULTS.mkdir(exist_ok=True)
    shutil.copyfile(session, saved_session(module))
    return results_of(saved_session(module))


# cosmic-ray's HTTP distributor waits for a worker's answer with aiohttp's default deadline of
# five minutes, then counts the mutant as abnormal (neither killed nor survived) and queues the
# next one behind it; a mutant that runs every listed file on a loaded machine takes longer.
# The deadline is lifted: the worker's own timeout (`timeout` above) still ends a stuck mutant.
WITHOUT_HTTP_DEADLINE = (
    "import sys, aiohttp.client as c; c.DEFAULT_TIMEOUT = c.ClientTimeout(total=None); "
    "from cosmic_ray.cli import cli; sys.argv[0] = 'cosmic-ray'; cli()"
)


class Workers:
    """`count` cosmic-ray HTTP workers, each in a copy of the tree of its own with its own
    database, on free loopback ports, for the duration of a `with`: one module's mutants then
    run `count` at a time (cosmic-ray mutates the file in place, so they cannot share a tree)."""

    def __init__(self, count):
        self.count, self.running = count, []

    def __enter__(self):
        try:
            for _ in range(self.count):
                self.running.append(self._started())
            for _tree, _process, url in self.running:
                wait_for(url)
        except BaseException:
            self.__exit__()  # no worker or copy of the tree outlives a failed start
            raise
        return [url for _tree, _process, url in self.running]

    def _started(self):
        tree = copy_of_tree()
        migrated_database(tree)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        tool = Path(sys.executable).parent / "cosmic-ray"
        process = subprocess.Popen(
            [tool, "http-worker", "--port", str(port)], cwd=tree, env=ENVIRONMENT
        )
        return tree, process, f"http://127.0.0.1:{port}"

    def __exit__(self, *exc):
        for tree, process, _url in self.running:
            process.terminate()
            process.wait()
            shutil.rmtree(tree, ignore_errors=True)


def wait_for(url, seconds=60):
    """Until a worker answers at `url` (with any HTTP status: it only takes POSTs)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1)
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
        else:
            return


def results_of(session):
    """[(line, operator, result)], one per mutant of a cosmic-ray session."""
    with use_db(str(session), WorkDB.Mode.open) as db:
        return [
            (item.mutations[0].start_pos[0], item.mutations[0].operator_name, result)
            for item, result in db.completed_work_items
        ]


def report(module, results, known):
    """Print the module's figures; return the problems found."""
    killed = sum(result.test_outcome == TestOutcome.KILLED for _l, _o, result in results)
    incompetent = sum(result.test_outcome == TestOutcome.INCOMPETENT for _l, _o, result in results)
    survivors = [(line, op, r) for line, op, r in results if r.test_outcome == TestOutcome.SURVIVED]
    equivalent = [(line, op) for line, op, _r in survivors if (module, line, op) in known]
    judged = len(results) - incompetent - len(equivalent)
    rate = killed / judged if judged else 1.0
    print(
        f"{module}: {killed} of {judged} killed ({rate:.0%}); "
        f"{len(equivalent)} equivalent, {incompetent} not runnable, {len(results)} mutants",
        flush=True,
    )
    problems = []
    for line, operator, result in survivors:
        if (module, line, operator) not in known:
            problems.append(f"{module}:{line} {operator} survived\n{result.diff}")
    surviving = {(module, line, op) for line, op, _r in survivors}
    for key in known:
        if key[0] == module and key not in surviving:
            problems.append(f"{key[0]}:{key[1]} {key[2]} is listed in docs/mutation.md but killed")
    if rate < settings().get("kill_rate", 0.9):
        problems.append(f"{module}: kill rate {rate:.0%} is under the target")
    return problems


def run_in_own_tree(module, tests, options, workers=1):
    """Mutate `module` in a copy of the tree of its own, so that modules can run side by side;
    with `workers` over 1, its mutants run that many at a time, each worker in its own copy."""
    tree = copy_of_tree()
    try:
        migrated_database(tree)
        if workers <= 1:
            return run_module(module, tests, options, tree)
        with Workers(workers) as urls:
            return run_module(module, tests, options, tree, urls)
    finally:
        shutil.rmtree(tree, ignore_errors=True)


def arguments():
    parser = argparse.ArgumentParser(prog="python -m mutation", description=__doc__)
    parser.add_argument("modules", nargs="*", help="modules of [tool.mutation.modules]")
    parser.add_argument(
        "--jobs", type=int, default=1, help="modules mutated side by side (one per core)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="mutants of one module tested side by side (one per core), for a module alone",
    )
    parser.add_argument(
        "--report",
        action="store_true",
        help="judge each module's last saved run again against docs/mutation.md, mutating nothing",
    )
    return parser.parse_args()


def main():
    options = settings()
    modules = options["modules"]
    given = arguments()
    chosen = given.modules or list(modules)
    unknown = [name for name in chosen if name not in modules]
    if unknown:
        sys.exit(f"Not configured in [tool.mutation.modules]: {', '.join(unknown)}")
    known = equivalents()
    problems = []
    if given.report:
        for name in chosen:
            if saved_session(name).exists():
                problems += report(name, results_of(saved_session(name)), known)
            else:
                problems.append(f"{name}: no saved run in {RESULTS.name}/")
        for problem in problems:
            print(problem)
        sys.exit(1 if problems else 0)
    with ThreadPoolExecutor(max_workers=max(1, given.jobs)) as pool:
        runs = {
            pool.submit(run_in_own_tree, name, modules[name], options, given.workers): name
            for name in chosen
        }
        for run in as_completed(runs):
            problems += report(runs[run], run.result(), known)
    for problem in problems:
        print(problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
