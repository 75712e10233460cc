"""reportgen: turn a document into a briefing pack (PDF, DOCX, PPTX, email, JSON)."""

from __future__ import annotations

__version__ = "0.1.0"
