async def f():
    return 1

c = f()
print(type(c).__name__)
print(type(f).__name__)
print(c.__name__, c.__qualname__)
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"), hasattr(c, "__await__"))
print(hasattr(c, "__next__"), hasattr(c, "__iter__"))
print(c.cr_running)
c.close()

class K:
    async def m(self):
        pass

def outer():
    async def inner():
        pass
    return inner()

k = K().m()
o = outer()
print(k.__qualname__, o.__qualname__)
k.close()
o.close()
