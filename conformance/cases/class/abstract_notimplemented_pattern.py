# Abstract-like base classes raise NotImplementedError for missing overrides; template methods dispatch.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must implement area")
    def describe(self):
        return "%s with area %d" % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Blob(Shape):
    pass
print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(isinstance(Square(1), Shape), isinstance(Blob(), Square))
shapes = [Square(2), Blob(), Square(1)]
total = 0
for sh in shapes:
    try:
        total += sh.area()
    except NotImplementedError:
        total += 100
print(total)
class Comparable:
    def key(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.key() < other.key()
class Word(Comparable):
    def __init__(self, w):
        self.w = w
    def key(self):
        return len(self.w)
print([x.w for x in sorted([Word("ccc"), Word("a"), Word("bb")])])
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
print(repr(NotImplemented), type(NotImplemented).__name__)
