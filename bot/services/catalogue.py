"""Search indexes over the store's deliberations and funded actions, rebuilt after an import."""

from __future__ import annotations

from sqlmodel import Session

from bot.services.search import TextIndex
from storage import queries


class Catalogue:
    def __init__(self) -> None:
        self._version: tuple[int, int] | None = None
        self._deliberations = TextIndex([])
        self._actions = TextIndex([])

    def _refresh(self, session: Session) -> None:
        version = queries.import_version(session=session)
        if version != self._version:
            self._deliberations = TextIndex(queries.deliberation_texts(session=session))
            self._actions = TextIndex(queries.funded_action_texts(session=session))
            self._version = version

    def deliberations(self, session: Session) -> TextIndex:
        self._refresh(session)
        return self._deliberations

    def actions(self, session: Session) -> TextIndex:
        self._refresh(session)
        return self._actions
