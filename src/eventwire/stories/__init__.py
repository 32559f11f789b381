"""Stories: near-duplicate articles, one event counted once across its reports, and claim tracking.

Pure logic, no database: :mod:`eventwire.store` persists what these functions decide.

- :func:`signature` / :class:`Signature`: MinHash of word shingles, with LSH ``bands()`` to index.
- :func:`same_event` / :class:`ClusterKey`: when two per-article events are one real-world event.
- :func:`track_claims`: planned/possible events followed to ``confirmed``, ``cancelled``, ``denied``
  or ``lapsed``, with the chain of evidence; :func:`observe`, :func:`lapse` and :func:`reopen` let a
  store go on from stored claims, one claim scope (:func:`scope_key`) at a time.
"""

from eventwire.stories.claims import (
    Claim,
    ClaimEvidence,
    ClaimStatus,
    Observation,
    lapse,
    observe,
    order_key,
    reopen,
    scope_key,
    track_claims,
)
from eventwire.stories.event_clusters import ClusterKey, same_event
from eventwire.stories.near_duplicates import SIMILARITY_THRESHOLD, Signature, shingles, signature
from eventwire.stories.rules import ClaimRules, load_claim_rules

__all__ = [
    "SIMILARITY_THRESHOLD",
    "Claim",
    "ClaimEvidence",
    "ClaimRules",
    "ClaimStatus",
    "ClusterKey",
    "Observation",
    "Signature",
    "lapse",
    "load_claim_rules",
    "observe",
    "order_key",
    "reopen",
    "same_event",
    "scope_key",
    "shingles",
    "signature",
    "track_claims",
]
