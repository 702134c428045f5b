"""Name keys: how gold and predicted names are compared.

Names are compared after normalisation (case, punctuation, "co-operation" spelling,
possessive 's, a leading "the"); keys starting with an honorific never match, so
"Mr Chan" cannot merge two different Chans.

Examples
--------
>>> norm("The Hong Kong/Shanghai Co-operation Conference")
'hong kong shanghai cooperation conference'
>>> name_keys(["Chan Kwok-ki", "Mr Chan"])
['chan kwok ki']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from igr.resolve.names import norm  # the same normalisation the corpus resolution merges by

__all__ = ["HONORIFIC", "name_keys", "norm", "usable"]

HONORIFIC = re.compile(r"^(mr|mrs|ms|miss|dr|professor|prof|sir|madam)\b")


def usable(key: str) -> bool:
    """Whether a normalised name may match: not empty and not honorific-led.

    Examples
    --------
    >>> usable("mr chan"), usable("chan kwok ki"), usable("")
    (False, True, False)
    """
    return bool(key) and not HONORIFIC.match(key)


def name_keys(names: Iterable[str]) -> list[str]:
    """Normalised, usable keys of ``names``, in order (duplicates kept, as ranks matter).

    Examples
    --------
    >>> name_keys(["Dr Lee", "the HKSAR", "HKSAR"])
    ['hksar', 'hksar']
    """
    return [k for k in (norm(n) for n in names) if usable(k)]
