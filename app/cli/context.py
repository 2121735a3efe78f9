"""What a command gets: its parsed arguments and a lazily opened workspace."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.paths import default_db_path
from app.workspace import Workspace, open_workspace


@dataclass
class CommandContext:
    args: argparse.Namespace
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _workspace: Workspace | None = None

    @property
    def db_path(self) -> Path:
        given = getattr(self.args, "db", None)
        return Path(given) if given else default_db_path()

    def workspace(self, *, create: bool = True) -> Workspace:
        if self._workspace is None:
            self._workspace = open_workspace(self.db_path, create=create)
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, obj: dict[str, Any]) -> None:
        json.dump(obj, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")
