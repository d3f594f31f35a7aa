# Checks star-args and double-star with builtin callables such as zip, range, dict, str.format.
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print([list(r) for r in zip(*zip(*matrix))])
bounds = (2, 12, 3)
print(list(range(*bounds)))
print(dict(**{"a": 1}, b=2))
print("{}-{}-{}".format(*"xyz"))
print("{a}/{b}".format(**{"a": 1, "b": 2}))
print("{0}{x}".format(*[5], **{"x": 6}))
print(max(*[3, 9, 2]), min(*"hello"))
print(sorted([*"dcba"]))
print(list(map(pow, *[[2, 3], [3, 2]])))
print(isinstance(*[5, int]))
print(divmod(*(17, 5)))
print(sum([*range(5), *[10]]))
kw = {"sep": ":", "end": ".\n"}
print(1, 2, 3, **kw)
print(*[], **kw)
