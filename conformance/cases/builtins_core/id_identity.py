# id() is stable for one object and differs for distinct live objects.
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b))
c = a
print(id(c) == id(a))
print(type(id(a)).__name__)
print(id(None) == id(None))
print((id(a) == id(b)) == (a is b))
