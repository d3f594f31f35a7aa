# If the right operand's type is a subclass overriding the reflected method, it is tried first.
log = []
class Base:
    def __add__(self, o):
        log.append('Base.__add__')
        return 'base add'
    def __radd__(self, o):
        log.append('Base.__radd__')
        return 'base radd'
    def __mul__(self, o):
        log.append('Base.__mul__')
        return 'base mul'
class Sub(Base):
    def __radd__(self, o):
        log.append('Sub.__radd__')
        return 'sub radd'
class NoOverride(Base):
    pass
print(Base() + Sub(), log)
log.clear()
print(Base() + NoOverride(), log)
log.clear()
print(Sub() + Base(), log)
log.clear()
print(Base() * Sub(), log)
# Subclass reflected returning NotImplemented falls back to the left forward method.
class Shy(Base):
    def __radd__(self, o):
        log.append('Shy.__radd__')
        return NotImplemented
log.clear()
print(Base() + Shy(), log)
# Also for builtins: an int subclass's __radd__ wins over int.__add__.
class MyInt(int):
    def __radd__(self, o):
        return 'MyInt radd'
print(1 + MyInt(2), MyInt(2) + 1)
