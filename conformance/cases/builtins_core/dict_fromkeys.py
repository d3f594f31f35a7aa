# dict.fromkeys with and without a value.
print(dict.fromkeys('abc'))
print(dict.fromkeys(['x', 'y'], 0))
print(dict.fromkeys([]), dict.fromkeys(range(3), 'v'))
print(dict.fromkeys('aab', 1))
d = dict.fromkeys(['p', 'q'], [])
d['p'].append(1)
print(d)
print({}.fromkeys((1, 2), True))
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__, e)
