"""Read CAMEO/PETRARCH dictionaries (actors, agents, verbs, discards) and code sentences with them."""

from eventwire.dictionaries.coder import DictionaryCoder, DictionaryMatch
from eventwire.dictionaries.errors import DictionaryFormatError
from eventwire.dictionaries.loading import Dictionaries, DictionaryKind

__all__ = ["Dictionaries", "DictionaryCoder", "DictionaryFormatError", "DictionaryKind", "DictionaryMatch"]
