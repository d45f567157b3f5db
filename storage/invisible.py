"""Characters nobody sees, for the two places text comes in: what a member types
(bot/incoming.py) and what a document prints (storage/parsing/text.py).

Control characters (but tab and line breaks) and Unicode format characters: zero-width spaces
and joiners, bidirectional marks, embeddings, overrides and isolates, the soft hyphen, the BOM,
invisible operators, tags. Left in a name, each one makes another spelling of it: « DE\u200bGRAIX »
matched nobody, and « GI\u202eRAUD » is shown reversed wherever it is printed. Listed rather
than derived from unicodedata at import, which would cost the console's start a third of a
second.
"""

from __future__ import annotations

import re

# The tags (outside the first plane) in an alternative of their own: in one character class
# with the others, every document's search for them took twice as long.
_PATTERN = (
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\U000e0001\U000e0020-\U000e007f]"
)
INVISIBLE = re.compile(_PATTERN)
# One invisible character, as a part of a larger pattern.
INVISIBLE_PATTERN = f"(?:{_PATTERN})"
