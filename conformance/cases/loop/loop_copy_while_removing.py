# Checks removing from a list while iterating over a slice copy versus the list itself.
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [2, 4, 6, 8]
for n in list(nums):
    nums.remove(n)
print(nums)
nums = [2, 4, 6, 8]
for n in nums:
    nums.remove(n)
print(nums)
d = {1: "a", 2: "b", 3: "c"}
for k in list(d):
    if k != 2:
        d.pop(k)
print(d)
s = {1, 2, 3, 4}
for v in set(s):
    if v % 2:
        s.discard(v)
print(sorted(s))
q = [1]
for v in q:
    if v < 5:
        q.append(v + 1)
print(q)
