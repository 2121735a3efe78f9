# Bồi dưỡng — developer and user entry points. `make help` lists them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.DEFAULT_GOAL := help
.PHONY: help setup run demo test test-fast lint typecheck bench translations installer installer-check clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 18

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

setup: $(STAMP) ## create .venv and install the app with its dev tools

run: $(STAMP) ## start the app on the database in the user data dir
	$(BIN)/boiduong

demo: $(STAMP) ## start the app on realistic demo data (a separate database, created on first use)
	@db="$$($(BIN)/python -c 'from app.paths import demo_db_path; print(demo_db_path())')"; \
	  [ -s "$$db" ] || $(BIN)/boiduong --db "$$db" demo; \
	  $(BIN)/boiduong --db "$$db"

test: $(STAMP) ## run the whole test suite (offscreen)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP) ## ruff and mypy
	$(BIN)/ruff check app ui db tests installers
	$(BIN)/ruff format --check app ui db tests installers
	$(BIN)/mypy

translations: $(STAMP) ## update resources/translations/*.ts from ui/ and build the .qm files
	$(BIN)/python -m ui.app_labels
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations relative -target-language en $$(find ui -name '*.py' | sort) \
	    -ts resources/translations/boiduong_en.ts
	$(BIN)/pyside6-lrelease -nounfinished resources/translations/boiduong_en.ts -qm resources/translations/boiduong_en.qm
	$(BIN)/pyside6-lrelease -nounfinished resources/translations/qtbase_vi.ts -qm resources/translations/qtbase_vi.qm

INSTALLER_STAMP := $(VENV)/.installer
$(INSTALLER_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[installer]'
	@touch $@

installer: $(INSTALLER_STAMP) ## build the app for this OS: dist/boiduong/ (+ a tarball on Linux)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	    installers/boiduong.spec
	@if [ "$$(uname -s)" = Linux ]; then $(BIN)/python installers/package_linux.py; fi

installer-check: installer ## build, then run the built app: demo, check, GUI offscreen; size and start time
	$(BIN)/python installers/check_bundle.py dist/boiduong

bench: $(STAMP) ## benchmarks on province-size data; prints ratios, never fails on time
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
