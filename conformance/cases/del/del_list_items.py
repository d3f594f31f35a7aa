# Checks del of list items by positive and negative index and the IndexError message.
lst = list(range(8))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2]
print(lst)
del lst[len(lst) - 1]
print(lst)
for bad in [10, -10, len(lst)]:
    try:
        del lst[bad]
    except IndexError as e:
        print(type(e).__name__, e)
print(lst)
try:
    del lst["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del lst[None]
except TypeError as e:
    print(type(e).__name__, e)
one = [1]
del one[0]
print(one)
try:
    del one[0]
except IndexError as e:
    print(type(e).__name__, e)
b = [True, False]
del b[True]
print(b)
