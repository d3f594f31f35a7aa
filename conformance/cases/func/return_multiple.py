def minmax(a, b):
    if a < b:
        return a, b
    return b, a
print(minmax(3, 1))
lo, hi = minmax(5, 9)
print(lo, hi)
def none_pair():
    return None, None
print(none_pair())
