"""What every service started on this machine for the stack, the tests and the benchmarks needs."""

import socket

LOOPBACK = "127.0.0.1"


def free_port():
    """A loopback port no one listens on now."""
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]
