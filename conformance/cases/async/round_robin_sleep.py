class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield "sleep"

log = []

async def task(name, n, ticks):
    for i in range(n):
        log.append("%s step %d" % (name, i))
        await Sleep(ticks)
    log.append(name + " done")
    return name.upper()

def run_all(coros):
    queue = list(coros)
    results = {}
    tick = 0
    while queue:
        name, coro = queue.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results[name] = (e.value, tick)
        else:
            queue.append((name, coro))
        tick += 1
    return results

res = run_all([("a", task("a", 3, 1)), ("b", task("b", 2, 2)), ("c", task("c", 4, 1))])
for line in log:
    print(line)
for k in sorted(res):
    print(k, res[k])
