# __ne__ defaults to the negation of __eq__ (unless __eq__ returns NotImplemented).
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, E):
            return NotImplemented
        return self.v == o.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2), E(1) == 1, E(1) != 1)
class Weird:
    def __eq__(self, o):
        return 'truthy'
print(Weird() == 1, Weird() != 1)
class Zero:
    def __eq__(self, o):
        return 0
print(Zero() != 1)
class OnlyNe:
    def __ne__(self, o):
        return 'custom ne'
a = OnlyNe()
print(a != 1, a == a, a == OnlyNe())
