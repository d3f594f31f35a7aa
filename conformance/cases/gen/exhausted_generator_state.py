def g():
    yield 1
    return "ret"

it = g()
print(next(it))
for attempt in range(3):
    try:
        next(it)
    except StopIteration as e:
        print(attempt, type(e).__name__, repr(e.value))
print(list(it))
try:
    it.send(None)
except StopIteration as e:
    print("send", e.value)
print(next(it, "default"))
print(it.gi_running)
for x in it:
    print("never")
print("done")
