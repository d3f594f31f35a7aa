# A sieve of Eratosthenes written with set differences, and other number-theory sets.
N = 100
candidates = set(range(2, N + 1))
for p in range(2, 11):
    if p in candidates:
        candidates -= set(range(p * p, N + 1, p))
primes = sorted(candidates)
print(len(primes), primes[:10], primes[-3:])
odds = set(range(1, N + 1, 2))
print(len(candidates - odds), sorted(candidates - odds))
squares = {i * i for i in range(1, 11)}
print(sorted(squares & candidates), sorted(squares & odds))
twins = {p for p in candidates if p + 2 in candidates}
print(sorted(twins))
sums = {a + b for a in candidates for b in candidates if a + b <= 30}
print(sorted(set(range(4, 31, 2)) - sums))
digits = {frozenset(str(p)) for p in primes}
print(len(digits), frozenset("3") in digits, frozenset("13") in digits)
print(sorted(candidates)[:5] == [2, 3, 5, 7, 11])
