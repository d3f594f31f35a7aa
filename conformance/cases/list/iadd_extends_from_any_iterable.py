# `lst += x` extends the list from any iterable, an instance of a plain class included
# (through `__iter__` or `__getitem__`); the right operand's `__radd__` still goes first.
class ByIndex:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)

class ByIter:
    def __iter__(self):
        return iter('xy')

class Reflected:
    def __radd__(self, other):
        return ('radd', other)

class Plain:
    pass

class Sub(list):
    def __iter__(self):
        return iter(['own'])

lst = [1]
alias = lst
lst += ByIndex()
lst += ByIter()
print(lst, lst is alias)
lst += Sub([5])
print(lst)
r = [2]
r += Reflected()
print(r)
for bad in [Plain(), 7]:
    try:
        lst += bad
    except TypeError as e:
        print('TypeError', e)
nested = [[0]]
nested[0] += ByIter()
print(nested)
