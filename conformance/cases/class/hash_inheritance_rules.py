# __hash__ is dropped when a class defines __eq__ only; explicit __hash__ results are normalised.
# requires: bigint
class Base:
    def __hash__(self):
        return 42
class EqOnly(Base):
    def __eq__(self, other):
        return True
class HashOnly(Base):
    def __hash__(self):
        return 7
class Inherit(Base):
    pass
print(hash(Base()), hash(Inherit()), hash(HashOnly()))
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Restore(EqOnly):
    __hash__ = Base.__hash__
print(hash(Restore()))
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "h"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
print(len({Restore(), Restore()}), len({Inherit(), Inherit()}))
