"""Which hosts the watcher may connect to: public addresses only, unless the user allows a network.

A feed (or a redirect) may name ``127.0.0.1``, ``localhost``, ``0x7f000001``, ``2130706433``, ``[::1]``,
``169.254.169.254`` or an intranet host: fetching it would reach services that trust the machine and
publish what they answer through the API (server-side request forgery). Every host is resolved here, the
way the connection itself would resolve it (``getaddrinfo`` reads all those spellings), and refused when
any of its addresses is loopback, link-local, private, multicast, reserved or otherwise not global,
unless it lies in a network the user listed (``eventwire watch --allow-network 10.0.0.0/8``).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class AddressRefusedError(Exception):
    """The host resolves to an address the watcher must not reach; never worth retrying."""


class UnresolvableHostError(Exception):
    """The host name does not resolve (now): worth retrying later."""


@dataclass(frozen=True, slots=True)
class AllowedNetworks:
    """Networks the user allows although they are not public (an intranet, a local test server)."""

    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, specs: Iterable[str]) -> AllowedNetworks:
        """From CIDR blocks or single addresses (``"10.0.0.0/8"``, ``"127.0.0.1"``, ``"::1"``);
        raises ``ValueError`` naming a spec that is neither."""
        networks: list[IPNetwork] = []
        for spec in specs:
            try:
                networks.append(ipaddress.ip_network(spec.strip().strip("[]"), strict=False))
            except ValueError as error:
                raise ValueError(f"not a network or address: {spec!r}") from error
        return cls(tuple(networks))

    def __contains__(self, address: object) -> bool:
        if not isinstance(address, ipaddress.IPv4Address | ipaddress.IPv6Address):
            return False
        return any(address.version == net.version and address in net for net in self.networks)


def refusal(address: IPAddress) -> str | None:
    """Why ``address`` is not a public address the watcher may reach (``"loopback"``...), or None."""
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    if mapped is not None:
        return refusal(mapped)
    for kind, flag in (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
    ):
        if flag:
            return kind
    return None if address.is_global else "non-global"


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (an IP literal in any spelling resolves to itself)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise UnresolvableHostError(f"cannot resolve {host!r}: {error}") from error
    addresses: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise UnresolvableHostError(f"cannot resolve {host!r}: no address")
    return addresses


def checked_address(host: str, port: int, allowed: AllowedNetworks) -> IPAddress:
    """The address to connect to for ``host``: all its addresses must be public or allowed.

    Raises ``AddressRefusedError`` (permanent) or ``UnresolvableHostError`` (transient)."""
    addresses = resolve(host, port)
    for address in addresses:
        kind = refusal(address)
        if kind is not None and address not in allowed:
            raise AddressRefusedError(
                f"refused: {host} is {address}, a {kind} address"
                " (--allow-network lets the watcher reach a network you trust)"
            )
    return addresses[0]
