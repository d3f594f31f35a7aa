# Wrong numbers of positional arguments to many builtins produce CPython's exact TypeError messages.
calls = [
    ("len()", lambda: len()), ("len(1, 2)", lambda: len(1, 2)), ("abs()", lambda: abs()), ("chr()", lambda: chr()),
    ("ord('a', 'b')", lambda: ord("a", "b")), ("divmod(1)", lambda: divmod(1)), ("getattr(1)", lambda: getattr(1)),
    ("setattr(1, 'x')", lambda: setattr(1, "x")), ("hasattr()", lambda: hasattr()), ("delattr(1, 2, 3)", lambda: delattr(1, 2, 3)),
    ("isinstance(1)", lambda: isinstance(1)), ("issubclass(int)", lambda: issubclass(int)), ("iter()", lambda: iter()),
    ("next()", lambda: next()), ("callable()", lambda: callable()), ("hash()", lambda: hash()), ("hash(1, 2)", lambda: hash(1, 2)),
    ("id()", lambda: id()), ("repr()", lambda: repr()), ("ascii(1, 2)", lambda: ascii(1, 2)), ("bin()", lambda: bin()),
    ("oct(1, 2)", lambda: oct(1, 2)), ("hex()", lambda: hex()), ("format()", lambda: format()), ("vars(1, 2)", lambda: vars(1, 2)),
    ("dir(1, 2)", lambda: dir(1, 2)), ("sorted()", lambda: sorted()), ("reversed()", lambda: reversed()),
    ("enumerate()", lambda: enumerate()), ("zip() ok", lambda: list(zip())), ("map(len)", lambda: map(len)),
    ("filter(None)", lambda: filter(None)), ("range()", lambda: range()), ("slice()", lambda: slice()),
    ("sum()", lambda: sum()), ("min()", lambda: min()), ("max()", lambda: max()), ("pow(2)", lambda: pow(2)),
    ("round()", lambda: round()), ("all()", lambda: all()), ("any(1, 2)", lambda: any(1, 2)), ("type()", lambda: type()),
    ("type(1, 2)", lambda: type(1, 2)), ("int(1, 2, 3)", lambda: int(1, 2, 3)), ("str(1, 2, 3, 4)", lambda: str(1, 2, 3, 4)),
    ("list(1, 2)", lambda: list(1, 2)), ("tuple(1, 2)", lambda: tuple(1, 2)), ("dict(1, 2)", lambda: dict(1, 2)),
    ("set(1, 2)", lambda: set(1, 2)), ("bool(1, 2)", lambda: bool(1, 2)), ("object(1)", lambda: object(1)),
]
for label, fn in calls:
    try:
        r = fn()
        print(f"{label}: ok {r!r}")
    except TypeError as e:
        print(f"{label}: {e}")
