"""The encryption envelope and the zip container, on their own."""

from __future__ import annotations

import os

import pytest

from app.sync.canonical import CanonicalError, dumps, loads
from app.sync.container import ContainerError, Limits, open_container, write_container
from app.sync.envelope import CHUNK, TAG, EnvelopeError, open_envelope, peek, plain, seal
from app.sync.keys import OwnKeys, PublicKeys


@pytest.fixture(scope="module")
def keys() -> OwnKeys:
    return OwnKeys.generate(bytes(range(64)))


def test_round_trip_of_several_chunks(keys: OwnKeys) -> None:
    payload = os.urandom(3 * CHUNK + 123)
    sealed = seal(payload, keys.public)
    assert open_envelope(sealed, {keys.key_id: keys}, max_payload=10**8).payload == payload
    # encryption is randomised: the same payload never gives the same file
    assert seal(payload, keys.public) != sealed


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK])
def test_every_chunk_boundary_cut_is_detected(keys: OwnKeys, size: int) -> None:
    payload = os.urandom(size)
    sealed = seal(payload, keys.public)
    assert open_envelope(sealed, {keys.key_id: keys}, max_payload=10**8).payload == payload
    header = 8 + 16 + 32 + 16
    boundaries = {header + i * (CHUNK + TAG) for i in range(1, size // CHUNK + 1)}
    for cut in sorted(boundaries | {len(sealed) - 1, header, header + 1, 9}):
        if cut >= len(sealed):
            continue
        with pytest.raises(EnvelopeError):
            open_envelope(sealed[:cut], {keys.key_id: keys}, max_payload=10**8)


def test_reordered_chunks_are_detected(keys: OwnKeys) -> None:
    payload = os.urandom(2 * CHUNK + 10)
    sealed = seal(payload, keys.public)
    header = 8 + 16 + 32 + 16
    a, b = sealed[header : header + CHUNK + TAG], sealed[header + CHUNK + TAG : header + 2 * (CHUNK + TAG)]
    swapped = sealed[:header] + b + a + sealed[header + 2 * (CHUNK + TAG) :]
    with pytest.raises(EnvelopeError, match="hỏng"):
        open_envelope(swapped, {keys.key_id: keys}, max_payload=10**8)


def test_wrong_key_and_plain_files(keys: OwnKeys) -> None:
    other = OwnKeys.generate()
    sealed = seal(b"secret", keys.public)
    with pytest.raises(EnvelopeError, match="đơn vị khác"):
        open_envelope(sealed, {other.key_id: other}, max_payload=100)
    assert peek(sealed) == (1, keys.key_id[:32])
    opened = open_envelope(plain(b"zip"), {}, max_payload=100)
    assert (opened.payload, opened.encrypted) == (b"zip", False)
    with pytest.raises(EnvelopeError, match="lớn bất thường"):
        open_envelope(seal(b"x" * 1000, keys.public), {keys.key_id: keys}, max_payload=10)


def test_fingerprints_are_digits_to_read_by_phone(keys: OwnKeys) -> None:
    fp = keys.public.fingerprint
    groups = fp.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 and g.isdigit() for g in groups)
    assert fp != OwnKeys.generate().public.fingerprint
    assert PublicKeys(keys.public.sign, keys.public.enc).key_id == keys.key_id


def test_container_is_canonical_and_strict() -> None:
    members = {"data/b.jsonl": b"2\n", "data/a.jsonl": b"1\n"}
    one = write_container(b"{}", b"sig", members)
    assert one == write_container(b"{}", b"sig", dict(reversed(list(members.items()))))
    c = open_container(one)
    assert list(c.members) == ["data/a.jsonl", "data/b.jsonl"]
    with pytest.raises(ContainerError, match="không khớp"):
        c.read("data/a.jsonl", 3, Limits())
    c.close()
    with pytest.raises(ContainerError, match="quá nhiều"):
        open_container(one, Limits(max_members=3))
    with pytest.raises(ContainerError, match="zip"):
        open_container(b"not a zip")


def test_canonical_json_is_strict() -> None:
    assert dumps({"b": 1, "a": "Đặng"}) == '{"a":"Đặng","b":1}'.encode()
    for bad, match in [
        (b'{"a":1,"a":2}', "lặp lại"),
        (b'{"a":NaN}', "NaN"),
        (b"\xc3\x28", "UTF-8"),
        (b'{"a":"\\ud800"}', "Unicode"),
    ]:
        with pytest.raises(CanonicalError, match=match):
            loads(bad)
