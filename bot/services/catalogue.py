"""Search indexes over the store's deliberations and funded actions, rebuilt when it changes."""

from __future__ import annotations

from sqlmodel import Session

from bot.services.search import TextIndex
from storage import queries


class Catalogue:
    def __init__(self) -> None:
        self._deliberations: TextIndex | None = None
        self._actions: TextIndex | None = None

    def forget(self) -> None:
        self._deliberations = self._actions = None

    def deliberations(self, session: Session) -> TextIndex:
        if self._deliberations is None:
            self._deliberations = TextIndex(queries.deliberation_texts(session=session))
        return self._deliberations

    def actions(self, session: Session) -> TextIndex:
        if self._actions is None:
            self._actions = TextIndex(queries.funded_action_texts(session=session))
        return self._actions
