"""Undo Penn Treebank tokenisation so readers see ordinary prose."""

from __future__ import annotations

from reportgen import _recache

_BRACKETS = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}
_BRACKET = _recache.compile(r"-[LR][RSC]B-")
_CLITIC = _recache.compile(r"(\w) (n't|'s|'re|'ve|'ll|'d|'m|'S|N'T)\b")
_BEFORE = _recache.compile(r" ([,.;:?!%)\]}]|\.\.\.)(?=\s|$|[,.;:?!'\"])")
_AFTER = _recache.compile(r"([(\[{$]) (?=\S)")
_POUND = _recache.compile(r"(?<!\S)# (?=\d)")
_OPEN_DQ = _recache.compile(r"``\s*")
_CLOSE_DQ = _recache.compile(r"\s*''")
_MARKERS = _recache.compile(r" (?:'s|n't|,|\.) |-LRB-|``| \.$")


def looks_tokenised(text: str) -> bool:
    """PTB output spaces off commas and clitics; prose almost never does both."""
    sample = text[:20000]
    return len(_MARKERS.findall(sample)) >= max(2, len(sample) // 2000)


def detokenise(text: str) -> str:
    """Reverse the PTB conventions news corpora ship in (``-LRB-``, ``United 's``, ``` `` ```)."""
    text = _POUND.sub("£", text)
    text = _BRACKET.sub(lambda m: _BRACKETS.get(m.group(0), m.group(0)), text)
    text = _OPEN_DQ.sub('"', text)
    text = _CLOSE_DQ.sub('"', text)
    text = _CLITIC.sub(r"\1\2", text)
    text = _BEFORE.sub(r"\1", text)
    text = _AFTER.sub(r"\1", text)
    return _single_quotes(text)


def _single_quotes(text: str) -> str:
    """Attach free-standing single quotes: a backtick or an odd one opens a quote, the next
    one closes it ("` kills 100 '" → "'kills 100'")."""
    padded = f" {text} "
    if " ' " not in padded and " ` " not in padded:
        return text
    out: list[str] = []
    opened = False
    for tok in text.split(" "):
        if tok == "`" or (tok == "'" and not opened):
            out.append("'")
            opened = True
            continue
        if tok == "'":
            if out:
                out[-1] += "'"
            else:
                out.append("'")
            opened = False
            continue
        if out and out[-1] == "'" and opened:
            out[-1] = "'" + tok
        else:
            out.append(tok)
    return " ".join(out)
