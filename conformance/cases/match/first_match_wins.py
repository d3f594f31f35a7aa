def f(x):
    match x:
        case int():
            return "int first"
        case 1:
            return "literal one (never reached for ints)"
        case [_, *_]:
            return "non-empty seq"
        case [1, 2]:
            return "exact [1, 2]"
        case _:
            return "default"
print(f(1), "|", f([1, 2]), "|", f("s"))
order = []
match 5:
    case 5 if order.append("guard1") or False:
        order.append("body1")
    case 5 if order.append("guard2") is None:
        order.append("body2")
    case 5:
        order.append("body3")
print(order)
