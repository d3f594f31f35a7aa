# Checks for-loops over user classes implementing __iter__/__next__ or only __getitem__.
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

for v in Count(3):
    print(v, end=" ")
print()
c = Count(2)
print(list(c), list(c))

class Squares:
    def __getitem__(self, idx):
        if idx >= 4:
            raise IndexError
        return idx * idx

for s in Squares():
    print(s, end=" ")
print()
print(3 in Count(5), 9 in Squares(), 10 in Squares())

class NotIterable:
    pass

try:
    for x in NotIterable():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return [1, 2]

try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
