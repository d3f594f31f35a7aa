def f(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case "a" | "b":
            return "letter"
        case [1, _] | (_, 1):
            return "pair with a 1"
        case {"k": 1} | {"j": 1}:
            return "k or j"
        case int() | float():
            return "number"
        case None | True:
            return "none or true"
        case _:
            return "other"
for v in [0, 2, 3, "b", "c", [1, 5], (5, 1), [2, 2], {"j": 1}, 4.5, None, True, []]:
    print(repr(v), f(v))
match (3, "x"):
    case (1, y) | (3, y) | (y, "never"):
        print("y is", y)
