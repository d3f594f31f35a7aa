# Keyword arguments passed to builtins that reject them, and misspelled or duplicated keywords, with exact messages.
calls = [
    ("len(obj=)", lambda: len(obj=[])), ("abs(x=)", lambda: abs(x=1)), ("chr(i=)", lambda: chr(i=65)),
    ("ord(c=)", lambda: ord(c="a")), ("divmod(x=, y=)", lambda: divmod(x=1, y=2)), ("isinstance(kw)", lambda: isinstance(1, cls=int)),
    ("iter(object=)", lambda: iter(object=[])), ("next(iterator=)", lambda: next(iterator=iter([1]))),
    ("hash(obj=)", lambda: hash(obj=1)), ("repr(obj=)", lambda: repr(obj=1)), ("hex(number=)", lambda: hex(number=1)),
    ("getattr(kw)", lambda: getattr(1, name="real")), ("callable(obj=)", lambda: callable(obj=1)),
    ("sorted(cmp=)", lambda: sorted([], cmp=None)), ("sorted(keys=)", lambda: sorted([], keys=len)),
    ("max(keys=)", lambda: max([1], keys=len)), ("min(default=, key=, x=)", lambda: min([1], x=1)),
    ("sum(begin=)", lambda: sum([1], begin=0)), ("sum(start=) ok", lambda: sum([1], start=5)),
    ("round(ndigits=) ok", lambda: round(1234, ndigits=-2)), ("pow(mod=) ok", lambda: pow(3, 4, mod=5)),
    ("zip(strict=, strict=)", lambda: zip(**{"strict": True}, **{"strict": False})),
    ("print(sepp=)", lambda: print(1, sepp="")), ("enumerate(start=) ok", lambda: list(enumerate("a", start=3))),
    ("int(x=)", lambda: int(x="5")), ("int(base=) ok", lambda: int("ff", base=16)), ("str(object=) ok", lambda: str(object=5)),
    ("list(iterable=)", lambda: list(iterable=[1])), ("dict(kw) ok", lambda: dict(iterable=1)),
    ("range(stop=)", lambda: range(stop=2)), ("bool(x=)", lambda: bool(x=1)), ("float(x=)", lambda: float(x="1")),
    ("tuple(iterable=)", lambda: tuple(iterable=())), ("reversed(seq=)", lambda: reversed(seq=[])),
    ("map(func=)", lambda: map(func=len, iterables=[])), ("filter(function=)", lambda: filter(function=None, iterable=[])),
    ("dup kw", lambda: sorted([], key=None, **{"key": None})),
]
for label, fn in calls:
    try:
        r = fn()
        print(f"{label}: ok {r!r}")
    except TypeError as e:
        print(f"{label}: {e}")
