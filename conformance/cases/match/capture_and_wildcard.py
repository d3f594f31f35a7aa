match 42:
    case x:
        print("captured", x)
print("x after match:", x)
match [1, 2]:
    case _:
        print("wildcard matched")
try:
    print(_)
except NameError as e:
    print(type(e).__name__, e)
match (1, 2, 3):
    case (a, _, _):
        print("a =", a)
match "abc":
    case whole:
        print(whole.upper())
