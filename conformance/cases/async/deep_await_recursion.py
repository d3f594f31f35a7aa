# Recursive coroutines awaiting each other many levels deep return values up the chain.
async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)

async def fib(n):
    if n < 2:
        return n
    a = await fib(n - 1)
    b = await fib(n - 2)
    return a + b

async def depth(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return await depth(n - 1, acc)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended unexpectedly")

print(run(fact(10)), run(fact(20)))
print([run(fib(i)) for i in range(12)])
print(len(run(depth(100, []))), run(depth(5, [])))
async def total():
    return sum([await fact(i) for i in range(6)])
print(run(total()))
