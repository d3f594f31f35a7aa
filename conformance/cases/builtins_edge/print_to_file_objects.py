# print(file=...) writes each piece (arguments, separators, end) through the object's own
# write method, then calls flush() when asked; a failing str() stops it midway.
class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")

b = Buf()
print("a", 1, [2], sep="-", end="!\n", file=b, flush=True)
print(b.parts)
print(file=b)
print(b.parts[-1:])
print("x", "y", file=b, sep=None, end=None, flush=False)
print(b.parts[-4:])

class Bad:
    def __str__(self):
        raise ValueError("no str")

try:
    print("before", Bad(), "after", file=b)
except ValueError as e:
    print("ValueError", e, b.parts[-2:])

class NoWrite:
    pass

try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)

class NoFlush:
    def write(self, s):
        pass

try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError", e)
print("to stdout", file=None)
class Half:
    def __repr__(self):
        raise KeyError("half")
print("kept", end=" ")
try:
    print("pre", [1, 2, Half()], "post")
except KeyError:
    print("<KeyError>")
