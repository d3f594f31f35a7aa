# sorted() stability, key/reverse combinations, mixed-type errors, keyword-only arguments, and list.sort() differences.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("banana"), sorted({3: "x", 1: "y"}), sorted({5, 1, 3}), sorted(()), sorted(iter([2, 1])), sorted("", reverse=True))
words = ["Bob", "alice", "Carol", "dave", "Al"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=1), sorted([3, 1, 2], reverse=0), sorted([3, 1, 2], key=None, reverse=False))
print(sorted([True, 0, -1, False, 1]), sorted([[2], [1, 5], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([-2 ** 70, 2 ** 70, 0, -1]) if True else None)
cases = [
    lambda: sorted([1, "a"]), lambda: sorted([None, None]), lambda: sorted([1, 2], lambda x: x),
    lambda: sorted(), lambda: sorted(5), lambda: sorted([1], cmp=None), lambda: sorted(iterable=[1]),
    lambda: sorted([{1}, {2}, {1, 2}]), lambda: sorted([1, 2], key=lambda x: [x, "s"][x - 1]),
    lambda: sorted([1, 2], reverse="yes"), lambda: sorted([3, 1], key=1),
]
for call in cases:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst) is lst)
try:
    lst.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
def key_mutates(x):
    lst.append(x)
    return x
try:
    lst.sort(key=key_mutates)
except ValueError as e:
    print("ValueError:", e)
print(lst)
