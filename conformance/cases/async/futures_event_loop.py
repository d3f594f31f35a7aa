# A tiny event loop with futures that tasks await and other tasks resolve.
class Future:
    def __init__(self, name):
        self.name, self.done, self.value = name, False, None
    def set(self, value):
        self.done, self.value = True, value
    def __await__(self):
        while not self.done:
            yield self
        return self.value

def loop(coros):
    ready = list(enumerate(coros))
    results = {}
    while ready:
        i, c = ready.pop(0)
        try:
            waiting_on = c.send(None)
            print("task", i, "waits on", waiting_on.name)
            ready.append((i, c))
        except StopIteration as e:
            results[i] = e.value
    return results

fa, fb, gate = Future("fa"), Future("fb"), Future("gate")

async def consumer():
    a = await fa
    gate.set(True)
    b = await fb
    return a + b

async def producer():
    fa.set(10)
    print("gate opened:", await gate)
    fb.set(32)
    return "produced"

print(loop([consumer(), producer()]))
done = Future("done")
done.set("already")
async def quick():
    return await done
print(loop([quick()]))
