# callable() on functions, classes, instances with and without __call__, methods, builtins, and argument errors.
class Plain:
    def method(self):
        pass
class WithCall:
    def __call__(self, x=1):
        return x * 2
class StaticHolder:
    s = staticmethod(lambda: 1)
    c = classmethod(lambda cls: cls)
obj = WithCall()
print(callable(len), callable(Plain), callable(Plain()), callable(obj), callable(obj(3)))
print(callable(Plain().method), callable(Plain.method), callable(StaticHolder.s), callable(StaticHolder.c))
print(callable(None), callable("str"), callable(str), callable(type), callable(lambda: 0), callable([].append))
print(callable(print), callable(iter([])), callable((x for x in [])), callable(range))
inst = Plain()
inst.__call__ = lambda: "instance attr"
print(callable(inst))
try:
    inst()
except TypeError as e:
    print("TypeError:", e)
for bad in [None, 5, "s", [1], Plain()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    callable()
except TypeError as e:
    print("TypeError:", e)
try:
    callable(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(obj(), obj(x=5), WithCall()(WithCall()(2)))
