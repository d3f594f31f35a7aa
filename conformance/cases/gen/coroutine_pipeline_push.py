# Push-style pipeline of primed coroutines connected with send, closed from the source.
def primed(fn):
    def start(*args):
        c = fn(*args)
        next(c)
        return c
    return start
@primed
def sink(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append("sink closed")
@primed
def only_even(target):
    try:
        while True:
            v = yield
            if v % 2 == 0:
                target.send(v)
    finally:
        target.close()
@primed
def scale(k, target):
    try:
        while True:
            target.send((yield) * k)
    finally:
        target.close()
result = []
pipe = scale(3, only_even(sink(result)))
for n in range(6):
    pipe.send(n)
pipe.close()
print(result)
@primed
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count
a = averager()
print([a.send(v) for v in [10, 20, 30, 40]])
