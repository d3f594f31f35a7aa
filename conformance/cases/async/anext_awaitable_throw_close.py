# anext(it, default).throw() and .close() pass through to the inner awaitable; its
# StopAsyncIteration becomes StopIteration with the default.
async def agen():
    try:
        yield 1
    except ValueError:
        yield 'caught'
async def empty():
    return
    yield
def show(f):
    try:
        print(repr(f()))
    except StopIteration as e:
        print('StopIteration', e.value)
    except Exception as e:
        print(type(e).__name__, e)
g = agen()
a = anext(g, 'd')
show(lambda: a.send(None))
b = anext(g, 'd')
show(lambda: b.send(None))
c = anext(g, 'd')
show(lambda: anext(empty(), 'dflt').throw(ValueError('x')))
show(lambda: anext(empty(), 'dflt').send(None))
show(lambda: anext(agen(), 'dflt').close())
show(lambda: anext.__name__)
show(lambda: type(anext(agen(), 0)).__name__)
show(lambda: anext(agen(), 0).close(1))
