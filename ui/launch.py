"""Entry point of the ``boiduong`` command: no subcommand starts the GUI, anything else is the CLI.

Kept here (the top layer) so that app/ never imports Qt; the CLI path never loads Qt either."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

BUNDLE_SUFFIX = ".bdsync"  # sync bundles (the installers associate it with the app)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli.main import build_parser
    from app.cli.main import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    # A double-clicked sync bundle: Windows and the Linux .desktop entry start "boiduong FILE.bdsync".
    open_file = None
    if args and args[-1].lower().endswith(BUNDLE_SUFFIX) and Path(args[-1]).is_file():
        open_file = Path(args.pop()).resolve()
    parsed, _unknown = build_parser().parse_known_args(args)
    if getattr(parsed, "command", None) is None and not any(a in ("-h", "--help", "--version") for a in args):
        from ui.gui import run_gui

        return run_gui(db_path=getattr(parsed, "db", None), open_file=open_file)
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
