def f(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(v):
            return f"float {v}"
        case str(s):
            return f"str {s!r}"
        case list([a, *_]):
            return f"list starting {a}"
        case list():
            return "empty list"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict k={v}"
        case dict():
            return "other dict"
        case _:
            return "something else"
for v in [True, -3, 7, 2.5, "s", [9, 8], [], (1, 2), {"k": 0}, {}, None, 1j, frozenset()]:
    print(repr(v), "->", f(v))
match 5:
    case int(real=r, imag=i):
        print("int attrs", r, i)
