"""One package per page of the main window."""
