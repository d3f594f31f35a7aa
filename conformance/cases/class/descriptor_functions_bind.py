# Functions are non-data descriptors: __get__ builds bound methods; instance dict can shadow them.
def hello(self, x):
    return 'hello ' + type(self).__name__ + ' ' + str(x)
class A:
    pass
A.hello = hello
a = A()
print(a.hello(1))
bound = hello.__get__(a, A)
print(bound(2), bound.__self__ is a, bound.__func__ is hello)
print(hello.__get__(None, A) is hello)
a.hello = lambda x: 'shadowed ' + str(x)
print(a.hello(3), A.hello(a, 4))
del a.hello
print(a.hello(5))
