# OMS Desktop — common tasks. Every task first runs scripts/bootstrap.sh, which sets up
# system packages (as root), .venv and the project in it; it does nothing when all is in place.
#
#   make run   [ARGS="..."]         open the app (ARGS go to oms-desktop); a new shop starts with a short
#                                   wizard that offers demo data
#   make translations               update resources/translations (lupdate, then lrelease)
#   make test  [PYTEST_ARGS="..."]  run the tests, on every core (PYTEST_ARGS="-n 0" for one process)
#   make lint                       ruff check, ruff format --check, mypy
#   make bench [ARGS="..."]         oms-desktop bench
#   make package                    build the app: a folder dist/oms-desktop/ to copy to a shop's computer
#   make clean                      remove .venv and caches

VENV        := .venv
BIN         := $(VENV)/bin
ARGS        ?=
# Each file's tests stay on one worker, so a module's server or big shop is made once.
PYTEST_ARGS ?= -n auto --dist loadfile

.PHONY: bootstrap run test lint bench package translations clean

bootstrap:
	@bash scripts/bootstrap.sh

# On the first start the window's first-run wizard asks for the shop's details and offers demo data
# (ticked by default), so nothing is filled in before the window opens.
run: bootstrap
	$(BIN)/oms-desktop $(ARGS)

test: bootstrap
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Runs all three checks, then fails if any of them failed.
lint: bootstrap
	@status=0; \
	$(BIN)/ruff check . || status=1; \
	$(BIN)/ruff format --check . || status=1; \
	$(BIN)/mypy || status=1; \
	exit $$status

bench: bootstrap
	$(BIN)/oms-desktop bench $(ARGS)

# packaging/build.sh installs the `package` extra (pyinstaller) into .venv when it is missing, then builds.
package: bootstrap
	bash packaging/build.sh

# Exits non-zero while some entry still lacks its translation.
translations: bootstrap
	$(BIN)/python scripts/translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
