# list.sort is stable, and reverse=True keeps equal items in their original order.
recs = [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 2), ("eve", 1), ("fay", 3)]
a = recs[:]
a.sort(key=lambda r: r[1])
print(a)
a = recs[:]
a.sort(key=lambda r: r[1], reverse=True)
print(a)
a = recs[:]
a.sort(key=lambda r: r[1])
a.reverse()
print(a)
a = recs[:]
a.sort(key=lambda r: r[0])
a.sort(key=lambda r: r[1])
print(a)
words = ["Banana", "apple", "cherry", "Apple", "banana"]
w = words[:]
w.sort()
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=str.lower, reverse=True)
print(w)
nums = [3, -1, 2, -3, 1, -2, 0]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda x: (x < 0, abs(x)))
print(nums)
print(sorted([1, 2, 3], key=lambda x: 0), sorted([1, 2, 3], key=lambda x: 0, reverse=True))
calls = []
def k(x):
    calls.append(x)
    return -x
z = [2, 1, 3]
print(z.sort(key=k), z, calls)
z.sort(reverse=5)
print(z)
