"""The document's language as far as its script tells it, for metadata and reading direction."""

from __future__ import annotations

import unicodedata

_SCRIPT_LANGUAGE = (
    ("ARABIC", "ar"),
    ("HEBREW", "he"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("HANGUL", "ko"),
    ("CJK", "zh"),
    ("CYRILLIC", "ru"),
    ("GREEK", "el"),
    ("THAI", "th"),
    ("DEVANAGARI", "hi"),
)
_SAMPLE = 20_000
"""Letters looked at; a script's share is stable long before that."""


def guess_language(text: str, default: str = "en") -> str:
    """A BCP 47 tag from the dominant non-Latin script, else ``default``.

    Script is all that is told apart: Latin-script text keeps the default, since the analysis
    itself reads English. Japanese is told from Chinese by its kana, which any Japanese prose has.
    """
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if not ch.isalpha():
            continue
        letters += 1
        if letters > _SAMPLE:
            break
        if ord(ch) < 0x250:
            continue
        name = unicodedata.name(ch, "")
        for script, language in _SCRIPT_LANGUAGE:
            if name.startswith(script):
                counts[language] = counts.get(language, 0) + 1
                break
    if not counts or letters == 0:
        return default
    if counts.get("ja", 0) and counts.get("ja", 0) + counts.get("zh", 0) > letters / 2:
        return "ja"
    language, count = max(counts.items(), key=lambda kv: kv[1])
    return language if count > min(letters, _SAMPLE) / 2 else default
