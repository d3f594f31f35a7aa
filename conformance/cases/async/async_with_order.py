class Res:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name + "-value"

    async def __aexit__(self, typ, val, tb):
        print("aexit", self.name, typ.__name__ if typ else None, val)
        return False

async def main():
    async with Res("a") as v:
        print("body", v)
    async with Res("outer") as o, Res("inner") as i:
        print("nested body", o, i)
    try:
        async with Res("err"):
            raise ValueError("in body")
    except ValueError as e:
        print("caught", e)
    return "done"

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
