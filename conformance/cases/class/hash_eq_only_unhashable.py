# Defining __eq__ without __hash__ sets __hash__ to None, making instances unhashable.
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(E.__hash__ is None, '__hash__' in E.__dict__)
for f in (lambda: hash(E(1)), lambda: {E(1): 1}, lambda: {E(1)}, lambda: set([E(2)])):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(E(1) == E(1), E(1) in [E(0), E(1)])
# A subclass inherits the None hash unless it defines one.
class Sub(E):
    pass
try:
    hash(Sub(1))
except TypeError as e:
    print(type(e).__name__, e)
class Fixed(E):
    __hash__ = object.__hash__
print(type(hash(Fixed(1))).__name__)
