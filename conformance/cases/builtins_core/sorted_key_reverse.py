# sorted() with key and reverse, and its stability.
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, reverse=True))
print(sorted('hello'), sorted({3: 'x', 1: 'y'}), sorted(()))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
