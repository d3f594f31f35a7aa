calls = []
def idx(i):
    calls.append(i)
    return i
a = [10, 20, 30]
a[idx(1)] += 5
print(a, calls)
d = {"k": 1}
def key():
    calls.append("k")
    return "k"
d[key()] *= 7
print(d, calls)
