# A sibling module runs once, on first import; later imports reuse the same object.
# file: counter.py
#| print("counter runs as", __name__)
#| total = 0
#| def bump(n=1):
#|     global total
#|     total += n
#|     return total
import counter
import counter as c2
print(counter is c2, counter.__name__, type(counter).__name__)
print(counter.bump(), counter.bump(5), c2.total)
print(counter.__file__.endswith("counter.py"), counter.__package__ == "")
print(sorted(k for k in counter.__dict__ if not k.startswith("__")))
print(repr(counter).replace(counter.__file__, "FILE"))
import sys
print(sys.modules["counter"] is counter, __name__)
def f():
    import counter as local
    return local.bump(10)
print(f(), "local" in globals())
