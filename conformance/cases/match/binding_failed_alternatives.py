def show(name):
    try:
        print(name, "=", eval(name))
    except NameError as e:
        print(type(e).__name__, e)

match (1, 2):
    case (a, 3):
        print("no")
    case (b, c):
        print("second case", b, c)
show("a")
match [10, "x"]:
    case [n, int()] | [_, n]:
        print("n =", n)
match {"p": 1, "q": 2}:
    case {"p": p, "q": 99}:
        print("no")
    case {"q": q}:
        print("q =", q)
show("p")
match (7, 8, 9):
    case (first, *rest, 0):
        print("no")
    case _:
        print("default")
show("first")
show("rest")
match 5:
    case (6 as v) | (5 as v) if False:
        print("no")
    case _:
        print("guard rejected")
show("v")
try:
    compile("match x:\n    case (6 as six) | (5 as five):\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
