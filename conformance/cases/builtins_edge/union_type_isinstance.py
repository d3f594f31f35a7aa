# PEP 604 union types (X | Y) used with isinstance()/issubclass(), their repr, equality and invalid operands.
class A: pass
class B(A): pass
U = int | str
print(isinstance(1, U), isinstance("s", U), isinstance(1.5 if False else [], U), isinstance(True, U))
print(isinstance(None, int | None), isinstance(None, int | type(None)), issubclass(B, A | str), issubclass(bool, str | int))
print(repr(int | str), repr(int | None), repr(str | int | None), repr(A | B) if False else "skip")
print((int | str) == (str | int), (int | str) == (int | str | int), int | int)
print(isinstance(B(), (str, A | int)), isinstance(3, (str | bytes, (list, int | float))))
print(type(int | str).__name__, (int | str).__args__)
for bad in [lambda: int | 1, lambda: int | "str", lambda: 1 | int]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
