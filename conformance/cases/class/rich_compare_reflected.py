# a < b falls back to b.__gt__(a); == falls back to the reflected __eq__ and then identity.
log = []
class Left:
    pass
class Right:
    def __gt__(self, o):
        log.append('Right.__gt__')
        return True
    def __le__(self, o):
        log.append('Right.__le__')
        return 'le-result'
    def __eq__(self, o):
        log.append('Right.__eq__')
        return 'eq-result'
l, r = Left(), Right()
print(l < r, l >= r, l == r, r == l, log)
log.clear()
print(1 < r, 2 >= r, log)
# A subclass's reflected comparison is tried first.
class Base:
    def __lt__(self, o):
        return 'Base.__lt__'
class Sub(Base):
    def __gt__(self, o):
        return 'Sub.__gt__'
print(Base() < Sub(), Sub() < Base(), Base() < Base())
# Same-type comparisons with NotImplemented both ways fall to identity for ==.
class N:
    def __eq__(self, o):
        return NotImplemented
n = N()
print(n == n, n == N(), n != N())
