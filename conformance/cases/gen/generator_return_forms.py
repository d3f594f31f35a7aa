# return inside generators: bare, with values, before the first yield and inside loops.
def early(flag):
    if flag:
        return "early exit"
    yield "normal"
print(list(early(True)), list(early(False)))
try:
    next(early(True))
except StopIteration as e:
    print("value:", e.value)
def loop_return():
    for i in range(10):
        if i == 3:
            return i * 100
        yield i
g = loop_return()
print(list(g))
g = loop_return()
for v in g:
    pass
print(next(g, "exhausted"))
def capture(gen):
    result = yield from gen
    yield ("result", result)
print(list(capture(loop_return())))
print(list(capture(early(True))))
def ret_in_try():
    try:
        yield 1
        return "from try"
    finally:
        print("finally before StopIteration")
r = ret_in_try()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value)
def ret_list():
    yield
    return [1, 2]
r = ret_list()
next(r)
try:
    r.send("ignored")
except StopIteration as e:
    print(e.value, e.args)
