calls = 0
def subject():
    global calls
    calls += 1
    return [calls, "x"]
match subject():
    case [2, _]:
        print("no")
    case [3, _]:
        print("no")
    case [n, s]:
        print("matched", n, s)
print("calls", calls)
def gen():
    yield 1
    yield 2
match list(gen()):
    case [a, b]:
        print(a, b)
match (w := 5 * 5):
    case 25:
        print("walrus subject", w)
