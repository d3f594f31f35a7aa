# reversed() on sequences, ranges, dicts and custom __reversed__/__len__+__getitem__ objects, and non-reversible errors.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(())), list(reversed(range(0, 10, 3))))
print(list(reversed(range(5, -5, -4))), list(reversed(range(0))), list(reversed({"a": 1, "b": 2, "c": 3})))
print(list(reversed({"k": 1}.values())), list(reversed({"k": 1, "j": 2}.items())), list(reversed(b"xyz")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i] * 2
class Rev:
    def __reversed__(self):
        return iter("custom")
class NoLen:
    def __getitem__(self, i):
        return i
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
print(list(reversed(Seq())), "".join(reversed(Rev())))
for bad in [{1, 2}, 5, None, iter([1]), NoLen(), (x for x in "ab"), RevNone(), frozenset()]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: reversed(), lambda: reversed([1], [2]), lambda: reversed(sequence=[1])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), iter(r) is r, type(reversed([])).__name__, type(reversed(range(2))).__name__)
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
lst = [1, 2, 3]
r = reversed(lst)
next(r)
lst.clear()
print(list(r))
