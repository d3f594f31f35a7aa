def nums():
    yield 5
    yield 3
    yield 9
    yield 1

print(list(nums()))
print(sum(nums()))
print(sorted(nums()))
print(sorted(nums(), reverse=True))
print(max(nums()), min(nums()))
print(tuple(nums()))
print(any(x > 8 for x in nums()), all(x > 0 for x in nums()))
print("-".join(str(x) for x in nums()))
print(dict((x, x * x) for x in nums()))
print(max(nums(), key=lambda x: -x))
try:
    max(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)
print(max((x for x in []), default="none"))
