"""The courses tests' hand-built commune (``world``), reused for classes and schedules."""

from __future__ import annotations

from tests.unit.courses.conftest import TODAY, World, world  # noqa: F401
