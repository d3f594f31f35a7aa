# min() and max() with key= and default=.
words = ['ccc', 'a', 'bb', 'dd']
print(min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]))
print(max([1, 3, 2, 3], key=lambda x: x), max('ab', 'ba', key=lambda s: s[1]))
print(min([], default='none'), max((), default=0))
print(min([5], default=1), max([], key=len, default=None))
print(max(1, 2, 3, key=lambda x: -x))
print(min({'b': 1, 'a': 2}), max({'b': 1, 'a': 2}, key={'b': 1, 'a': 2}.get))
print(max([(1, 'b'), (1, 'a')], key=lambda t: t[0]))
