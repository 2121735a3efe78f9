from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from app.cli.main import run


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Cli = Callable[..., CliResult]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run ``boiduong ARGS`` in-process (fast); exit status as the shell would see it."""

    def invoke(*args: str) -> CliResult:
        try:
            code = run(list(args))
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke


def run_subprocess(*args: str) -> CliResult:
    """The real installed entry point, for the few tests that must see a fresh process."""
    proc = subprocess.run([sys.executable, "-m", "ui.launch", *args], capture_output=True, text=True, timeout=120)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)
