class Pause:
    def __await__(self):
        yield "paused"

async def worker():
    try:
        await Pause()
    except KeyError as e:
        print("worker caught", repr(e))
    try:
        await Pause()
    finally:
        print("worker finally")

c = worker()
print(c.send(None))
print(c.throw(KeyError("k")))
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

c = worker()
c.send(None)
try:
    c.throw(ValueError("unhandled"))
except ValueError as e:
    print(type(e).__name__, e)

c = worker()
c.close()
print("closed unstarted")
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
