def not_a_class():
    pass

holder = type("Holder", (), {})
holder.f = not_a_class
holder.n = 5

try:
    match 1:
        case holder.f():
            print("no")
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 1:
        case holder.n(x=1):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)
alias = int
match 3:
    case alias(v):
        print("alias works", v)
match "s":
    case holder():
        print("no")
    case _:
        print("str is not Holder")
