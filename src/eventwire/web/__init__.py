"""The dashboard: static HTML, ES-module JS and CSS served by :mod:`eventwire.api` (no build step, no CDN)."""
