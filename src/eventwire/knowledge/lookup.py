"""Name lookups for parties, sub-national units and word lists, by the surface-form index's conventions.

Keys are normal forms (:func:`normalise`); a form written in the data only in capitals ("PAN", "DA",
"FA") is an acronym and matches running text only when written with a capital, so "pan" and "da" in
running text are not Mexico's National Action Party or South Africa's Democratic Alliance. A leading
"the" is ignored on both sides ("the Labour Party", "Labour Party").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Generic, TypeVar

from eventwire.knowledge.normalise import normalise
from eventwire.knowledge.records import TermList

T = TypeVar("T")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9.&+\-]*")


def key_of(text: str) -> str:
    """The lookup key: the normal form without a leading article."""
    return normalise(text).removeprefix("the ")


class FormIndex(Generic[T]):
    """Normal form → the records that carry it, in data order, with the acronym rule applied on lookup."""

    __slots__ = ("_acronyms", "_items")

    def __init__(self, pairs: Iterable[tuple[str, T]]) -> None:
        items: dict[str, list[T]] = {}
        written: dict[str, set[bool]] = {}
        for text, item in pairs:
            key = key_of(text)
            found = items.setdefault(key, [])
            if item not in found:
                found.append(item)
            written.setdefault(key, set()).add(bool(_ACRONYM.fullmatch(text.strip())))
        self._items: Mapping[str, tuple[T, ...]] = {key: tuple(found) for key, found in items.items()}
        self._acronyms = frozenset(key for key, kinds in written.items() if kinds == {True})

    def get(self, text: str) -> tuple[T, ...]:
        """The records named by ``text``; none for an acronym written all in lowercase."""
        key = key_of(text)
        if key in self._acronyms and text.strip() == text.strip().lower():
            return ()
        return self._items.get(key, ())

    def keys(self) -> frozenset[str]:
        """Every normal form in the index."""
        return frozenset(self._items)


class NonPolitical:
    """The word lists of non_political.json: words that mark a name or a sentence as sport, entertainment,
    business or technology rather than politics, for a precision filter.

    ``has("team_nouns", "squad")`` asks one list; ``kinds("World Cup")`` says which lists hold a word.
    """

    __slots__ = ("_index", "lists")

    def __init__(self, lists: Iterable[TermList]) -> None:
        self.lists: Mapping[str, TermList] = MappingProxyType({item.id: item for item in lists})
        self._index: FormIndex[str] = FormIndex(
            (term, item.id) for item in self.lists.values() for term in item.terms
        )

    def kinds(self, text: str) -> tuple[str, ...]:
        """The ids of the lists that hold ``text`` (normal form; acronyms need a capital), in file order."""
        return self._index.get(text)

    def has(self, list_id: str, text: str) -> bool:
        """Whether list ``list_id`` holds ``text``; an unknown list id holds nothing."""
        return list_id in self._index.get(text)

    def terms(self, list_id: str) -> frozenset[str]:
        """The normal forms of one list (empty for an unknown id), for callers matching tokens themselves."""
        item = self.lists.get(list_id)
        return frozenset(key_of(term) for term in item.terms) if item else frozenset()
