"""The ``boiduong`` command line: a first-class door into the same services as the GUI."""
