# Two commands for a new machine with Python 3.11: `make demo` and `make test`.
# Both create .venv if missing, install the pinned dependencies and write profiles.yml.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := tests/fixtures/sample
TEST_WAREHOUSE := target/test-warehouse/build.duckdb
# Two councils fed by a CMS: generated extracts (lcs for 940, mosaic for 941), whose return is
# derived for the sample's years.
CMS_SAMPLE := target/cms-sample
CMS_YEARS := --vars '{ssda903_years: [2024-25, 2025-26]}'

.PHONY: bootstrap private-folders bootstrap-spark oracle demo test test-dbt-then-python test-python test-dbt test-spark test-spark-duckdb test-spark-spark lint clean

# pip installs uv (pinned in requirements.lock), and uv the rest: the same pins in about 10 s
# instead of 45. uv, unlike pip, leaves the packages uncompiled unless told
# (--compile-bytecode): then every process compiles what it imports, each time where Python may
# not write its bytecode (PYTHONDONTWRITEBYTECODE, a read-only venv), about a second per dbt
# invocation and three for one that imports Great Expectations.
UV_INSTALL := uv pip install --quiet --compile-bytecode

$(STAMP): pyproject.toml requirements.lock
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock uv
	$(BIN)/$(UV_INSTALL) --python $(BIN)/python -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

profiles.yml:
	cp profiles.example.yml profiles.yml

# dbt opens its log (which can quote a value from the data, and holds what `dbt show` prints)
# and target/ before the owner-only plugin runs: the folders are made owner-only first, so what
# dbt writes into them is private whatever the shell's file mask.
private-folders:
	@mkdir -p logs target && chmod 700 logs target

bootstrap: $(STAMP) profiles.yml private-folders

# The reference validator (csc-validator-be-903) in its own venv, every package pinned in
# requirements-oracle.lock: it needs pandas<2.
oracle: bootstrap
	$(BIN)/python -c "from cic_lab.oracle.venv import ensure; ensure()"

# One nightly run over the demo extracts: the bundled 903 sample (LAs 886, 316) and generated
# CMS extracts (lcs for 940, mosaic for 941). It lands them, gates them, loads the ONS
# postcodes, builds, exports and checks every return, publishes the marts and writes the report.
# The demo's councils are registered in tests/fixtures/demo_councils.csv (a council's own
# registry is seeds/reference/councils.csv, the default).
DEMO_EXTRACTS := target/demo-extracts

demo: bootstrap $(CMS_SAMPLE)
	rm -rf $(DEMO_EXTRACTS) && mkdir -p $(DEMO_EXTRACTS)/ssda903 $(DEMO_EXTRACTS)/lcs $(DEMO_EXTRACTS)/mosaic
	cp -r $(SAMPLE)/886 $(SAMPLE)/316 $(DEMO_EXTRACTS)/ssda903/
	cp -r $(CMS_SAMPLE)/lcs/940 $(DEMO_EXTRACTS)/lcs/
	cp -r $(CMS_SAMPLE)/mosaic/941 $(DEMO_EXTRACTS)/mosaic/
	$(BIN)/cic nightly --extracts $(DEMO_EXTRACTS) --registry tests/fixtures/demo_councils.csv
	@echo
	@echo "Build file:  $${CIC_WAREHOUSE:-warehouse/build.duckdb} (dbt's; do not point dashboards at it)"
	@echo "Published:   warehouse/published/cic.duckdb (open read-only), parquet/, exports/<la>/<year>/"
	@echo "Report:      warehouse/published/report.html (opens offline)"
	@echo "Data Docs:   target/data_docs/index.html (the Great Expectations suites)"
	@echo "Run log:     warehouse/logs/nightly-<run>.json"
	@echo "dbt docs:    $(BIN)/dbt docs generate --profiles-dir . && $(BIN)/dbt docs serve --profiles-dir ."

# The whole suite: lint beside (in parallel with) the rest: the reference validator's venv and
# the CMS sample, then the dbt build with every data and unit test on the sample, then pytest.
# Lint's dbt templater compiles into its own target folder.
test: bootstrap
	$(MAKE) --no-print-directory -j2 lint test-dbt-then-python

test-dbt-then-python: oracle $(CMS_SAMPLE)
	$(MAKE) --no-print-directory test-dbt
	$(MAKE) --no-print-directory test-python

