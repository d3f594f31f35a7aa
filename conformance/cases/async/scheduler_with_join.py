# A tiny round-robin event loop where tasks can wait for other tasks to finish (join).
class Yield:
    def __await__(self):
        yield ("yield", None)

class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        while not self.task.done:
            yield ("wait", self.task)
        return self.task.result

class Task:
    def __init__(self, name, coro):
        self.name, self.coro, self.done, self.result = name, coro, False, None

def run(tasks):
    queue = list(tasks)
    steps = 0
    while queue:
        t = queue.pop(0)
        steps += 1
        try:
            t.coro.send(None)
        except StopIteration as e:
            t.done, t.result = True, e.value
            print("finished", t.name, "->", e.value)
            continue
        queue.append(t)
    return steps

async def compute(name, n):
    total = 0
    for i in range(n):
        total += i
        print(name, "step", i)
        await Yield()
    return total

async def waiter(others):
    results = []
    for t in others:
        results.append(await Join(t))
    return results

a = Task("a", compute("a", 3))
b = Task("b", compute("b", 2))
w = Task("w", waiter([a, b]))
print("steps", run([w, a, b]))
print(w.result)
