"""``python -m reportgen`` runs the CLI."""

from __future__ import annotations

from reportgen.cli import main

main()
