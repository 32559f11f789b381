"""The tables of the event store, as SQLAlchemy Core metadata (no ORM: rows are plain mappings).

Indexed columns carry what queries filter on; every event, flag and event cluster also keeps its full
◆ JSON record, so nothing the coder said is lost to the relational shape. ``events.claim_scope`` and
``claims.scope`` (schema version 2) say which claim scope (``FAMILY|A|B``) an event feeds and a claim
belongs to, so a write recomputes only the claims its events touch.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("dedup_key", sa.String(600), nullable=False, unique=True),
    sa.Column("doc_id", sa.String(500), nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("url", sa.String(2000)),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("source", sa.String(300)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("coder_version", sa.String(100), nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id"), index=True),
)

article_signatures = sa.Table(
    "article_signatures",
    metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)

article_bands = sa.Table(
    "article_bands",
    metadata,
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("band", sa.Integer, nullable=False),
    sa.Column("bucket", sa.String(40), nullable=False),
    sa.Index("ix_article_bands_lookup", "band", "bucket"),
    sa.Index("ix_article_bands_recent", "band", "bucket", "article_id"),
    sa.Index("ix_article_bands_article", "article_id"),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("code", sa.String(60), primary_key=True),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("country", sa.String(10)),
    sa.Column("sector", sa.String(10)),
    sa.Column("person", sa.String(300)),
)


def _event_columns() -> list[sa.Column[object]]:
    """The filterable columns events and event clusters share, so one filter builder serves both."""
    return [
        sa.Column("event_date", sa.Date, index=True),
        sa.Column("source_code", sa.String(60), index=True),
        sa.Column("source_country", sa.String(10), index=True),
        sa.Column("target_code", sa.String(60), index=True),
        sa.Column("target_country", sa.String(10), index=True),
        sa.Column("cameo", sa.String(10), nullable=False),
        sa.Column("root", sa.String(4), nullable=False, index=True),
        sa.Column("quad_class", sa.Integer, nullable=False),
        sa.Column("goldstein", sa.Float, nullable=False),
        sa.Column("plover", sa.String(40)),
        sa.Column("factuality", sa.String(20), nullable=False, index=True),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
    ]


event_clusters = sa.Table(
    "event_clusters",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    *_event_columns(),
    sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id")),
    sa.Column("num_mentions", sa.Integer, nullable=False),
    sa.Column("num_sources", sa.Integer, nullable=False),
    sa.Column("num_articles", sa.Integer, nullable=False),
    sa.Column("source_url", sa.String(2000)),
    sa.Column("date_added", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_event_clusters_country_lookup", "source_country", "root", "factuality", "event_date"),
    sa.Index("ix_event_clusters_code_lookup", "source_code", "root", "factuality", "event_date"),
    sa.Index("ix_event_clusters_story", "story_id"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("sentence", sa.Integer, nullable=False),
    *_event_columns(),
    sa.Column("cluster_id", sa.Integer, sa.ForeignKey("event_clusters.id"), index=True),
    sa.Column("claim_scope", sa.String(200), index=True),
    sa.UniqueConstraint("article_id", "seq", name="uq_events_article_seq"),
    sa.Index("ix_events_article", "article_id"),
)

flags = sa.Table(
    "flags",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.String(60), nullable=False, index=True),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Index("ix_flags_article", "article_id"),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.String(100), nullable=False, unique=True),
    sa.Column("status", sa.String(20), nullable=False, index=True),
    sa.Column("party_a", sa.String(60), nullable=False),
    sa.Column("party_b", sa.String(60), nullable=False),
    sa.Column("source_code", sa.String(60), nullable=False),
    sa.Column("target_code", sa.String(60), nullable=False),
    sa.Column("family", sa.String(20), nullable=False),
    sa.Column("cameo", sa.String(10), nullable=False),
    sa.Column("opened_on", sa.Date, nullable=False),
    sa.Column("window_start", sa.Date, nullable=False),
    sa.Column("window_end", sa.Date, nullable=False),
    sa.Column("resolved_on", sa.Date),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("scope", sa.String(200), index=True),
    sa.Index("ix_claims_scope_window", "scope", "window_end"),
)

claim_scopes = sa.Table(
    "claim_scopes",
    metadata,
    sa.Column("scope", sa.String(200), primary_key=True),
    sa.Column("latest", sa.Date, nullable=False),
)
"""Per claim scope, the newest article date among its events (never lowered): a new article dated on or
after it is read last by the tracker, so its claims go on from the stored ones without a replay."""

claim_evidence = sa.Table(
    "claim_evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE")),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE")),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("on_date", sa.Date, nullable=False),
    sa.Column("factuality", sa.String(20)),
    sa.Column("text", sa.Text),
    sa.Index("ix_claim_evidence_claim", "claim_id"),
    sa.Index("uq_claim_evidence_link", "claim_id", "role", "article_id", "event_id", unique=True),
)

rejected_inputs = sa.Table(
    "rejected_inputs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("doc_id", sa.String(500), nullable=False),
    sa.Column("location", sa.String(2000), nullable=False),
    sa.Column("kind", sa.String(60), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("times_seen", sa.Integer, nullable=False),
    sa.UniqueConstraint("location", "kind", name="uq_rejected_location_kind"),
)
