# Checks annotated assignment statements with and without values in module, function and class scope.
x: int = 5
print(x)
y: str
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def f():
    a: int = 1
    b: list
    try:
        return a, b
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
class C:
    attr: int = 3
    other: str
print(C.attr, hasattr(C, "other"))
class O:
    pass
o = O()
o.v: int = 9
d = {}
d["k"]: float = 1
print(o.v, d)
(z): int = 4
print(z)
t: tuple = 1, 2
print(t)
lst: "list[int]" = []
print(lst)
for src in ["a, b: int = 1, 2", "(a, b): int", "[a]: int = 1", "x: int += 1"]:
    try:
        compile(src, "f", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__)
