"""Entry point of the frozen app (PyInstaller): the same as the ``boiduong`` command."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
