# sys.stdout and sys.stderr write text and count it; stdin reads as empty here.
import sys
n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""), sys.stdout.flush())
print(sys.stderr.write("to stderr\n"), print("also stderr", file=sys.stderr))
print(sys.stdin.read(), repr(sys.stdin.readline()), list(sys.stdin))
for bad in [b"x", 3]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(type(e).__name__)
print(sys.stdout.encoding, sys.stderr.errors == "backslashreplace" or True)
