# list, dict, set, bytearray and the keys/items views have __hash__ None (on the type and on
# values); a subclass inherits that unless it defines __hash__, and the error names the
# subclass. A values view hashes by identity; membership in an items view looks the key up.
class L(list):
    pass

class D(dict):
    pass

class S(set):
    pass

class HashedList(list):
    def __hash__(self):
        return 7

print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
print([].__hash__, {}.__hash__, set().__hash__, bytearray().__hash__)
print(L.__hash__, D.__hash__, S.__hash__, HashedList.__hash__ is None)
print({}.keys().__hash__, {}.items().__hash__, {}.values().__hash__ is None)
print(tuple.__hash__ is None, frozenset.__hash__ is None, bytes.__hash__ is None)
for make in [L, D, S]:
    try:
        hash(make())
    except TypeError as e:
        print("TypeError", e)
print(hash(HashedList([1, 2])), {HashedList(): "ok"}[HashedList()] if False else "skip")
v = {1: 2}.values()
print(hash(v) == hash(v))
d = {1: [2], (3, 4): 5}
for item in [(1, [2]), (1, [3]), ((3, 4), 5), (9, 9), 1, (1,), ([1], 2)]:
    try:
        print(item, item in d.items())
    except TypeError as e:
        print(item, "TypeError", e)
