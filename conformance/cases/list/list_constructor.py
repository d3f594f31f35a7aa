# list() builds a new list from any iterable and refuses bad arguments.
print(list(), list([]), list("abc"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}))
print(list({"a": 1}.items()), list({"a": 1}.values()), list(b"hi"), list(x for x in "xy"))
print(list(map(int, "12")), list(zip("ab", "cd")), list(enumerate("q")), list(reversed("ab")))
src = [1, 2]
cp = list(src)
print(cp == src, cp is src)
for args, kw in [((1,), {}), ((None,), {}), (([], []), {}), ((), {"x": 1}), ((), {"iterable": [1]})]:
    try:
        print(list(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
class L(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "e"
l = L("ab")
print(l, l.extra, type(l).__name__, isinstance(l, list), l == ["a", "b"])
print(list.__new__(list), list(L([3])), type(list(L([3]))).__name__)
e = [1, 2]
e.__init__("xy")
print(e)
e.__init__()
print(e)
