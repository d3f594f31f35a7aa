# C3 linearisation of a diamond and of a deeper hierarchy.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C'
class D(B, C):
    pass

print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D().who())
print(D.__mro__ == tuple(D.mro()))

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.mro()])
print([k.__name__ for k in object.__mro__], [k.__name__ for k in bool.__mro__])
