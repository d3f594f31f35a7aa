class Color:
    RED = 0
    GREEN = 1
    BLUE = "blue"

class Ns:
    class Inner:
        LIMIT = 10

def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue!"
        case Ns.Inner.LIMIT:
            return "limit"
        case _:
            return "unknown"
for v in [0, 1, "blue", 10, 2, False]:
    print(repr(v), name(v))
RED = 0
match 5:
    case RED:
        print("bare name captures:", RED)
