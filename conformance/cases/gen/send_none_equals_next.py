# send(None) is equivalent to next(); the value sent becomes the value of the paused yield.
def g():
    received = []
    for i in range(4):
        received.append((yield i))
    return received
it = g()
print(it.send(None), next(it), it.send("a"), it.send(None))
try:
    it.send("last")
except StopIteration as e:
    print(e.value)
it = g()
print(next(it), it.__next__(), it.send(5))
def echo():
    v = None
    while True:
        v = yield v
it = echo()
print(next(it), it.send(1), it.send([2]), next(it), it.send("x"))
it.close()
try:
    it.send(None)
except StopIteration:
    print("closed generator raises StopIteration on send")
