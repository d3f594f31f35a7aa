# __new__ returning an instance of another class skips __init__; returning a subclass instance runs it.
log = []
class Other:
    def __init__(self):
        log.append('Other.__init__')
class A:
    def __new__(cls, kind):
        log.append('A.__new__ ' + kind)
        if kind == 'other':
            return Other()
        if kind == 'int':
            return 42
        return super().__new__(cls)
    def __init__(self, kind):
        log.append('A.__init__ ' + kind)
class B(A):
    pass
x = A('other')
print(type(x).__name__, log)
log.clear()
y = A('int')
print(y, log)
log.clear()
z = A('self')
print(type(z).__name__, log)
log.clear()
w = B('self')
print(type(w).__name__, log)
