# reversed() over a user sequence (__len__ and __getitem__) asks for items lazily, from the
# end; IndexError or StopIteration from __getitem__ ends it, other errors propagate; the
# iterator's type names follow CPython's.
class S:
    def __len__(self): return 4
    def __getitem__(self, i):
        print("get", i)
        if i == 1: raise IndexError
        return i * 10
r = reversed(S())
print(type(r).__name__)
print(list(r), list(r))
class T:
    def __len__(self): return 2
    def __getitem__(self, i): raise KeyError(i)
try: list(reversed(T()))
except KeyError as e: print("KeyError", e)
class U:
    def __len__(self): return -1
    def __getitem__(self, i): return i
try: reversed(U())
except ValueError as e: print(e)
print(type(reversed([1])).__name__, type(reversed((1,))).__name__, type(reversed("ab")).__name__)
