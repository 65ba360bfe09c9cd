"""The address of the client that sent a request, for rate limits and login lockouts.

Without trusted proxies (the default) it is ``REMOTE_ADDR``, and ``X-Forwarded-For`` is ignored: any
client can write that header. Behind reverse proxies the setting ``TRUSTED_PROXIES`` is either the
number of proxies in front of the application or a list of their addresses and networks; the client
is then the right-most address in ``X-Forwarded-For`` that is not one of those proxies.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

Trusted = int | tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] | None


def parse_trusted_proxies(value: str | None) -> Trusted:
    """The ``TRUSTED_PROXIES`` environment value: empty (none), a count, or addresses/CIDRs."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():
        return int(value) or None
    try:
        return tuple(ipaddress.ip_network(part.strip(), strict=False) for part in value.split(",") if part.strip())
    except ValueError as error:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from None


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    trusted: Trusted = getattr(settings, "TRUSTED_PROXIES", None)
    if not trusted:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    chain = [*forwarded, remote]  # nearest hop last
    if isinstance(trusted, int):
        # the last ``trusted`` hops are our proxies; the hop before them is the client
        index = max(0, len(chain) - 1 - trusted)
        found = _address(chain[index])
        if found is None:  # not an address: the hop that passed it on is the last one we can name
            return chain[index + 1] if index + 1 < len(chain) else remote
        return str(found)
    previous = remote
    for text in reversed(chain):
        found = _address(text)
        if found is None:
            return previous  # not an address: the hop that passed it on is the last one we can name
        if not any(found in network for network in trusted):
            return str(found)
        previous = str(found)
    return previous
