# int subclasses with __new__ validation, and how bool and int subclass results interact.
class Small(int):
    def __new__(cls, v=0):
        if not 0 <= int(v) < 100:
            raise ValueError("out of range: %r" % (v,))
        return super().__new__(cls, v)
print(Small(5), Small("42"), Small(), type(Small(1)).__name__)
try:
    Small(500)
except ValueError as e:
    print(type(e).__name__, e)
s = Small(7)
print(s + s, type(s + s).__name__, s == 7, s in [7], [0, 1, 2, 3, 4, 5, 6, 7][s])
print(str(s), repr(s), f"{s:03d}", hex(s), s.bit_length(), divmod(s, 2))
class Flag(int):
    def __repr__(self):
        return "Flag(" + int.__repr__(self) + ")"
    def __or__(self, o):
        return Flag(int(self) | int(o))
    __ror__ = __or__
print(Flag(1) | Flag(2), 4 | Flag(1), Flag(3) & 1, type(Flag(3) & 1).__name__)
print(True + True, type(True + True).__name__, True & True, type(True & True).__name__)
print(True | 2, type(False ^ True).__name__, -True, ~False)
print(int(True), str(True), repr(False), True == 1, hash(True) == hash(1))
print(isinstance(Flag(1), int), issubclass(Flag, int), int.__add__(Flag(2), 3))
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%d|%x|%s" % (Small(7), Flag(255), Flag(1)))
except TypeError as e:
    print(type(e).__name__, e)
