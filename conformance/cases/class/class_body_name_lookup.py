# Names bound in a class body are not visible inside methods without self/class qualification.
x = 'global'
class A:
    x = 'class'
    y = x + '!'
    def get(self):
        return x
    def get_cls(self):
        return self.x

print(A.y, A().get(), A().get_cls())

def f():
    x = 'local'
    class B:
        z = x
        def g(self):
            return x
    return B

B = f()
print(B.z, B().g())
