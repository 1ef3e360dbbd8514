# A stand-in for systemd's notify socket: binds a Unix datagram socket (a path, or an abstract
# name given as @name), prints "ready", then prints each datagram it receives on one line with
# its newlines written as "|". Used by the tests of the sd_notify sender.
import socket
import sys

name = sys.argv[1]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind("\0" + name[1:] if name.startswith("@") else name)
print("ready", flush=True)
while True:
    data = s.recv(4096)
    print(data.decode("utf-8").replace("\n", "|"), flush=True)
