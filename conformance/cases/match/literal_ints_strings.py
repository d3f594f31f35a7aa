def f(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case 2.5:
            return "two and a half"
        case _:
            return "other"
for v in [0, 1, "hello", b"raw", 2.5, 1.0, True, 0.0, False, "HELLO", 3]:
    print(repr(v), f(v))
