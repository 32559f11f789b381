"""The REST API and the dashboard host: ``create_app(store)`` builds the FastAPI app ``eventwire serve`` runs.

Reads are open; writes (``POST /api/v1/articles``) need ``Authorization: Bearer $EVENTWIRE_TOKEN``.
``POST /api/v1/code`` codes text without storing it: it is open so the dashboard's "code this text" box
works, and bounded instead (text length limit, one coding at a time).
"""

from eventwire.api.app import create_app
from eventwire.api.coding import CoderLike, CodingService

__all__ = ["CoderLike", "CodingService", "create_app"]
