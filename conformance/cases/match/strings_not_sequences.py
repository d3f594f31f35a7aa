def f(x):
    match x:
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [*items]:
            return f"seq {items!r}"
        case str():
            return "a str"
        case bytes() | bytearray():
            return "binary"
        case _:
            return "other"
for v in ["ab", "", "xyz", b"ab", bytearray(b"ab"), ["a", "b"], ("a",), list("ab"),
          iter([1, 2]), {"a": 1}]:
    print(type(v).__name__, f(v))
