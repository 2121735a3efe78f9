"""Canonical JSON: one byte sequence per value, so that hashes and signatures are stable and an
export → import → export round trip gives the same bytes.

Objects have sorted keys, no spaces, UTF-8 text (not \\u escapes), no NaN/Infinity. Reading is strict:
invalid UTF-8, NUL characters, duplicate keys, NaN and lone surrogates are refused."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, date, datetime
from typing import Any


class CanonicalError(ValueError):
    """Malformed input; the message is Vietnamese and names what is wrong."""


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest(value: Any) -> str:
    return sha256_hex(dumps(value))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise CanonicalError(f"khóa “{key[:40]}” lặp lại trong cùng một đối tượng")
        out[key] = value
    return out


def _refuse_constant(name: str) -> Any:
    raise CanonicalError(f"giá trị {name} không được phép")


def _check_strings(value: Any, depth: int = 0) -> None:
    if depth > 32:
        raise CanonicalError("cấu trúc lồng nhau quá sâu")
    if isinstance(value, str):
        if "\x00" in value:
            raise CanonicalError("chuỗi chứa ký tự NUL")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise CanonicalError("chuỗi chứa ký tự Unicode không hợp lệ") from exc
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(key, depth + 1)
            _check_strings(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_strings(item, depth + 1)


def loads(data: bytes) -> Any:
    """Parse one JSON document from bytes, strictly."""
    if b"\x00" in data:
        raise CanonicalError("dữ liệu chứa byte NUL")
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise CanonicalError(f"dữ liệu không phải UTF-8 hợp lệ (byte {exc.start})") from exc
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
    except CanonicalError:
        raise
    except (ValueError, RecursionError) as exc:
        raise CanonicalError("không phải JSON hợp lệ") from exc
    if _RISKY_ESCAPE.search(text):  # only an escape can smuggle a NUL or a lone surrogate in
        _check_strings(value)
    return value


_RISKY_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")


# ------------------------------------------------------------------------------------- dates and times
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")


def date_to_wire(value: date) -> str:
    return value.isoformat()


def date_from_wire(text: Any) -> date:
    if not isinstance(text, str) or not _DATE.fullmatch(text):
        raise CanonicalError(f"ngày không hợp lệ: {str(text)[:40]!r}")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CanonicalError(f"ngày không hợp lệ: {text!r}") from exc


def datetime_to_wire(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def datetime_from_wire(text: Any) -> datetime:
    if not isinstance(text, str) or not _DATETIME.fullmatch(text):
        raise CanonicalError(f"thời điểm không hợp lệ: {str(text)[:40]!r}")
    try:
        return datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)  # the pattern fixed the shape
    except ValueError as exc:
        raise CanonicalError(f"thời điểm không hợp lệ: {text!r}") from exc
