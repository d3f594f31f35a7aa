# repr/str of sets, frozensets, nested frozensets and set subclasses.
# requires: float
print(set(), frozenset(), str(set()), repr(frozenset()))
print({1}, frozenset({1}), {(1, 2)}, {None}, {True}, {"one"})
print(frozenset({frozenset()}), {frozenset({2})}, [frozenset({3})])
print({1: frozenset({4})}, ({5},))
class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
print(repr(MySet()), repr(MySet([6])), repr(MyFrozen()), repr(MyFrozen([7])))
class Custom(set):
    def __repr__(self):
        return "Custom<%d>" % len(self)
print(Custom([1, 2]), [Custom()], {frozenset(): Custom([9])})
print(str({-5}), repr({-1}), {1.5}, {-0.0})
print(f"{set()} {frozenset({8})!r}", "%s %r" % ({9}, frozenset({10})))
print(set([0]) == eval(repr(set([0]))), eval(repr(frozenset({11}))))
