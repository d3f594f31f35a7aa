result = "unchanged"
match 99:
    case 1:
        result = "one"
    case "99":
        result = "string"
    case [99]:
        result = "list"
print(result)
def f(x):
    match x:
        case 0:
            return "zero"
print(f(1))
match None:
    case 0 | False:
        print("falsy literal")
print("after")
match []:
    case [x]:
        print("bound", x)
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
