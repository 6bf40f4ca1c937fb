"""Subjects that open with several places: 贵州和西藏 (places alone), 福建和湖北的GDP增速
(places joined before the words they share)."""

from __future__ import annotations

import re

from dagster_project.textcore.extract.lexicon import COMPLETE_END
from dagster_project.textcore.extract.state import SectionState, Subject
from dagster_project.textcore.regions import RegionRef


class PlaceGroupsMixin:
    """Subjects that open with several places."""

    ctx: SectionState

    def places_alone(self, text: str) -> list[RegionRef]:
        """The places of a subject that is two or more places and nothing else (贵州和西藏)."""
        parts = [p for p in re.split(r"[、和与及]", re.sub(r"(?:均|都|同)$", "", text)) if p]
        context = self.ctx.places.context()
        places = [self.ctx.gazetteer.lookup(p, context) for p in parts]
        return places if len(places) >= 2 and all(places) else []  # type: ignore[return-value]

    def places_joined(self, text: str) -> tuple[list[RegionRef], str] | None:
        """(places, the words after them) of a subject opening with two or more places joined
        by 和、与及 (福建和湖北的GDP增速), or None."""
        places: list[RegionRef] = []
        rest = text
        while (lead := self.ctx.places.leading_place(rest)) is not None:
            places.append(lead[1])
            rest = rest[lead[0] :]
            if not re.match(r"[、和与及]", rest):
                break
            rest = rest[1:]
        if len(places) < 2 or not rest or re.match(r"[、和与及]", text[len(text) - len(rest) - 1]):
            return None
        return places, self.clean(re.sub(r"^[的以]", "", rest))[0]

    def joined_places_subjects(self, text: str, last: Subject | None) -> list[Subject] | None:
        """One subject per place of ``福建和湖北的一季度GDP增速``; words that name no indicator
        (福建和上海首次跨过3万亿元) leave the indicator stated ``last``. None when the text does
        not open with joined places."""
        joined = self.places_joined(text)
        if joined is None:
            return None
        places, rest = joined
        told = self.region_of(rest, None).text
        if not (self.ctx.dictionary.named_in(told) or COMPLETE_END.search(told)):
            told = last.text if last else ""
        return [Subject(told, place, "clause") for place in places] if told else []
