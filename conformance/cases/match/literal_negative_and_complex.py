def f(x):
    match x:
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case 1j:
            return "i"
        case 3 + 4j:
            return "three plus four i"
        case -1 - 1j:
            return "minus one minus i"
        case 0.5 - 2j:
            return "half minus 2i"
        case _:
            return "other"
for v in [-1, -1.0, -2.5, 1j, complex(0, 1), 3 + 4j, -1 - 1j, 0.5 - 2j, 1, 4j]:
    print(repr(v), f(v))
