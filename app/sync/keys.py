"""Keys: each install has an Ed25519 key to sign its bundles and an X25519 key to receive bundles
encrypted to it, both made at set-up and kept in the database (so a backup restores the identity too).
The other units' public keys are trusted only after a person confirmed their fingerprint, which is
short enough to read out over the phone: 32 digits in groups of four."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import SyncOwnKey, SyncPeerKey

_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_NO_PASSWORD = serialization.NoEncryption()

TRUSTED, REPLACED, REVOKED = "trusted", "replaced", "revoked"


@dataclass(frozen=True)
class PublicKeys:
    """A unit's two public keys (32 bytes each)."""

    sign: bytes
    enc: bytes

    def __post_init__(self) -> None:
        if len(self.sign) != 32 or len(self.enc) != 32:
            raise ValueError("public keys are 32 bytes each")

    @property
    def key_id(self) -> str:
        return hashlib.sha256(b"boiduong-key-id-v1" + self.sign + self.enc).hexdigest()[:32]

    @property
    def fingerprint(self) -> str:
        """32 decimal digits in 8 groups (≈106 bits), to compare by phone."""
        number = int.from_bytes(hashlib.sha256(b"boiduong-fingerprint-v1" + self.sign + self.enc).digest()[:16], "big")
        digits = f"{number % 10**32:032d}"
        return " ".join(digits[i : i + 4] for i in range(0, 32, 4))

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.sign)

    def encryption_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.enc)


@dataclass(frozen=True)
class OwnKeys:
    signer: Ed25519PrivateKey
    decryptor: X25519PrivateKey

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(
            self.signer.public_key().public_bytes(_RAW, _RAW_PUBLIC),
            self.decryptor.public_key().public_bytes(_RAW, _RAW_PUBLIC),
        )

    @property
    def key_id(self) -> str:
        return self.public.key_id

    @classmethod
    def generate(cls, seed: bytes | None = None) -> OwnKeys:
        """New random keys; ``seed`` (64 bytes) only for reproducible demo data and tests."""
        if seed is None:
            return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
        if len(seed) != 64:
            raise ValueError("a key seed is 64 bytes")
        return cls(Ed25519PrivateKey.from_private_bytes(seed[:32]), X25519PrivateKey.from_private_bytes(seed[32:]))

    def raw(self) -> tuple[bytes, bytes]:
        return (
            self.signer.private_bytes(_RAW, _RAW_PRIVATE, _NO_PASSWORD),
            self.decryptor.private_bytes(_RAW, _RAW_PRIVATE, _NO_PASSWORD),
        )


def _load(row: SyncOwnKey) -> OwnKeys:
    return OwnKeys(
        Ed25519PrivateKey.from_private_bytes(row.sign_private), X25519PrivateKey.from_private_bytes(row.enc_private)
    )


def own_keys(session: Session) -> OwnKeys | None:
    row = session.scalars(select(SyncOwnKey).where(SyncOwnKey.active.is_(True)).order_by(SyncOwnKey.id.desc())).first()
    return _load(row) if row else None


def all_own_keys(session: Session) -> dict[str, OwnKeys]:
    """Every key this install ever had, by key id (a bundle may be encrypted to a replaced key)."""
    return {row.key_id: _load(row) for row in session.scalars(select(SyncOwnKey))}


def store_own_keys(session: Session, keys: OwnKeys) -> OwnKeys:
    for row in session.scalars(select(SyncOwnKey).where(SyncOwnKey.active.is_(True))):
        row.active = False
    sign, enc = keys.raw()
    session.add(SyncOwnKey(key_id=keys.key_id, sign_private=sign, enc_private=enc, active=True))
    session.flush()
    return keys


def ensure_own_keys(session: Session) -> OwnKeys:
    """This install's keys, made now if it has none (set-up; databases set up before sync existed)."""
    return own_keys(session) or store_own_keys(session, OwnKeys.generate())


# ------------------------------------------------------------------------------------------ peers
@dataclass(frozen=True)
class PeerKey:
    unit_code: str
    keys: PublicKeys
    status: str
    how: str


def trusted_key(session: Session, unit_code: str) -> PublicKeys | None:
    row = session.scalars(
        select(SyncPeerKey)
        .where(SyncPeerKey.unit_code == unit_code, SyncPeerKey.status == TRUSTED)
        .order_by(SyncPeerKey.id.desc())
    ).first()
    return PublicKeys(row.sign_public, row.enc_public) if row else None


def key_history(session: Session, unit_code: str) -> list[PeerKey]:
    rows = session.scalars(select(SyncPeerKey).where(SyncPeerKey.unit_code == unit_code).order_by(SyncPeerKey.id))
    return [PeerKey(r.unit_code, PublicKeys(r.sign_public, r.enc_public), r.status, r.how) for r in rows]


def trusted_keys(session: Session) -> dict[str, PublicKeys]:
    rows = session.scalars(select(SyncPeerKey).where(SyncPeerKey.status == TRUSTED).order_by(SyncPeerKey.id))
    return {r.unit_code: PublicKeys(r.sign_public, r.enc_public) for r in rows}


def trust_key(session: Session, unit_code: str, keys: PublicKeys, *, how: str, note: str | None = None) -> None:
    """Make ``keys`` the one trusted key of the unit; a previous key is kept as replaced."""
    existing = None
    for row in session.scalars(select(SyncPeerKey).where(SyncPeerKey.unit_code == unit_code)):
        if row.key_id == keys.key_id:
            existing = row
        elif row.status == TRUSTED:
            row.status = REPLACED
    if existing is None:
        session.add(
            SyncPeerKey(
                unit_code=unit_code,
                key_id=keys.key_id,
                sign_public=keys.sign,
                enc_public=keys.enc,
                status=TRUSTED,
                how=how,
                note=note,
            )
        )
    else:
        existing.status, existing.how = TRUSTED, how
    session.flush()


def is_revoked(session: Session, unit_code: str, keys: PublicKeys) -> bool:
    row = session.scalars(
        select(SyncPeerKey).where(SyncPeerKey.unit_code == unit_code, SyncPeerKey.key_id == keys.key_id)
    ).first()
    return row is not None and row.status == REVOKED
