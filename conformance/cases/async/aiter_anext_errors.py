# aiter() and anext() check their arguments with CPython's errors.
for call in ["aiter()", "aiter(1,1)", "aiter(1, bogus=1)", "aiter(1)", "aiter([1])", "anext()", "anext(1,1,1)", "anext(1, bogus=1)", "anext(1)", "anext(1, 1)", "anext(None)"]:
    try: print(call, eval(call))
    except Exception as e: print(call, type(e).__name__, e)
class A:
    def __aiter__(self): return 5
try: aiter(A())
except Exception as e: print(type(e).__name__, e)
async def agen():
    yield 1
    yield 2
g = agen()
print(aiter(g) is g, type(anext(g)).__name__, type(anext(g, 0)).__name__)
