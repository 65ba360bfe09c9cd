"""What hostile or careless input looks like: any text (NUL and other control characters included),
Unicode digits that ``str.isdigit`` accepts but ``int`` may not (``²``, ``١٢``), huge and negative numbers."""

from contextlib import contextmanager

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

NASTY = ["", " ", "\x00", "a\x00b", "²", "١٢", "۳", "፩", "0", "-1", "1.5", "1e309", "9" * 30, "9" * 400,
         "%", "%00", "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --", "\u202e", "\ufeff",
         "ä" * 5000, "NaN", "Infinity", "[]", "{}", "true"]

# one strategy for "whatever arrives in a parameter or a field"
anything = st.one_of(st.sampled_from(NASTY), st.text(max_size=300), st.integers().map(str),
                     st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=1, max_size=5))

# derandomize: the same examples on every run, so that CI is repeatable; drop it locally to explore further
FUZZ = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@contextmanager
def rolled_back():
    """Each example's writes are undone (the test's own transaction stays open around all examples)."""
    from django.core.cache import cache
    from django.db import transaction

    cache.clear()  # rate limits and cached pages of the previous example
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
