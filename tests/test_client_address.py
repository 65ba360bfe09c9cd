"""Rate limits and login lockouts key on the client's address: REMOTE_ADDR, or behind trusted proxies
the right-most address in X-Forwarded-For that is not one of them."""

import pytest
from axes.helpers import get_client_ip_address
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from community.ratelimit import client_key
from kernel.client_address import client_address, parse_trusted_proxies


def request(remote="10.0.0.5", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_a_spoofed_header_changes_nothing(settings):
    settings.TRUSTED_PROXIES = None
    assert client_address(request(forwarded="203.0.113.9")) == "10.0.0.5"
    assert client_key(request(forwarded="203.0.113.9")) == client_key(request(forwarded="198.51.100.1"))


def test_one_trusted_proxy_takes_the_address_it_appended(settings):
    settings.TRUSTED_PROXIES = 1
    # the client wrote "1.1.1.1" itself; the proxy appended the address it saw
    assert client_address(request(forwarded="1.1.1.1, 203.0.113.9")) == "203.0.113.9"
    assert client_key(request(forwarded="203.0.113.9")) != client_key(request(forwarded="198.51.100.1"))


def test_trusted_networks_take_the_right_most_untrusted_address(settings):
    settings.TRUSTED_PROXIES = parse_trusted_proxies("10.0.0.0/8, 192.0.2.7")
    assert client_address(request(forwarded="1.1.1.1, 203.0.113.9, 192.0.2.7")) == "203.0.113.9"
    assert client_address(request(remote="198.51.100.4", forwarded="203.0.113.9")) == "198.51.100.4"
    assert client_address(request(forwarded="not-an-address")) == "10.0.0.5"


def test_login_lockout_uses_the_same_address(settings):
    settings.TRUSTED_PROXIES = 1
    assert get_client_ip_address(request(forwarded="203.0.113.9")) == "203.0.113.9"
    settings.TRUSTED_PROXIES = None
    assert get_client_ip_address(request(forwarded="203.0.113.9")) == "10.0.0.5"


@pytest.mark.parametrize(("value", "parsed"), [("", None), ("0", None), ("2", 2)])
def test_setting_values(value, parsed):
    assert parse_trusted_proxies(value) == parsed


def test_a_misspelt_proxy_address_stops_start_up():
    with pytest.raises(ImproperlyConfigured):
        parse_trusted_proxies("10.0.0.300")
