# Wrong argument counts for str, list and dict methods: each says it the way its CPython
# parser does (older tuple parsing, argument clinic, keyword-capable methods).
for name in ["count", "find", "rfind", "index", "rindex", "startswith", "endswith", "split", "replace", "center", "ljust", "zfill", "join", "strip", "partition", "encode", "expandtabs", "splitlines", "format", "translate"]:
    for args in [(), (1, 2, 3, 4, 5)]:
        try:
            getattr("abc", name)(*args)
        except TypeError as e:
            print(name, len(args), e)
for name in ["count", "index", "append", "insert", "pop", "remove", "extend", "sort"]:
    for args in [(), (1, 2, 3, 4, 5)]:
        try:
            getattr([], name)(*args)
        except (TypeError, ValueError, IndexError) as e:
            print("list", name, len(args), type(e).__name__, e)
for name in ["get", "pop", "setdefault", "update", "fromkeys", "keys", "copy", "popitem"]:
    for args in [(), (1, 2, 3, 4, 5)]:
        try:
            getattr({}, name)(*args)
        except (TypeError, KeyError) as e:
            print("dict", name, len(args), type(e).__name__, e)
for f in [lambda: b"x".decode(1, 2, 3), lambda: bytearray(b"a b").split(None, 1, 2), lambda: b"a".rsplit(sep=b"a", maxsplit=1, x=2)]:
    try:
        f()
    except TypeError as e:
        print("bytes", e)
for f in [lambda: [].sort(key=1, reverse=2, x=3), lambda: [].sort(1,2,3), lambda: "a".splitlines(keepends=1, x=2), lambda: "a".splitlines(1, 2)]:
    try: f()
    except TypeError as e: print(e)
