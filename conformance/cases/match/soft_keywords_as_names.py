match = 1
case = 2
_ = 3
print(match, case, _)
match = [match, case]
print(match)
def match(x):
    return x * 2
print(match(4))
match match(5):
    case 10:
        print("ten")
case = {"case": "value"}
match case:
    case {"case": v}:
        print(v)
type = "not builtin"
print(type)
del type
print(type(1).__name__)
