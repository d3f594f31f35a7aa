# StopIteration raised inside a coroutine body becomes RuntimeError; the return value rides on StopIteration.
async def raises_stop():
    raise StopIteration("oops")

c = raises_stop()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

async def returns(v):
    return v

for v in [None, 0, "", (1, 2), [3], StopIteration]:
    try:
        returns(v).send(None)
    except StopIteration as e:
        print(repr(e.value) if v is not StopIteration else e.value.__name__, e.args == ((v,) if v is not None else ()))

async def returns_exc():
    return ValueError("as value")
try:
    returns_exc().send(None)
except StopIteration as e:
    print(type(e.value).__name__, e.value)

async def via_next():
    it = iter([])
    return next(it, "default")
try:
    via_next().send(None)
except StopIteration as e:
    print(e.value)
