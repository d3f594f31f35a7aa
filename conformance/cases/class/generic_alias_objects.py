# Subscripting a builtin container type makes a GenericAlias (PEP 585): its repr, origin and
# arguments, equality and hash, calling it, unions with it, annotations that use it, and
# the errors for isinstance and for types that take no arguments.
print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(list[None]), type(list[int]).__name__, list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(list[int] == list[int], list[int] == list, list[int]((1,2)), hash(list[int]) == hash(list[int]))
try: isinstance([], list[int])
except TypeError as e: print(e)
print(list[int] | None, type(list[int] | None).__name__)
print(dict[(str, int)], set[int], frozenset[str], type[int], enumerate[int], callable(list[int]))
try: int[3]
except TypeError as e: print(e)
class A: pass
print(list[A], type[A], list[int, str], {list[int]: 1}[list[int]])
y: list[int] = [2]
print(y, __annotations__)
class C:
    z: tuple[int, ...] = ()
    w: dict[str, "A"] | None = None
print(C.z, C.__annotations__)
try: issubclass(list, list[int] | None)
except TypeError as e: print(e)
