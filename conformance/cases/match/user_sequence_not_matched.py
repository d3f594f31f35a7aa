class MySeq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)
    def __len__(self):
        return 3
match MySeq():
    case [a, b, c]:
        print("matched as sequence", a, b, c)
    case _:
        print("plain class is not a Sequence")
class MyList(list):
    pass
match MyList([1, 2]):
    case [x, y]:
        print("list subclass matches", x, y)
class MyDict(dict):
    pass
match MyDict(a=1):
    case {"a": v}:
        print("dict subclass matches", v)
match memoryview(b"ab"):
    case [p, q]:
        print("memoryview is a sequence", p, q)
match range(3):
    case [0, *others]:
        print("range", others)
match {"a": 1}.keys():
    case [k]:
        print("no")
    case _:
        print("dict_keys is not a Sequence")
match iter([1]):
    case [x]:
        print("no")
    case _:
        print("iterator is not a Sequence")
