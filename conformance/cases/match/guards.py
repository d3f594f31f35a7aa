def sign(x):
    match x:
        case int() | float() if x > 0:
            return "positive"
        case int() | float() if x < 0:
            return "negative"
        case 0:
            return "zero"
        case _:
            return "nan or not a number"
for v in [5, -2, 0, 0.0, 3.5, -0.5, float("nan"), "x"]:
    print(repr(v), sign(v))
calls = []
def check(v):
    calls.append(v)
    return v > 10
match [5, 20]:
    case [a, b] if check(a):
        print("a big")
    case [a, b] if check(b):
        print("b big", a, b)
print(calls)
match 3:
    case x if False:
        pass
    case y:
        print("guard failed but x bound?", x, y)
