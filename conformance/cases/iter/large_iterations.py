# Builtins stream over long ranges and generators without building lists.
# requires: bigint
n = 200000
print(sum(range(n)), max(range(n)), min(range(n, 0, -1)), len(range(0, n, 7)))
print(sum(x & 1 for x in range(n)), any(x == n - 1 for x in range(n)), all(x >= 0 for x in range(n)))
print(sum(1 for _ in zip(range(n), range(n))), sum(map(abs, range(-1000, 1000))))
print(next(x for x in range(n) if x * x > 10**10), sorted(range(100000), reverse=True)[:3])
print(sum(range(10**20, 10**20 + 10)), max(range(10**20, 10**20 + 5)), range(10**20)[-1])
print(list(enumerate(range(n)))[-1], sum(i for i, c in enumerate("ab" * 50000) if c == "a") % 997)
total = 0
for i in range(n):
    total ^= i
print(total)
print(sum(filter(None, range(1000))), len(list(filter(lambda x: x % 3 == 0, range(30000)))))
