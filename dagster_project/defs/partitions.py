"""One dynamic partition per raw file, keyed by its path relative to RAW_DIR."""

import dagster as dg

raw_files = dg.DynamicPartitionsDefinition(name="raw_files")
