# async with: __aexit__ receives body exceptions, can suppress them, and __aenter__ errors skip __aexit__.
class Step:
    def __await__(self):
        yield "step"

class Manager:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name, self.suppress, self.fail_enter = name, suppress, fail_enter
    async def __aenter__(self):
        await Step()
        if self.fail_enter:
            raise OSError("cannot enter " + self.name)
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        await Step()
        print("exit", self.name, t.__name__ if t else None, v, tb is not None if t else None)
        return self.suppress

async def main():
    async with Manager("a") as x:
        print("body", x)
    async with Manager("b", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Manager("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", repr(e))
    try:
        async with Manager("d", fail_enter=True):
            print("not run")
    except OSError as e:
        print("caught", e)
    async with Manager("e") as p, Manager("f", suppress=True) as q:
        print(p, q)
        raise RuntimeError("inner suppresses")
    return "done"

coro = main()
n = 0
while True:
    try:
        coro.send(None)
        n += 1
    except StopIteration as e:
        print(e.value, n)
        break
