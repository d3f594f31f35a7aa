# sub's argument types: str and bytes must agree; a callable must return str (or None).
import re
for f in [lambda: re.sub("a", b"x", "a"), lambda: re.sub("a", b"x", "b"), lambda: re.sub(b"a", "x", b"a"),
          lambda: re.sub("a", 1, "a"), lambda: re.sub("a", lambda m: 1, "a"), lambda: re.sub("a", "x", b"a"),
          lambda: re.sub(b"a", b"x", bytearray(b"aa")), lambda: re.sub(b"a", bytearray(b"y"), b"aa"),
          lambda: re.sub("a", "x", None)]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)
