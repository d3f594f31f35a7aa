# Checks del used inside loops: removing list items by index, deleting the loop variable, dict keys.
nums = list(range(10))
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 3 == 0:
        del nums[i]
print(nums)
nums = list(range(6))
for x in nums:
    if x % 2 == 0:
        del nums[0]
print(nums)
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
for v in range(3):
    del v
try:
    print(v)
except NameError as e:
    print(type(e).__name__, e)
stack = [1, 2, 3]
while stack:
    print(stack[-1], end=" ")
    del stack[-1]
print(stack)
