# `in` prefers __contains__, then __iter__, then __getitem__; __iter__ = None blocks the fallback.
class All:
    def __contains__(self, x):
        print("contains", x)
        return False
    def __iter__(self):
        print("iter")
        return iter([1])
    def __getitem__(self, i):
        print("getitem")
        return 1
print(1 in All())
class IterGet:
    def __iter__(self):
        print("iter")
        return iter([1, 2])
    def __getitem__(self, i):
        print("getitem", i)
        raise IndexError
print(2 in IterGet(), 3 in IterGet())
class GetOnly:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError
        return i
print(1 in GetOnly())
print(7 in GetOnly())
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    print(0 in Blocked())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(Blocked())
except TypeError as e:
    print(type(e).__name__, e)
class GenIter:
    def __iter__(self):
        yield from "abc"
print("b" in GenIter(), "z" in GenIter(), list(GenIter()))
