# The two commands a new machine needs:
#   make demo   install, migrate an embedded SQLite database, load demo data, serve on 127.0.0.1:8000
#   make test   install and run the whole test suite (what .ci/run calls)
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lint services browser serve clean bench

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)
	@bash scripts/vendor_static.sh

demo: install
	$(BIN)/ttdn demo --host 127.0.0.1 --port 8000

serve: install
	$(BIN)/ttdn serve --host 127.0.0.1 --port 8000

services:
	@bash scripts/ensure_services.sh

browser:
	@bash scripts/ensure_browser.sh
	@bash scripts/ensure_fonts.sh

lint: install
	$(BIN)/ruff check ttdn tests bench
	$(BIN)/mypy ttdn
	$(BIN)/ruff format --check ttdn tests bench || true

test: install services browser
	$(BIN)/ruff check ttdn tests bench
	$(BIN)/mypy ttdn
	$(BIN)/python manage.py makemigrations --check --dry-run >/dev/null
	$(BIN)/pytest -n 2 --dist loadfile -m "not slow and not pg_only"
	@echo "== the same backend-sensitive tests (marked postgres) against PostgreSQL =="
	TTDN_DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn $(BIN)/pytest -n 2 --dist loadfile -m "(postgres or pg_only) and not slow"

bench: install
	$(BIN)/python bench/bench_import.py
	$(BIN)/python bench/bench_search.py

clean:
	rm -rf $(VENV) node_modules ttdn/static/vendor var
