"""The language tag follows the dominant script; Latin text keeps the default."""

from __future__ import annotations

import pytest

from reportgen.summarize._language import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("أعلنت الأمم المتحدة أن مدينة حمص تواجه أزمة إنسانية حادة في عام 2012.", "ar"),
        ("העיר חומס הייתה במצור בשנת 2012.", "he"),
        ("霍姆斯市在2012年遭到长期围困，许多平民被困在老城区。", "zh"),
        ("ホムスは2012年に包囲された。多くの市民が旧市街に閉じ込められた。", "ja"),
        ("Хомс был осаждён в 2012 году.", "ru"),
        ("Homs was besieged in 2012.", "en"),
        ("Homs est assiégée depuis 2012.", "en"),
    ],
)
def test_language_follows_the_dominant_script(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_a_few_foreign_words_do_not_change_the_language() -> None:
    assert (
        guess_language("The city of Homs (حمص) was besieged in 2012 by government forces.") == "en"
    )
