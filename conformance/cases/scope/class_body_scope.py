# Checks that class-body names are not visible inside methods and that class bodies read enclosing and global names.
x = "global x"

class A:
    x = "class x"
    y = x + "!"
    def meth(self):
        return x
    def meth2(self):
        return self.x

a = A()
print(A.y)
print(a.meth())
print(a.meth2())

def outer():
    z = "outer z"
    class B:
        w = z
        def m(self):
            return z
    return B

B = outer()
print(B.w, B().m())

class C:
    val = 5
    def f(self):
        try:
            return val
        except NameError as e:
            return type(e).__name__ + ": " + str(e)

print(C().f())

class D:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [v * 2 for v in items]

print(D.total, D.doubled)
