# pressroom — `make run` to try it, `make test` to check it. `make help` lists the rest.

PYTHON ?= python3
PORT ?= 8000
# The address readers use: the links pages give of themselves name it.
export PRESSROOM_BASE_URL ?= http://127.0.0.1:$(PORT)
# The pid file and control socket of the process supervisor (supervisorctl -c supervisord.conf).
RUN_DIR ?= $(or $(PRESSROOM_DATA_DIR),var)/run
VENV := .venv
BIN := $(VENV)/bin
SETTINGS ?= pressroom.settings.production
MANAGE := DJANGO_SETTINGS_MODULE=$(SETTINGS) $(BIN)/python manage.py
TEST_ENV := DJANGO_SETTINGS_MODULE=pressroom.settings.test
UV_SYNC := UV_PROJECT_ENVIRONMENT=$(VENV) $(BIN)/uv sync --frozen --inexact --quiet
CATALOGS := $(wildcard pressroom/locale/*/LC_MESSAGES/django.po)
COMPILED := $(CATALOGS:.po=.mo)

.DEFAULT_GOAL := help
.PHONY: help run test bench lint format messages clean compile-catalogs export export

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "uv>=0.13,<0.14"

$(VENV)/.run-deps: pyproject.toml uv.lock | $(BIN)/uv
	@echo "  Python packages …"
	@started=$$(date +%s); $(UV_SYNC) --no-dev && echo "  Python packages installed in $$(( $$(date +%s) - started )) s"
	@touch $@

$(VENV)/.dev-deps: pyproject.toml uv.lock | $(BIN)/uv
	$(UV_SYNC)
	@touch $@ $(VENV)/.run-deps

%.mo: %.po | $(VENV)/.run-deps
	@$(BIN)/pybabel --quiet compile -D django -i $< -o $@

compile-catalogs: $(COMPILED)

run: $(VENV)/.run-deps $(COMPILED) ## set up everything and serve the site on http://127.0.0.1:$(PORT)
	@echo "Setting up pressroom at $(PRESSROOM_BASE_URL)/"
	@$(MANAGE) prepare_site
	@echo ""
	@echo "  pressroom is at   $(PRESSROOM_BASE_URL)/"
	@echo "  campaign page     $(PRESSROOM_BASE_URL)/bg/cohesion/  (and /en/cohesion/)"
	@echo "  media centre      $(PRESSROOM_BASE_URL)/bg/media/     (and /en/media/)"
	@echo "  editors' admin    $(PRESSROOM_BASE_URL)/admin/"
	@echo "  Ctrl-C stops the server, the background worker and the scheduler."
	@echo ""
	@mkdir -p "$(RUN_DIR)"
	@PORT=$(PORT) PRESSROOM_RUN_DIR="$(abspath $(RUN_DIR))" DJANGO_SETTINGS_MODULE=$(SETTINGS) \
		exec $(BIN)/supervisord --nodaemon --configuration supervisord.conf

test: $(VENV)/.dev-deps $(COMPILED) ## run the checks and the test suite (PostgreSQL when DATABASE_URL is set)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(TEST_ENV) $(BIN)/python manage.py check --fail-level WARNING
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)

bench: $(VENV)/.dev-deps $(COMPILED) ## run the benchmarks on throwaway databases and print their figures
	$(BIN)/python -m bench

export: $(VENV)/.run-deps $(COMPILED) ## write the public site as files into DIR (make export DIR=/srv/site)
	@test -n "$(DIR)" || (echo "make export DIR=/folder/for/the/site" && exit 2)
	@$(MANAGE) export "$(DIR)"

lint: $(VENV)/.dev-deps ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev-deps ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(VENV)/.dev-deps ## extract new UI strings into all 24 catalogs
	$(TEST_ENV) $(BIN)/python manage.py makemessages --all --no-location --no-obsolete \
		-i ".venv/*" -i "var/*" -i "tests/*"

clean: ## remove the virtual environment (the data in var/ stays)
	rm -rf $(VENV)
