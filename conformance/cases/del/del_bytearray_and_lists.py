# Checks del on bytearray items and slices, and on list-of-lists views.
ba = bytearray(b"abcdef")
del ba[0]
print(ba)
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
ba = bytearray(range(10))
del ba[::3]
print(list(ba))
del ba[:]
print(ba, len(ba))
try:
    del ba[0]
except IndexError as e:
    print(type(e).__name__, e)
ba = bytearray(b"xyz")
try:
    del ba["a"]
except TypeError as e:
    print(type(e).__name__, e)
rows = [[1, 2], [3, 4]]
alias = rows[0]
del rows[0][:]
print(rows, alias)
lst = ["a", "b", "c", "d"]
del lst[1:3]
lst[1:1] = ["B", "C"]
print(lst)
