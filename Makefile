# The two commands a newcomer needs are `make run` and `make test`; the rest are helpers.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
LANGS := -l es -l fr -l pt -l ar
PORT ?= 8000

.PHONY: run test install messages compilemessages lint format migrate demo bench stack mutation lock ci

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	touch $@

install: $(VENV)/.installed

compilemessages: install
	$(MANAGE) compile_catalogues -v 0

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate compilemessages
	$(MANAGE) load_demo

run: demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install compilemessages lint
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=website.settings.test $(BIN)/pytest -n auto $(PYTEST_ARGS)

# Regenerate the catalogues from the source (locked: several people may run it at once).
messages: install
	flock locale/.lock $(MANAGE) makemessages $(LANGS) --no-location --no-obsolete \
		--ignore=$(VENV) --ignore=bench --ignore=tests

bench: install
	$(BIN)/python -m bench

# The production topology on loopback (deploy/stack.py) with the demo content, until Ctrl-C.
stack: install compilemessages
	$(BIN)/python -m deploy.stack

# Mutation testing (not part of `make test`): every module of [tool.mutation.modules] in
# pyproject.toml, or only those named, e.g. `make mutation MODULES=grants/ranking.py`; JOBS
# modules run side by side, each in its own copy of the tree; WORKERS mutants of one module
# at a time (for a module alone: JOBS=1 WORKERS=2).
JOBS ?= 2
WORKERS ?= 1
mutation: install compilemessages
	DJANGO_SETTINGS_MODULE=website.settings.test $(BIN)/python -m mutation --jobs $(JOBS) --workers $(WORKERS) $(MODULES)

lock: install
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes \
		--quiet -o requirements.lock
