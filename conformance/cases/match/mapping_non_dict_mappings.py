class Cfg:
    debug = True
    level = 3
proxy = Cfg.__dict__
print(type(proxy).__name__)
match proxy:
    case {"debug": True, "level": lvl}:
        print("mappingproxy matched", lvl)
match {1: "a"}.items():
    case {}:
        print("no")
    case _:
        print("dict_items is not a Mapping")
match [("k", 1)]:
    case {"k": v}:
        print("no")
    case [(k, v)]:
        print("list of pairs is a sequence", k, v)
match {"x": {"y": {"z": 0}}}:
    case {"x": {"y": {"z": 0 | 1 as z}}}:
        print("nested mapping", z)
