# Recovery Desk. The two commands that matter: `make demo` and `make test`.
# Both set up what they need on first use (.venv with the locked dependencies,
# Qt's system libraries) and are quick once it is there.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Outer limit for the whole test suite (hung Qt tests must not hang CI).
TEST_TIMEOUT ?= 45m
PYTEST_ARGS ?=
SCREENSHOT_ARGS ?=

export PYTHONDONTWRITEBYTECODE := 1

.DEFAULT_GOAL := help
.PHONY: help demo test lint typecheck test-py test-ui-x11 screenshots readme-images translations \
        serve client bench lock installer clean system-deps system-deps-x11

help: ## list the commands
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): requirements-dev.lock pyproject.toml
	@PYTHON=$(PYTHON) VENV=$(VENV) sh .ci/venv.sh
	@touch $@

system-deps:
	@sh .ci/system-deps.sh

system-deps-x11:
	@sh .ci/system-deps.sh --x11

demo: $(STAMP) system-deps ## seeded demo server on temporary SQLite; user and agent windows side by side
	@$(BIN)/python -m ui.demo

serve: $(STAMP) ## run only the server (RECOVERY_* variables configure it)
	@$(BIN)/recovery-server serve

client: $(STAMP) system-deps ## run only the client (SERVER=http://host:port)
	@$(BIN)/recovery-app $(if $(SERVER),--server $(SERVER),)

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check recovery_app ui tests build_installer.py
	$(BIN)/ruff format --check recovery_app ui tests build_installer.py

typecheck: $(STAMP) ## mypy --strict on recovery_app
	$(BIN)/mypy

test-py: $(STAMP) system-deps ## the pytest suite, offscreen
	QT_QPA_PLATFORM=offscreen timeout --kill-after=30s $(TEST_TIMEOUT) \
		$(BIN)/pytest $(PYTEST_ARGS)

test-ui-x11: $(STAMP) system-deps-x11 ## the UI tests again, in real windows under Xvfb
	QT_QPA_PLATFORM=xcb timeout --kill-after=30s $(TEST_TIMEOUT) \
		xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" \
		$(BIN)/pytest -m ui $(PYTEST_ARGS)

test: lint typecheck test-py test-ui-x11 ## everything: lint, types, tests offscreen and under Xvfb

screenshots: $(STAMP) system-deps ## every page of every area, each language and theme → screenshots/ (SCREENSHOT_ARGS="--only-lang de")
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots --out screenshots $(SCREENSHOT_ARGS)

readme-images: $(STAMP) system-deps ## the README's three pictures (English, light, 1366x768) → docs/images/
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.readme_images --out docs/images

translations: $(STAMP) ## refresh .ts files from the sources and rebuild .qm files
	$(BIN)/python -m ui.i18n_build

bench: $(STAMP) system-deps ## performance figures beside same-run baselines → bench-results/
	$(if $(P4_MESSAGES),P4_MESSAGES=$(P4_MESSAGES) ,)$(BIN)/python -m tests.bench $(BENCH)

lock: ## re-resolve dependencies from pyproject.toml into the lock files
	sh .ci/lock.sh

installer: $(STAMP) system-deps-x11 ## build, smoke-test and pack client+server (.tar.gz) and client (.deb) into dist/
	$(BIN)/python build_installer.py

clean: ## remove the virtual environment and build output
	rm -rf $(VENV) build dist screenshots .pytest_cache .mypy_cache .ruff_cache
