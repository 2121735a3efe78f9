"""PySide6 user interface. Talks only to app/ services; never builds a query."""
