"""Stories: near-duplicate articles, one event counted once across its reports, and claim tracking.

Pure logic, no database: :mod:`eventwire.store` persists what these functions decide.

- :func:`signature` / :class:`Signature`: MinHash of word shingles, with LSH ``bands()`` to index.
- :func:`same_event` / :class:`ClusterKey`: when two per-article events are one real-world event.
- :func:`track_claims`: planned/possible events followed to ``confirmed``, ``cancelled``, ``denied``
  or ``lapsed``, with the chain of evidence.
"""

from eventwire.stories.claims import Claim, ClaimEvidence, ClaimStatus, Observation, track_claims
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
    "load_claim_rules",
    "same_event",
    "shingles",
    "signature",
    "track_claims",
]
