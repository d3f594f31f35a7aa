# Checks common accumulation patterns in loops: sums, products, string building, counting dicts.
total = 0
product = 1
for i in range(1, 11):
    total += i
    product *= i
print(total, product)
s = ""
for i in range(5):
    s += str(i) * i
print(s)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
parts = []
for word in "the quick brown fox".split():
    parts.append(word[::-1])
print(" ".join(parts))
mx = None
for v in [3, -7, 12, 0, 12, 5]:
    if mx is None or v > mx:
        mx = v
print(mx)
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
evens = odds = 0
for n in range(-5, 6):
    if n % 2 == 0:
        evens += 1
    else:
        odds += 1
print(evens, odds)
acc = []
for i in range(3):
    acc = acc + [i] * i
print(acc)
