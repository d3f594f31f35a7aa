# Subclasses inherit the metaclass; conflicting metaclasses raise TypeError.
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(A): pass
print(type(B).__name__)
class C(metaclass=M3): pass
class D(A, C): pass
print(type(D).__name__)
class E(metaclass=M2): pass
try:
    class F(A, E): pass
except TypeError as e:
    print(type(e).__name__, e)
# Metaclass attributes are visible on the class but not in its MRO.
class WithAttr(type):
    meta_attr = 'from meta'
class G(metaclass=WithAttr): pass
print(G.meta_attr, hasattr(G(), 'meta_attr'), 'meta_attr' in dir(G))
