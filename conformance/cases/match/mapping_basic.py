def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
print(f({"type": "point", "x": 1, "y": 2}))
print(f({"type": "point", "x": 1}))
print(f({"type": "circle", "r": 5, "color": "red"}))
print(f({"kind": "x"}))
print(f({}))
print(f([("type", "point")]))
print(f("type"))
