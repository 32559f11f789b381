"""Front-end libraries the dashboard serves from ``/static/vendor/`` (committed, pinned, licensed; see
``vendor.json`` and ``scripts/vendor-web.py``). A package only so that its files ship in the wheel."""
