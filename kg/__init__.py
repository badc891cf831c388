"""fazhi-kg: a knowledge graph of 法治政府建设年度报告 (annual reports on law-based government)."""

__version__ = "0.1.0"
