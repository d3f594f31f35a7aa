# `in` uses __contains__ (result coerced to bool), else iteration via __iter__ or __getitem__.
class Evens:
    def __contains__(self, x):
        return x % 2 == 0
class Truthy:
    def __contains__(self, x):
        return 'yes'
class ByIter:
    def __iter__(self):
        return iter([1, 2, 3])
class ByGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
print(1 in Truthy(), 1 not in Truthy())
print(2 in ByIter(), 5 in ByIter(), 20 in ByGetitem(), 25 in ByGetitem())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class NotContainer:
    __contains__ = None
try:
    1 in NotContainer()
except TypeError as e:
    print(type(e).__name__, e)
