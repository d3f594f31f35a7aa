# A metaclass's `__getattr__` answers for the attributes its classes lack, and its
# `__getitem__` subscripts them ahead of a class's own `__class_getitem__`.
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith('dyn_'):
            return cls.__name__ + ':' + name
        raise AttributeError(name)
    def __getitem__(cls, key):
        return ('meta', cls.__name__, key)

class A(metaclass=Meta):
    real = 1
    def __class_getitem__(cls, key):
        return ('own', key)

class B(A):
    pass

class Plain:
    def __class_getitem__(cls, key):
        return ('own', key)

print(A.real, A.dyn_x, B.dyn_y, getattr(B, 'dyn_z', None), hasattr(A, 'other'))
print(getattr(A, 'other', 'default'))
try:
    A.other
except AttributeError as e:
    print('AttributeError', e)
print(A[1], B['k'], Plain[int])
try:
    A().dyn_x
except AttributeError as e:
    print('AttributeError', e)
