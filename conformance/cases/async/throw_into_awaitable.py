# coro.throw() is forwarded into the __await__ generator the coroutine is suspended in.
class Catching:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError as e:
            print("awaitable caught", repr(e))
            return "recovered"
        return "normal"

class Passing:
    def __await__(self):
        yield "passing"
        return "unreached"

async def main():
    r1 = await Catching()
    print("r1", r1)
    try:
        await Passing()
    except IndexError as e:
        print("coroutine caught", repr(e))
    r3 = await Catching()
    return r1, r3

c = main()
print(c.send(None))
print(c.throw(KeyError("k")))
print(c.throw(IndexError("i")))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)

c = main()
c.send(None)
try:
    c.throw(TypeError("not caught"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
