# Exact big-int results: factorials, Fibonacci numbers, powers and their quotients.
# requires: bigint
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f100 = fact(100)
print(f100 // fact(98), f100 % (10 ** 10), len(str(f100)), str(f100).count("0"))
print(fib(300))
print(fib(301) * fib(299) - fib(300) ** 2)
print(3 ** 200)
print((-7) ** 77)
print(2 ** 256 - 1, (2 ** 256 - 1) // 255)
print(int(str(fact(60))[::-1]) % 1000007)
print(sum(int(d) for d in str(2 ** 1000)))
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1, (10 ** 40) // (10 ** 20 + 1))
print(-(10 ** 40) // (10 ** 20 + 1), -(10 ** 40) % (10 ** 20 + 1))
print(fact(25) // fact(20) // fact(5))
