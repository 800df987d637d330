# OMS Desktop — common tasks. Every task first runs scripts/bootstrap.sh, which sets up
# system packages (as root), .venv and the project in it; it does nothing when all is in place.
#
#   make run   [ARGS="..."]         open the app, with demo data on the first start (ARGS go to oms-desktop)
#   make test  [PYTEST_ARGS="..."]  run the tests
#   make lint                       ruff check, ruff format --check, mypy
#   make bench [ARGS="..."]         oms-desktop bench
#   make package                    build the app: a folder dist/oms-desktop/ to copy to a shop's computer
#   make clean                      remove .venv and caches

VENV        := .venv
BIN         := $(VENV)/bin
ARGS        ?=
PYTEST_ARGS ?=

.PHONY: bootstrap run test lint bench package clean

bootstrap:
	@bash scripts/bootstrap.sh

# On the first start the database is filled with a demo shop (about a minute), then the window opens.
run: bootstrap
	@$(BIN)/oms-desktop demo --if-empty --orders 800
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

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
