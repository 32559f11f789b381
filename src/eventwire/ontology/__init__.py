"""The event ontology as data: the CAMEO codebook, PLOVER types and modes, and the mapping between them."""

from eventwire.ontology.cameo import (
    QUAD_CLASS_NAMES,
    CameoCode,
    UnknownCameoCode,
    cameo,
    cameo_codes,
    cameo_root,
    is_cameo_code,
)
from eventwire.ontology.pentaclass import pentaclass, pentaclass_by_root, pentaclass_names
from eventwire.ontology.plover import PloverType, plover_contexts, plover_mode_descriptions, plover_types

__all__ = [
    "QUAD_CLASS_NAMES",
    "CameoCode",
    "PloverType",
    "UnknownCameoCode",
    "cameo",
    "cameo_codes",
    "cameo_root",
    "is_cameo_code",
    "pentaclass",
    "pentaclass_by_root",
    "pentaclass_names",
    "plover_contexts",
    "plover_mode_descriptions",
    "plover_types",
]
