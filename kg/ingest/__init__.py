"""Read a report file: bytes → text → portal chrome stripped → metadata (ReportText)."""

from kg.ingest.report import read_report

__all__ = ["read_report"]
