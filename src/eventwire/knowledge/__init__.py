"""The actor knowledge base: countries, organisations, sectors, offices and people with dated roles;
parties, first-level administrative units and non-political word lists.

The data are JSON files under ``data/`` (documented in SCHEMA.md); :meth:`KnowledgeBase.default`
loads and validates them once per process.
"""

from eventwire.knowledge.base import KnowledgeBase
from eventwire.knowledge.errors import KnowledgeError
from eventwire.knowledge.lookup import NonPolitical
from eventwire.knowledge.normalise import normalise
from eventwire.knowledge.records import (
    Country,
    Denotation,
    DenotationKind,
    Metonym,
    Office,
    Organisation,
    Party,
    Person,
    Role,
    Sector,
    Subnational,
    TermList,
)

__all__ = [
    "Country",
    "Denotation",
    "DenotationKind",
    "KnowledgeBase",
    "KnowledgeError",
    "Metonym",
    "NonPolitical",
    "Office",
    "Organisation",
    "Party",
    "Person",
    "Role",
    "Sector",
    "Subnational",
    "TermList",
    "normalise",
]