# Two workers; a module's tests stay on one, slow modules first (tests/python/conftest.py).
test-python: bootstrap oracle
	$(BIN)/pytest -n 2 --dist loadgroup --no-loadscope-reorder

# The sample's build writes no manifest.json or run_results.json (--no-write-json): nothing
# reads them, writing them takes seconds, and target/ keeps those of your own builds.
test-dbt: bootstrap $(CMS_SAMPLE)
	rm -rf $(dir $(TEST_WAREHOUSE))
	@for dir in $(SAMPLE)/*/*/; do \
		la=$$(basename $$(dirname $$dir)); year=$$(basename $$dir); \
		CIC_WAREHOUSE=$(TEST_WAREHOUSE) $(BIN)/cic land $$dir --la $$la --year $$year > /dev/null || exit $$?; \
	done
	CIC_WAREHOUSE=$(TEST_WAREHOUSE) $(BIN)/cic land $(CMS_SAMPLE)/lcs/940 --source lcs --la 940 > /dev/null
	CIC_WAREHOUSE=$(TEST_WAREHOUSE) $(BIN)/cic land $(CMS_SAMPLE)/mosaic/941 --source mosaic --la 941 > /dev/null
	CIC_WAREHOUSE=$(TEST_WAREHOUSE) $(BIN)/cic reference postcodes
	CIC_WAREHOUSE=$(TEST_WAREHOUSE) $(BIN)/dbt build --profiles-dir . $(CMS_YEARS) --no-write-json --warn-error-options '{"error": ["NoNodesForSelectionCriteria"]}'

# Generated again when the generator or anything it reads changes (as cic-lab bench does).
GENERATOR_INPUTS := $(shell find scripts contracts seeds -type f -not -path '*/__pycache__/*' -not -path '*.egg-info/*')

$(CMS_SAMPLE): $(STAMP) $(GENERATOR_INPUTS)
	rm -rf $(CMS_SAMPLE)
	$(BIN)/cic-lab generate --out $(CMS_SAMPLE) --tier small --years 2024-25,2025-26 --seed 1 --sources lcs,mosaic > /dev/null

# The same project on Spark (dbt-spark in session mode: a local Spark inside the dbt process).
# Its own venv, .venv-spark: pyspark is large and most users never need it. Java comes from the
# distribution (Debian/Ubuntu: apt-get install openjdk-17-jre-headless).
SPARK_VENV := .venv-spark
SPARK_BIN := $(SPARK_VENV)/bin
SPARK_STAMP := $(SPARK_VENV)/.installed
SPARK_TEST := target/test-spark
SPARK_TEST_WAREHOUSE := $(SPARK_TEST)/build.duckdb

