async def a_int():
    await 5

async def a_list():
    await [1]

async def a_none():
    await None

class NoIter:
    def __await__(self):
        return 7

async def a_bad_await():
    await NoIter()

for fn in (a_int, a_list, a_none, a_bad_await):
    c = fn()
    try:
        c.send(None)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)

def plain_gen():
    yield 1

async def a_gen():
    await plain_gen()

c = a_gen()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
