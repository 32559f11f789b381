"""The event coder: actors ► predicates ► events ► factuality ► time ► place ► checks."""

from eventwire.coder.engine import Coder

__all__ = ["Coder"]
