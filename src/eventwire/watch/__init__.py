"""Watching live feeds: poll RSS/Atom, fetch each new linked page once (public hosts only, unless a
network is allowed), extract, code and ingest."""

from eventwire.watch.addresses import AllowedNetworks
from eventwire.watch.feeds import FeedEntry, parse_feed
from eventwire.watch.fetch import FetchError, FetchLimits, fetch_url
from eventwire.watch.poller import PollReport, Watcher
from eventwire.watch.seen import SeenUrls, default_state_path

__all__ = [
    "AllowedNetworks",
    "FeedEntry",
    "FetchError",
    "FetchLimits",
    "PollReport",
    "SeenUrls",
    "Watcher",
    "default_state_path",
    "fetch_url",
    "parse_feed",
]
