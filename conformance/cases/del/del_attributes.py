# Checks deleting instance and class attributes and the fallback from instance to class attribute.
class C:
    shared = "class value"
    def method(self):
        return "method"

c = C()
c.shared = "instance value"
c.own = 1
print(c.shared, c.own)
del c.shared
print(c.shared)
del c.own
print(hasattr(c, "own"))
try:
    del c.own
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.shared
except AttributeError as e:
    print(type(e).__name__, e)
del C.shared
try:
    print(c.shared)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del C.shared
except AttributeError as e:
    print(type(e).__name__, e)
del C.method
try:
    c.method()
except AttributeError as e:
    print(type(e).__name__, e)
c.z = 5
print(c.__dict__)
del c.z
print(c.__dict__)
