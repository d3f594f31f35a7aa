# any/all on empty input, short-circuit consumption and truthiness of user objects.
# requires: float, complex
print(any([]), all([]), any(""), all(""), any(iter([])), all(x for x in []))
print(any([0, "", None, [], 0.0]), all([1, "x", [0], (0,)]), any([0, 0j, 1]), all([1, 0]))
log = []
def gen(vals):
    for v in vals:
        log.append(v)
        yield v
print(any(gen([0, 0, 3, 4, 5])), log)
log.clear()
print(all(gen([1, 2, 0, 4])), log)
it = iter([0, 1, 2, 3])
print(any(it), list(it))
it = iter([1, 1, 0, 5, 6])
print(all(it), list(it))
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(any([B(False), B(True), B(True)]))
print(all([B(True), B(False), B(True)]))
class L:
    def __len__(self):
        return 0
print(any([L()]), all([L()]), any([[[]]]), all([[[]]]))
print(type(any([1])).__name__, any([2, 3]), all(["a"]), any({0: 1}), all({0: 1}))
for bad in [5, None]:
    try:
        any(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    all()
except TypeError as e:
    print(type(e).__name__, e)
try:
    any([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        return 1
try:
    any([BadBool()])
except TypeError as e:
    print(type(e).__name__, e)
