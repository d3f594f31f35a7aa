def f(x):
    match x:
        case [1 | 2 as n, *_] as whole:
            return f"starts with {n}, whole={whole}"
        case (int() | float()) as num:
            return f"number {num}"
        case {"v": [_, _] as pair}:
            return f"pair {pair}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case _ as anything:
            return f"fallback {anything!r}"
for v in [[1, 5], [2], [3], 7, 1.5, {"v": [1, 2]}, {"v": [1]}, "hello", "hi"]:
    print(f(v))
match (1, (2, 3)):
    case (a, (b, c) as inner) as outer:
        print(a, b, c, inner, outer)
