g = lambda: (yield 1)
it = g()
print(type(it).__name__)
print(next(it))
try:
    it.send("sent")
except StopIteration as e:
    print("value", e.value)


def outer():
    def helper():
        yield "helper"
    return "outer is plain: " + next(helper())

print(outer())
print(type(outer()).__name__)

def maybe(flag):
    if flag:
        yield "x"
    return "never yielded"

print(list(maybe(False)), list(maybe(True)))
print(type(maybe(False)).__name__)
