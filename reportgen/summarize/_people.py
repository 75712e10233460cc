"""People merged across mentions: "Assad" and "President Bashar al-Assad" are one person."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportgen.summarize._gazetteer import REGNAL_TITLES
from reportgen.summarize._names import PARTICLES, SUFFIXES, Run

_PARTICLE = ("al-", "el-", "Al-", "El-")
_FAMILY_PARTICLES = PARTICLES - {"la", "es"}
"""First words that belong to the family name ("Bin Laden"), not a given name; "La" opens
given names ("La Toya") and "es" only joins place names."""


def _family_first(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a name opens with its family particle ("Bin Laden") rather than a given name."""
    return words[0].lower() in _FAMILY_PARTICLES


def _core(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The name without the generation after it: "Winnefeld Jr" is one word of a name."""
    words = tuple(words)
    while len(words) > 1 and words[-1] in SUFFIXES:
        words = words[:-1]
    return words


def _full(form: str) -> bool:
    """Whether a form gives more than one word of the name itself (given and family names)."""
    return len(_core(form.split())) > 1


def surname(word: str) -> str:
    """ "al-Assad" and "Assad" are the same family name."""
    for p in _PARTICLE:
        if word.startswith(p):
            return word[len(p) :]
    return word


@dataclass
class _Person:
    forms: dict[str, int] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)
    first: int = 0

    @property
    def name(self) -> str:
        full = [f for f in self.forms if _full(f) and not _family_first(f.split())]
        full = full or [f for f in self.forms if _full(f)] or list(self.forms)
        return max(full, key=lambda f: (self.forms[f], len(f)))

    @property
    def given(self) -> str:
        full = [f for f in self.forms if _full(f)]
        words = self.name.split()
        return words[0] if full and not _family_first(words) else ""

    @property
    def mentions(self) -> int:
        return sum(self.forms.values())


@dataclass
class PeopleIndex:
    """Full names keyed by family name; a bare family name joins the person it names."""

    _by_surname: dict[str, list[_Person]] = field(default_factory=dict)
    _order: int = 0

    def add(self, words: tuple[str, ...], role: str) -> None:
        form = " ".join(words)
        core = _core(words)
        key = surname(core[-1])
        given = core[0] if len(core) > 1 and not _family_first(core) else ""
        same = self._by_surname.setdefault(key, [])
        match = next((p for p in same if not given or not p.given or p.given == given), None)
        if match is None:
            self._order += 1
            match = _Person(first=self._order)
            same.append(match)
        match.forms[form] = match.forms.get(form, 0) + 1
        if role and role not in match.roles:
            match.roles.append(role)

    def mention(self, run: Run) -> bool:
        """A name seen without a title counts only when it names someone already known."""
        same = self._by_surname.get(surname(_core(run.words)[-1]))
        if not same or len(run.words) > 3:
            return False
        words = run.words
        if run.first == 0 and len(words) > 1 and all(p.given != words[0] for p in same):
            words = words[-1:]  # "Later Clinton": a sentence opener, not a given name
        self.add(words, "")
        return True

    def surnames(self) -> set[str]:
        return set(self._by_surname)

    def full_names(self) -> set[str]:
        """Every name of two words or more the text gave someone."""
        return {f for same in self._by_surname.values() for p in same for f in p.forms if " " in f}

    def people(self) -> list[tuple[str, str]]:
        """(name, role), most mentioned first; the earliest role the text gives is kept."""
        everyone = [
            _Person(dict(p.forms), list(p.roles), p.first)
            for same in self._by_surname.values()
            for p in same
        ]
        everyone = _by_given_name(everyone)
        everyone = _family_name_lost(everyone)
        everyone.sort(key=lambda p: (-p.mentions, p.first))
        roles = [_best_role(p.roles) for p in everyone]
        taken = {f for p in everyone for f in p.forms if " " in f} | {r for r in roles if " " in r}
        return [
            (_written(p.name), _own_part(r, taken - {r}))
            for p, r in zip(everyone, roles, strict=True)
        ]


def _written(name: str) -> str:
    """ "James A. Winnefeld Jr": a middle initial is shown with the full stop the words around
    it lost."""
    words = name.split()
    return " ".join(
        w + "." if 0 < k < len(words) - 1 and len(w) == 1 and w.isupper() else w
        for k, w in enumerate(words)
    )


def _best_role(roles: list[str]) -> str:
    """Prefer a role with a title or job noun over a bare nationality."""
    rich = [r for r in roles if " " in r or r[:1].isupper() and r.lower() != r]
    return (rich or roles or [""])[0]


def _by_given_name(everyone: list[_Person]) -> list[_Person]:
    """ "Mr Ban" is Ban Ki-moon: a lone word that is no one's family name but the first name
    of exactly one full name joins that person (family names come first in many languages).
    A lone word with a title ("President Truman") is a family name and stays apart."""
    full: dict[str, list[_Person]] = {}
    for p in everyone:
        if p.given:
            full.setdefault(p.given, []).append(p)
    out = []
    for p in everyone:
        whole = full.get(p.name, []) if not p.given and not p.roles else []
        if len(whole) == 1:
            _merge(p, whole[0])
            continue
        out.append(p)
    return out


def _merge(p: _Person, into: _Person) -> None:
    for form, n in p.forms.items():
        into.forms[form] = into.forms.get(form, 0) + n
    into.roles.extend(r for r in p.roles if r not in into.roles)
    into.first = min(into.first, p.first)


def _numbered(p: _Person) -> bool:
    """ "King George V", "Pope John Paul I": a monarch's or a pope's number, not an initial."""
    last = _core(p.name.split())[-1]
    return last in "IVX" and any(w in REGNAL_TITLES for r in p.roles for w in r.split())


def _family_name_lost(everyone: list[_Person]) -> list[_Person]:
    """ "Johnson, Lieutenant General Michelle D.", "Morral, Andrew R.": a given name and an
    initial with no family name after them (a reference list sets the family name first) is
    no one's name as it stands. It joins the one person whose fuller name it opens ("Michelle
    D. Johnson"), and is dropped when the text gives none."""
    out = []
    for p in everyone:
        words = _core(p.name.split())
        if len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper() and not _numbered(p):
            whole = [q for q in everyone if q.name.startswith(p.name + " ")]
            if len(whole) == 1:
                into = whole[0]
                into.forms[into.name] += p.mentions  # counted as the fuller name
                into.roles.extend(r for r in p.roles if r not in into.roles)
                into.first = min(into.first, p.first)
            continue
        out.append(p)
    return out


def _own_part(role: str, others: set[str]) -> str:
    """ "Ban Ki-moon UN Secretary General Syrian Defense Minister" (two captions run together)
    is cut after the last name or role of someone else it holds: "Syrian Defense Minister"."""
    padded = f" {role} "
    ends = [padded.rfind(f" {o} ") + len(o) + 1 for o in others if f" {o} " in padded]
    cut = max((e for e in ends if padded[e:].strip()), default=0)
    return padded[cut:].strip() if cut else role
