s = set(range(10000))
print(len(s), sum(s), min(s), max(s))
evens = {x for x in s if x % 2 == 0}
print(len(evens), sum(evens))
odds = s - evens
print(len(odds), sum(odds), len(evens & odds), len(evens | odds))
for x in range(0, 10000, 3):
    s.discard(x)
print(len(s), sum(s))
big = set(x * 7919 % 10007 for x in range(10007))
print(len(big), sum(big))
print(all(i in big for i in range(10007)))
neg = {-x for x in range(5000)}
print(len(neg | set(range(5000))), sum(neg))
