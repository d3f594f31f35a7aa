# An exception raised by __exit__ after a clean body propagates, and outer managers see it.
class Boom:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("Boom exit sees", t)
        raise ValueError("from exit")

class Outer:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("Outer exit sees", t.__name__ if t else None, v)
        return False

try:
    with Boom():
        print("body ok")
except ValueError as e:
    print("caught", e, e.__context__)

try:
    with Outer(), Boom():
        print("body ok")
except ValueError as e:
    print("caught again", e)

def f():
    with Boom():
        return "returned"
try:
    print(f())
except ValueError as e:
    print("return replaced by", e)