$(SPARK_STAMP): pyproject.toml requirements.lock requirements-spark.lock
	@command -v java >/dev/null 2>&1 || { echo "Spark needs Java (8, 11 or 17) on PATH; on Debian or Ubuntu: apt-get install openjdk-17-jre-headless" >&2; exit 2; }
	@test -d $(SPARK_VENV) || $(PYTHON) -m venv $(SPARK_VENV)
	$(SPARK_BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock uv
	$(SPARK_BIN)/$(UV_INSTALL) --python $(SPARK_BIN)/python -c requirements.lock -r requirements-spark.lock -e .
	@touch $(SPARK_STAMP)

bootstrap-spark: $(SPARK_STAMP) profiles.yml

# Everything runs from .venv-spark (the project is installed there too), .venv is not needed.
# The sample (test-dbt's inputs) landed once into DuckDB and published as Parquet for Spark
# (cic spark-raw), then built on both engines (every model, data test and unit test), then every
# mart compared row by row: what the published_marts exposure of dbt's manifest names (its views
# as the Spark build writes them to $(SPARK_TEST)/spark/views at its end) and every other table
# of its schemas (the analytics facts; --every-table compares every table of the build). It
# runs the profile of profiles.example.yml, whatever profiles.yml
# holds. Spark's state (warehouse, scratch) stays under $(SPARK_TEST)/spark; its catalog is
# in memory: one dbt invocation on a fresh folder needs no Derby metastore and its round trips.
# The DuckDB and Spark builds run side by side.
test-spark: bootstrap-spark
	@test -d $(CMS_SAMPLE) || $(SPARK_BIN)/cic-lab generate --out $(CMS_SAMPLE) --tier small --years 2024-25,2025-26 --seed 1 --sources lcs,mosaic > /dev/null
	rm -rf $(SPARK_TEST)
	mkdir -p $(SPARK_TEST)/profiles $(SPARK_TEST)/spark/tmp
	cp profiles.example.yml $(SPARK_TEST)/profiles/profiles.yml
	@for dir in $(SAMPLE)/*/*/; do \
		la=$$(basename $$(dirname $$dir)); year=$$(basename $$dir); \
		CIC_WAREHOUSE=$(SPARK_TEST_WAREHOUSE) $(SPARK_BIN)/cic land $$dir --la $$la --year $$year > /dev/null || exit $$?; \
	done
	CIC_WAREHOUSE=$(SPARK_TEST_WAREHOUSE) $(SPARK_BIN)/cic land $(CMS_SAMPLE)/lcs/940 --source lcs --la 940 > /dev/null
	CIC_WAREHOUSE=$(SPARK_TEST_WAREHOUSE) $(SPARK_BIN)/cic land $(CMS_SAMPLE)/mosaic/941 --source mosaic --la 941 > /dev/null
	CIC_WAREHOUSE=$(SPARK_TEST_WAREHOUSE) $(SPARK_BIN)/cic reference postcodes
	CIC_WAREHOUSE=$(SPARK_TEST_WAREHOUSE) CIC_SPARK_DIR=$(CURDIR)/$(SPARK_TEST)/spark $(SPARK_BIN)/cic spark-raw
	$(MAKE) --no-print-directory -j2 test-spark-duckdb test-spark-spark
	$(SPARK_BIN)/cic-lab spark-compare --duckdb $(SPARK_TEST_WAREHOUSE) --spark-warehouse $(SPARK_TEST)/spark/warehouse --manifest $(SPARK_TEST)/dbt-duckdb/manifest.json --spark-views $(SPARK_TEST)/spark/views

test-spark-duckdb:
	CIC_WAREHOUSE=$(SPARK_TEST_WAREHOUSE) $(SPARK_BIN)/dbt build --profiles-dir $(SPARK_TEST)/profiles --target dev $(CMS_YEARS) --target-path $(SPARK_TEST)/dbt-duckdb --log-path $(SPARK_TEST)/logs-duckdb --warn-error-options '{"error": ["NoNodesForSelectionCriteria"]}' > $(SPARK_TEST)/build-duckdb.log || { tail -40 $(SPARK_TEST)/build-duckdb.log; exit 1; }
	@tail -1 $(SPARK_TEST)/build-duckdb.log

# Spark's own log lines (a warning per statement) go to a file, not the console. Its scratch
# files hold child-level data too: the JVM inherits an owner-only file-creation mask.
test-spark-spark:
	umask 077 && CIC_SPARK_DIR=$(CURDIR)/$(SPARK_TEST)/spark CIC_SPARK_CATALOG=in-memory CIC_SPARK_VIEW_DIR=$(CURDIR)/$(SPARK_TEST)/spark/views SPARK_LOCAL_IP=127.0.0.1 $(SPARK_BIN)/dbt build --profiles-dir $(SPARK_TEST)/profiles --target spark $(CMS_YEARS) --target-path $(SPARK_TEST)/dbt-spark --log-path $(SPARK_TEST)/logs-spark > $(SPARK_TEST)/build-spark.log 2> $(SPARK_TEST)/spark-stderr.log || { tail -40 $(SPARK_TEST)/build-spark.log; exit 1; }
	@tail -1 $(SPARK_TEST)/build-spark.log

# sqlfluff in two passes (cic-lab lint-sql): the files with SQL of their own as .sqlfluff says
# (the dbt templater), the files that are one macro call with the Jinja templater, which does not
# expand the call: sqlfluff drops every finding inside an expansion, but expanding took most of
# its time. `sqlfluff lint models tests/dbt` finds the same, in longer.
lint: bootstrap
	$(BIN)/ruff check scripts tests/python
	$(BIN)/ruff format --check scripts tests/python
	$(BIN)/mypy
	DBT_TARGET_PATH=target/lint DBT_LOG_PATH=logs/lint $(BIN)/cic-lab lint-sql models tests/dbt

clean:
	rm -rf target logs exports warehouse
