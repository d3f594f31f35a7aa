def f(x):
    match x:
        case [a, b, c]:
            return "three"
        case [a, b, *c] if len(c) > 2:
            return f"long {len(c)}"
        case [a, b, *c]:
            return f"at least two, extra {c}"
        case [a]:
            return "one"
        case _:
            return "nothing"
for v in [[1, 2, 3], [1, 2], [1, 2, 3, 4], [1, 2, 3, 4, 5, 6], [1], [], (1, 2, 3)]:
    print(v, f(v))
