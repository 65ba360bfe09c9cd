"""Demo step of ``manage.py load_demo``: index everything the other areas loaded."""

from search import indexing
from search.backends import get_engine


def load(stdout=None) -> int:
    count = indexing.rebuild(get_engine())
    if stdout:
        stdout.write(f"search index rebuilt: {count} documents")
    return count
