# Scheduled calls run soon after, in order, one at a time (a call scheduled from a scheduled
# call waits for it to end); the queue is bounded.
# (MicroPython's own module: the expected output is in NAME.py.exp.)
import micropython
log = []
def note(x):
    log.append(x)
def first(x):
    log.append(x)
    micropython.schedule(note, "queued by first")
    log.append("first ends")
micropython.schedule(first, "first")
micropython.schedule(note, "second")
for i in range(3):
    pass
print(log)
def flood(_):
    try:
        for i in range(20):
            micropython.schedule(note, i)
    except RuntimeError as e:
        log.append(str(e))
        log.append(i)
log.clear()
micropython.schedule(flood, None)
for i in range(3):
    pass
print(log)
def fail(x):
    raise ValueError(x)
micropython.schedule(fail, "raised from a scheduled call")
try:
    for i in range(5):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    micropython.schedule(note)
except TypeError as e:
    print("TypeError", e)
