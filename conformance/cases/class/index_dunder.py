# __index__ lets objects act as integers for bin/hex/oct, indexing, slicing, range and operator use.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i2 = Idx(2)
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
lst = ['a', 'b', 'c', 'd', 'e']
print(lst[i2], lst[Idx(-1)], lst[Idx(1):Idx(4)], lst[::Idx(2)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(7), i2)))
print('ab' * i2, [0] * Idx(3), 'xyz'[i2])
# int() falls back to __index__ when there is no __int__.
print(hasattr(Idx, '__int__'), int(Idx(9)), '%x' % Idx(31))
class BadIdx:
    def __index__(self):
        return 'nope'
try:
    lst[BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst['x']
except TypeError as e:
    print(type(e).__name__, e)
class NoIdx:
    pass
try:
    range(NoIdx())
except TypeError as e:
    print(type(e).__name__, e)
