"""Entry point of the ``boiduong`` command: no subcommand starts the GUI, anything else is the CLI.

Kept here (the top layer) so that app/ never imports Qt; the CLI path never loads Qt either."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

BUNDLE_SUFFIX = ".bdsync"  # sync bundles (the installers associate it with the app)


def _command_and_db(args: list[str]) -> tuple[str | None, str | None]:
    """The subcommand (first word that is not an option) and the --db value, without argparse
    exiting on a command's own missing arguments."""
    command = db = None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--db" and i + 1 < len(args):
            db = args[i + 1]
            i += 2
            continue
        if arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        elif not arg.startswith("-") and command is None:
            command = arg
        i += 1
    return command, db


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli.main import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    # A double-clicked sync bundle: Windows and the Linux .desktop entry start "boiduong FILE.bdsync";
    # "boiduong bundle import X.bdsync" is the CLI's.
    open_file = None
    rest = args
    if args and args[-1].lower().endswith(BUNDLE_SUFFIX) and Path(args[-1]).is_file():
        open_file, rest = Path(args[-1]).resolve(), args[:-1]
    command, db = _command_and_db(rest)
    if command is None and not any(a in ("-h", "--help", "--version") for a in rest):
        from ui.gui import run_gui

        return run_gui(db_path=db, open_file=open_file)
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
