# X | Y of types: members flattened, deduplicated and ordered; None for NoneType; a union
# of one member is that member; equality in any order; isinstance/issubclass; metaclass
# operators take precedence; other operands are TypeErrors.

class A:
    pass

class B(A):
    pass

U = int | str | None
print(U, U.__args__, type(U).__name__)
print(int | int, (int | str) | (str | bytes), int | (str | int))
print((int | str) == (str | int), (int | str) != (int | bytes), hash(int | str) == hash(str | int))
print(A | B, None | int, isinstance(None, U), isinstance(b"", U))
print({int | str: 1}[str | int], len({int | str, str | int}))
print(issubclass(B, A | int), issubclass(bool, str | float), isinstance(B(), (int, A | str)))
try:
    issubclass(3, int | str)
except TypeError as e:
    print("TypeError", e)

class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__"

    def __ror__(cls, other):
        return "Meta.__ror__"

class M(metaclass=Meta):
    pass

print(M | int, int | M)
for bad in (lambda: int | 1, lambda: None | None, lambda: "a" | int, lambda: [] | str):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
