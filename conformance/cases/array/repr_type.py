# repr, str and the type's names.
import array
A = array.array
print(repr(A('i', [1, 2])), str(A('i', [1])), repr(A('u', 'ab')), repr(A('f', [1.5])), repr(A('d')))
print(repr(A), A.__name__, A.__module__, type(A('i')) is A, isinstance(A('i'), A))
print(type(iter(A('i'))).__name__, repr(type(iter(A('i')))))
print(A('i', [1]).__copy__(), A('i', [4]).__deepcopy__({}), [A('b', [1])])
print(A('i', [1, 2]).__len__(), A('i', [5]).__getitem__(0), A('i', [5]).__contains__(5))
