"""News dataset builder: raw dumps of news pages in, validated Parquet tables out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("news-dataset-builder")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
