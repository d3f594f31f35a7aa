# The strip family, split and partition reject non-str arguments with CPython's messages.
s = " abc "
for call in [lambda: s.strip(5), lambda: s.lstrip(b" "), lambda: s.rstrip(["a"]),
             lambda: s.split(b","), lambda: s.rsplit(1), lambda: s.split(",", "1"),
             lambda: s.split(",", 1.0), lambda: s.splitlines(None),
             lambda: s.count(None), lambda: s.replace("a"), lambda: s.replace("a", "b", 1.0)]:
    try:
        print(repr(call()))
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(s.split(maxsplit=-1)), repr(s.splitlines(0)), repr(s.strip(None)))
