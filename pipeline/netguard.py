"""Which network addresses newsmon may connect to (the SSRF guard).

By default only public unicast addresses: loopback, private, link-local (cloud metadata at
169.254.169.254 among them), multicast, reserved and unspecified ranges are refused unless an
`allow_networks` entry opens them. The check runs on the resolved addresses, and the HTTP
adapter connects to the address that passed, so a name that resolves differently a moment
later (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.errors import PermanentError, TransientError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class RefusedAddress(PermanentError):
    """The URL leads to an address newsmon must not reach."""


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    allow_networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_strings(cls, networks: Iterable[str]) -> AddressPolicy:
        return cls(tuple(ipaddress.ip_network(n.strip(), strict=False) for n in networks if n.strip()))

    def refusal(self, address: IPAddress) -> str:
        """Why `address` is refused, or "" when it may be reached."""
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if any(address in network for network in self.allow_networks):
            return ""
        for label, flagged in (
            ("unspecified", address.is_unspecified),
            ("loopback", address.is_loopback),
            ("link-local", address.is_link_local),
            ("multicast", address.is_multicast),
            ("private", address.is_private),
            ("reserved", address.is_reserved),
            ("not globally routable", not address.is_global),
        ):
            if flagged:
                return label
        return ""

    def resolve(self, host: str, port: int) -> IPAddress:
        """The first address of `host` newsmon may connect to; refuses if any is forbidden."""
        try:
            literal: IPAddress | None = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            literal = None
        if literal is not None:
            addresses = [literal]
        else:
            try:
                infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError) as exc:
                raise TransientError(f"cannot resolve {host}: {exc}") from None
            addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
        # every address must pass: a name that also resolves inside the network is refused
        for address in addresses:
            reason = self.refusal(address)
            if reason:
                raise RefusedAddress(f"refused: {host} resolves to {address} ({reason}); see allow_networks")
        return addresses[0]
