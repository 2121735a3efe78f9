"""Application core: domain services, import/export, PDF, sync, CLI. Never imports Qt."""

__version__ = "0.1.0"
