# Subjects of the wrong type, and patterns of the wrong type, with CPython's messages.
import re
for f in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 1), lambda: re.match("a", None),
          lambda: re.search("a", ["a"]), lambda: re.compile(1), lambda: re.compile(None), lambda: re.compile([]),
          lambda: re.compile(bytearray(b"a")), lambda: re.findall(b"a", "a"), lambda: re.split("a", b"a"),
          lambda: re.compile("a").match(), lambda: re.match("a"), lambda: re.fullmatch(b"a", memoryview(b"a")),
          lambda: re.compile("a").search("a", 0, 1, 2), lambda: re.Match(), lambda: re.Pattern()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
