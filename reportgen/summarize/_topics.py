"""Cue words of briefing-style topics, in the order a reader expects them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportgen import _recache


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    heading: str
    cues: re.Pattern[str]
    weight: float = 1.0
    """Cues that fire in most news (modal verbs, "killed") count for less."""


def _cues(words: str) -> re.Pattern[str]:
    alts = "|".join(
        sorted({w.strip() for w in words.split("|") if w.strip()}, key=lambda w: (-len(w), w))
    )
    return _recache.compile(rf"\b(?:{alts})", re.I)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "background",
        "Background",
        _cues(
            """history|histor|historically|began|begun|since the|origin|originally|once|previously|
            formerly|decades|for years|years of|dubbed|known as|founded|symbol|predominantly|
            located|population|traditionally|long been|has been a|had been|in the past|
            first erupted|hub|centuries|heritage"""
        ),
    ),
    Topic(
        "current",
        "Current situation",
        _cues(
            """now|recently|currently|today|this week|latest|continues|continue to|ongoing|
            resurgence|regained|captured|seized|advance|advancing|took control|this month|
            on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on sunday|
            yesterday|fresh|new |renewed"""
        ),
    ),
    Topic(
        "security",
        "Security and fighting",
        _cues(
            """forces|troops|army|military|attack|offensive|shelling|shelled|bombard|weapons|
            rebels|fighters|battle|battleground|clashes|tanks|snipers|gunfire|armed|soldiers|
            killed|fighting|strategic|control of|police|militants|security"""
        ),
        0.8,
    ),
    Topic(
        "humanitarian",
        "Humanitarian impact",
        _cues(
            """humanitarian|civilians|starvation|starving|food|medical|medicine|aid|refugees|
            displaced|hospital|casualties|wounded|injured|shortage|siege|suffering|water|shelter|
            red cross|red crescent|trapped|famine|homeless|victims|death toll|destruction|
            devastat|crises|crisis"""
        ),
    ),
    Topic(
        "economy",
        "Economy",
        _cues(
            """econom|oil|refiner|industrial|industry|trade|market|prices|jobs|budget|gdp|
            investment|companies|business|financial|revenue|exports|imports|sales|profit|pay"""
        ),
    ),
    Topic(
        "politics",
        "Politics and government",
        _cues(
            """government|regime|president|election|parliament|reform|minister|party|vote|
            policy|political|leader|cabinet|constitution|democracy|opposition leader|mps"""
        ),
    ),
    Topic(
        "international",
        "International dimension",
        _cues(
            """international|united nations|\\bun\\b|security council|resolution|sanctions|envoy|
            diplomat|foreign|court|intervention|journalist|photographer|embassy|ambassador|
            world|global|arab league|european union|\\beu\\b|nato|abroad|compensation|
            ruling|tribunal|allies"""
        ),
    ),
    Topic(
        "reactions",
        "Reactions",
        _cues(
            """condemned|welcomed|criticised|criticized|urged|called for|statement|spokesman|
            spokeswoman|praised|denounced|responded|reaction|told reporters|"""
        ),
    ),
    Topic(
        "outlook",
        "Outlook",
        _cues(
            """may\b|could\b|might\b|would\b|likely|potential|future|prospect|expected|will\b|
            risk|implications|remains high|could lead|further|influence|outlook|next\b|upcoming|
            negotiations|peace talks|plans to|intends"""
        ),
        0.8,
    ),
)
ORDER = {t.key: n for n, t in enumerate(TOPICS)}
"""Reading order: background, now, fighting, its cost, economy, politics, the world, what next."""


def topic_scores(text: str) -> dict[str, float]:
    """Weighted cue hits per topic, so a sentence rich in one topic wins it."""
    return {t.key: t.weight * len(t.cues.findall(text)) for t in TOPICS}
