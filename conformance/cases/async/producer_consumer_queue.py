class Yield:
    def __await__(self):
        yield

class Queue:
    def __init__(self, cap):
        self.items = []
        self.cap = cap

    async def put(self, item):
        while len(self.items) >= self.cap:
            await Yield()
        self.items.append(item)

    async def get(self):
        while not self.items:
            await Yield()
        return self.items.pop(0)

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)
    print("producer done")

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        print("got", item)
        total += item
    return total

def run(tasks):
    results = []
    while tasks:
        coro = tasks.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            tasks.append(coro)
    return results

q = Queue(2)
print(run([producer(q, 5), consumer(q)]))
