# Methods read from a builtin type are descriptors that check what they are called on:
# CPython's two wordings (method descriptors, slot wrappers), their reprs and type names,
# binding through __get__ and through a user class, and the class-method and __new__ exceptions.
print(str.upper, int.__add__, list.append)
print(type(str.upper).__name__, type(int.__add__).__name__)
print(str.upper("ab"), int.__add__(3, 4), list.append.__name__, list.append.__qualname__)
for call in (lambda: int.__add__("a", 1), lambda: float.is_integer(1), lambda: tuple.index([1], 1),
             lambda: str.upper(5), lambda: list.append(), lambda: float.__add__(1, 2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(list(map(str.upper, ["a", "b"])), sorted(["B", "a"], key=str.lower))
class S(str):
    pass
print(str.upper(S("x")), int.__add__(True, 2))
class X:
    f = str.upper
try:
    X().f()
except TypeError as e:
    print("TypeError", e)
print(str.upper.__get__("q")(), dict.fromkeys([1]), int.from_bytes(b"\x01", "big"))
print(object.__new__(X).__class__.__name__, str.__new__(S, "k"))
l = []
list.append(l, 3); print(l, str.join(",", "ab"), str.upper.__objclass__)
class A:
    pass
print(str.upper is str.upper, A.__hash__ is object.__hash__, A.__init__ is object.__init__)
print(callable(str.upper), callable(int.__add__), int.__add__.__name__, str.upper.__qualname__)
class D(dict):
    pass
print(type(D.fromkeys([1])).__name__, D.get(D(a=1), "a"))
