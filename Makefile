# The two commands of the README's quick start: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STORE ?= igr-store

.PHONY: demo test bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

demo: $(VENV)/.installed
	$(VENV)/bin/igr build examples/demo --store $(STORE)
	$(VENV)/bin/igr stats --store $(STORE)

test: $(VENV)/.installed
	$(PY) -m pytest

bench: $(VENV)/.installed
	$(PY) bench/extraction.py
	$(PY) bench/sparql_load.py
	$(PY) bench/views.py

clean:
	rm -rf $(VENV) $(STORE)
