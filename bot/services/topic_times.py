"""« la dernière fois qu'on a parlé de l'eau », « c'était quand la dernière délib sur la
voirie ? », « la première délibération sur le PLU »: the latest (or earliest) sitting whose
acts are about a topic, asked of the topic, never of the latest sitting held (which may say
nothing of it)."""

from __future__ import annotations

from storage import cues
from storage.names import fold

# « la dernière fois », « pour la dernière fois », « la dernière délib », « la plus récente
# décision », « le dernier vote », « la première fois », « la toute première délibération »
_EDGE = cues.plain(
    r"\b(?:(?:la|le|les) (?:toute )?(?P<last>dernieres?|derniers?|plus recentes?|plus recents?)"
    r"|(?:la|le|les) (?:toute )?(?P<first>premieres?|premiers?|plus anciennes?|plus anciens?))"
    r" (?:fois|delib\w*|deliberations?|decisions?|actes?|votes?)\b"
)


def topic_edge_asked(text: str) -> str | None:
    """« last » or « first » when the message asks the latest or earliest time acts were
    about something; None otherwise (the words about what are the frame's)."""
    found = _EDGE.search(" ".join(fold(text).replace("'", " ").split()))
    if found is None:
        return None
    return "last" if found.group("last") else "first"
