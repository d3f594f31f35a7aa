class Req:
    def __init__(self, op, arg):
        self.op = op
        self.arg = arg

    def __await__(self):
        result = yield (self.op, self.arg)
        return result

async def program():
    x = await Req("read", "a")
    y = await Req("read", "b")
    await Req("write", x + y)
    return x * y

def driver(coro, env):
    out = []
    reply = None
    while True:
        try:
            op, arg = coro.send(reply)
        except StopIteration as e:
            return e.value, out
        if op == "read":
            reply = env[arg]
        else:
            out.append(arg)
            reply = None

print(driver(program(), {"a": 3, "b": 4}))
