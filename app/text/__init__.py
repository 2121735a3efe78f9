"""Vietnamese text done right: NFC storage, accent-insensitive folding, Vietnamese collation."""

from app.text.collation import collation_key, name_sort_key, split_name
from app.text.normalize import clean_text, fold, join_fields, matches_all_tokens, nfc, normalize_person_name

__all__ = [
    "clean_text",
    "collation_key",
    "fold",
    "join_fields",
    "matches_all_tokens",
    "name_sort_key",
    "nfc",
    "normalize_person_name",
    "split_name",
]
