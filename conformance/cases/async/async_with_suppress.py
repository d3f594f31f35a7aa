class Suppress:
    def __init__(self, kind):
        self.kind = kind

    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None)
        return typ is not None and issubclass(typ, self.kind)

async def main():
    async with Suppress(KeyError):
        raise KeyError("hidden")
    print("after suppressed")
    try:
        async with Suppress(KeyError):
            raise IndexError("visible")
    except IndexError as e:
        print("escaped", type(e).__name__, e)
    async with Suppress(KeyError) as s:
        print("no error", type(s).__name__)
    return "ok"

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
