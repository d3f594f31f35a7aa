# NotImplemented from the forward method falls back to the reflected one, then to TypeError.
log = []
class A:
    def __add__(self, o):
        log.append('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        log.append('A.__radd__')
        return NotImplemented
class B:
    def __radd__(self, o):
        log.append('B.__radd__')
        return 'B wins'
print(A() + B(), log)
log.clear()
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    A() + 1
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    1 + A()
except TypeError as e:
    print(type(e).__name__, e, log)
print(type(NotImplemented).__name__, repr(NotImplemented))
