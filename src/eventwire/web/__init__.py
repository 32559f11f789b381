"""The dashboard: static HTML, ES-module JS and CSS served by :mod:`eventwire.api` (no build step, no
CDN), the front-end libraries it vendors under ``vendor/`` (Leaflet, uPlot, topojson-client, world-atlas;
see ``vendor/vendor.json``), and the dashboard's own read routes under ``/api/v1/dashboard``
(:mod:`eventwire.web.routes`), which count asserted events, each event once, by default."""
