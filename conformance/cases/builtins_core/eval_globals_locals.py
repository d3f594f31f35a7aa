# eval() with explicit globals and locals dicts.
g = {'a': 1, 'b': 2}
print(eval('a + b', g))
print(eval('a + b', g, {'b': 20}))
print(eval('c', {}, {'c': 'local'}))
print(eval('len', {}) is len)
print(eval('x', {'x': 'g'}, {}))
print(sorted(k for k in g if k != '__builtins__'))
print('__builtins__' in g)
ns = {}
print(eval('[n for n in range(3)]', ns))
try:
    eval('a', {})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval('1', [])
except TypeError as e:
    print(type(e).__name__, e)
