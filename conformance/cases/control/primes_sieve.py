n = 100
is_p = [True] * (n + 1)
is_p[0] = False
is_p[1] = False
i = 2
while i * i <= n:
    if is_p[i]:
        j = i * i
        while j <= n:
            is_p[j] = False
            j += i
    i += 1
primes = []
for k in range(n + 1):
    if is_p[k]:
        primes.append(k)
print(primes)
print(len(primes))
