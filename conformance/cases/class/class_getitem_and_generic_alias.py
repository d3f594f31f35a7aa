# __class_getitem__ makes a class subscriptable; builtin containers subscript to generic aliases.
class Box:
    def __class_getitem__(cls, item):
        return "%s[%r]" % (cls.__name__, item)
print(Box[int], Box["x"], Box[1, 2])
class Sub(Box):
    pass
print(Sub[str])
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
b = Box()
try:
    b[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], tuple[int, ...], type[int])
print(list[int]() == [], list[int]("ab"), list[int] == list[int], list[int] == list)
alias = dict[str, list[int]]
print(alias, alias.__origin__ is dict, alias.__args__ == (str, list[int]))
print(isinstance([], list), type(list[int]).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
