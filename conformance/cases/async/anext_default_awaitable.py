# anext(it, default) is an awaitable that passes the inner awaits through and gives the
# default once the iterator is exhausted; anext(it) is it.__anext__().
async def agen():
    yield 1
    yield 2
class Waiter:
    def __await__(self):
        x = yield 'tick'
        return x
class Slow:
    def __aiter__(self): return self
    def __init__(self): self.n = 0
    async def __anext__(self):
        self.n += 1
        got = await Waiter()
        if self.n > 2:
            raise StopAsyncIteration
        return (self.n, got)
async def main():
    g = agen()
    out = [await anext(g), await anext(g, 'd'), await anext(g, 'd'), await anext(g, None)]
    try:
        await anext(g)
    except StopAsyncIteration:
        out.append('stop')
    s = Slow()
    out.append(await anext(s, 'end'))
    out.append(await anext(aiter(s), 'end'))
    out.append(await anext(s, 'end'))
    return out
def run(coro):
    sent = None
    while True:
        try:
            v = coro.send(sent)
        except StopIteration as e:
            return e.value
        print('yielded', v)
        sent = v + '!'
print(run(main()))
a = anext(agen(), 0)
print(type(a).__name__, a.__await__() is a, iter(a) is a)
try:
    a.send(None)
except StopIteration as e:
    print('value', e.value)
