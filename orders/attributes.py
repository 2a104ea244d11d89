"""An offer's structured attributes as a reader sees them (#18: the offer page printed
`{'width_cm': 50, ...}` and `['S', 'M', 'L', 'XL']`, and "age" was translated as a
waiting time).

Known names get a translated label; a name ending in `_cm` (or `_kg`, `_g`, `_l`) gives
its unit; nested dimensions read "duvet cover: 160 × 200 cm"; lists are joined; numbers
are written in the reader's language. Unknown names show as the seller wrote them, with
underscores as spaces. Values (the seller's words) are never translated.
"""

from django.utils.formats import number_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy, pgettext_lazy

LABELS = {
    "size": gettext_lazy("size"),
    "sizes_available": pgettext_lazy("offer attribute", "sizes available"),
    "material": gettext_lazy("material"),
    "color": gettext_lazy("colour"),
    "colour": gettext_lazy("colour"),
    "dimensions": gettext_lazy("dimensions"),
    "weight": gettext_lazy("weight"),
    "brand": gettext_lazy("brand"),
    "model": gettext_lazy("model"),
    "length": gettext_lazy("length"),
    "width": gettext_lazy("width"),
    "height": gettext_lazy("height"),
    "capacity": gettext_lazy("capacity"),
    "condition": gettext_lazy("condition"),
    "warranty": gettext_lazy("warranty"),
    "pieces": pgettext_lazy("offer attribute", "pieces in the set"),
    "age": pgettext_lazy("offer attribute", "recommended age"),
    "edge": pgettext_lazy("offer attribute", "edge"),
    "back_length": pgettext_lazy("offer attribute", "back length"),
    "chest_width": pgettext_lazy("offer attribute", "chest width"),
    "duvet_cover": pgettext_lazy("offer attribute", "duvet cover"),
    "pillowcase": pgettext_lazy("offer attribute", "pillowcase"),
    "bag": pgettext_lazy("offer attribute", "bag"),
}
UNITS = {"cm": "cm", "mm": "mm", "m": "m", "kg": "kg", "g": "g", "l": "l", "ml": "ml"}
MAX_DEPTH = 4


def _split_unit(key: str) -> tuple[str, str]:
    stem, _sep, suffix = key.rpartition("_")
    if stem and suffix.lower() in UNITS:
        return stem, UNITS[suffix.lower()]
    return key, ""


def label(key: str) -> str:
    stem, _unit = _split_unit(str(key))
    known = LABELS.get(stem.lower())
    return str(known) if known is not None else stem.replace("_", " ")


def _scalar(value) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return number_format(value, use_l10n=True)
    return str(value)


def value_text(key: str, value, depth: int = 0) -> str:
    """One attribute's value as text (see the module)."""
    _stem, unit = _split_unit(str(key))
    if depth >= MAX_DEPTH:
        return ""
    if isinstance(value, dict):
        if value and all(not isinstance(v, dict | list) for v in value.values()):
            # A set of measures: "160 × 200 cm" for width and length (or height) alone,
            # the usual way of writing a size; else "back length 68 cm, chest width 52 cm".
            parts = {str(k): v for k, v in value.items()}
            units = {_split_unit(k)[1] for k in parts} - {""}
            common = unit or (units.pop() if len(units) == 1 else "")
            plain = [_split_unit(k)[0].lower() for k in parts]
            if common and plain in (["width", "length"], ["width", "height"]):
                text = " × ".join(_scalar(v) for v in parts.values())
                return f"{text} {common}"
            return ", ".join(
                f"{label(k)} {_scalar(v)} {_split_unit(k)[1] or unit}".rstrip()
                for k, v in parts.items()
            )
        return "; ".join(f"{label(k)}: {value_text(k, v, depth + 1)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(value_text(key, item, depth + 1) for item in value)
    text = _scalar(value)
    return f"{text} {unit}" if unit else text


def attribute_rows(attributes) -> list[tuple[str, str]]:
    """(label, value) of each attribute, in the seller's order."""
    if not isinstance(attributes, dict):
        return []
    return [(capfirst(label(k)), value_text(k, v)) for k, v in attributes.items()]
