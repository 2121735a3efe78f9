"""The command line's argument parser, in Vietnamese: its help (-h/--help, "Cách dùng:", the section
titles) and its usage errors. argparse keeps its own strings in English; every parser of the CLI is a
`Parser` (sub-commands inherit the class), which names them in Vietnamese through argparse's public
hooks: its own -h/--help, a help formatter with a Vietnamese usage prefix, and the titles of the
argument groups argparse creates through ``add_argument_group``."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

HELP_TEXT = "hiện phần hướng dẫn này rồi thoát"
VERSION_TEXT = "in số phiên bản rồi thoát"
USAGE_PREFIX = "Cách dùng: "

#: argparse's default section titles (3.10+: "options"; earlier: "optional arguments")
SECTION_TITLES = {
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
}

#: argparse's usage errors, said in Vietnamese (anything else is shown as argparse says it)
ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"^the following arguments are required: (.*)$", r"thiếu tham số bắt buộc: \1"),
        (r"^one of the arguments (.*) is required$", r"cần một trong các tham số: \1"),
        (r"^unrecognized arguments: (.*)$", r"không hiểu các tham số: \1"),
        (
            r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$",
            r"tham số \1: không có lựa chọn \2 (chọn: \3)",
        ),
        (r"^argument (.*?): expected one argument$", r"tham số \1: cần một giá trị"),
        (r"^argument (.*?): expected at least one argument$", r"tham số \1: cần ít nhất một giá trị"),
        (r"^argument (.*?): invalid int value: (.*)$", r"tham số \1: không phải số nguyên: \2"),
        (r"^argument (.*?): invalid float value: (.*)$", r"tham số \1: không phải số: \2"),
        (r"^argument (.*?): invalid (.*) value: (.*)$", r"tham số \1: giá trị không hợp lệ: \3"),
        (r"^argument (.*?): not allowed with argument (.*)$", r"tham số \1: không dùng cùng với \2"),
        (r"^argument (.*?): ignored explicit argument (.*)$", r"tham số \1: không nhận giá trị \2"),
        (r"^ambiguous option: (.*?) could match (.*)$", r"tùy chọn \1 chưa rõ, có thể là: \2"),
    )
)


def vietnamese_error(message: str) -> str:
    for pattern, text in ERRORS:
        if pattern.match(message):
            return pattern.sub(text, message)
    return message


def _help_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP_TEXT)
    return parent


class HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Vietnamese (see the module's text)."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        self._groups_by_title: dict[str, Any] = {}
        kwargs.setdefault("formatter_class", HelpFormatter)
        if add_help:  # -h/--help first, as argparse's own, then the shared options (--db…)
            kwargs["parents"] = [_help_option(), *kwargs.get("parents", ())]
        super().__init__(add_help=False, **kwargs)

    def add_argument_group(self, title: str | None = None, description: str | None = None, **kwargs: Any) -> Any:
        """argparse makes its "positional arguments" and "options" groups here (and again when it copies
        a parent parser's arguments): they get their Vietnamese title, and one group per title."""
        if title in SECTION_TITLES:
            title = SECTION_TITLES[title]
            if title in self._groups_by_title:
                return self._groups_by_title[title]
            group = super().add_argument_group(title, description, **kwargs)
            self._groups_by_title[title] = group
            return group
        return super().add_argument_group(title, description, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi cú pháp: {vietnamese_error(message)}\n")
