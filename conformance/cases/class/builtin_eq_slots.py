# A builtin type's __eq__/__ne__ called directly answers NotImplemented for values it does
# not compare with; a subclass of a builtin that defines only __eq__ keeps the builtin !=.
print([].__eq__(5), [1].__eq__([1]), {1}.__eq__(5), (1,).__ne__(3), "a".__eq__(1))
print((5).__eq__("x"), {1}.__lt__([1]), {}.keys().__eq__(set()), b"a".__eq__(bytearray(b"a")))
print(range(3).__eq__(range(0, 3)), (1.0).__eq__(1), "s".__ne__("s"), len.__eq__(len))


class L(list):
    pass


class Eq(list):
    def __eq__(self, other):
        return True


class I(int):
    def __eq__(self, other):
        return "eq"


print(L().__eq__(5), L([1]) == [1], L([1]) != [2])
print(Eq([1]) == [2], [2] == Eq([1]), Eq() != [1], Eq([1]) != [1], [1] != Eq([1]))
print(I(3) == 4, I(3) != 3, I(3) != 4, 4 != I(3))


class Plain:
    def __eq__(self, other):
        return isinstance(other, Plain)


print(Plain() != Plain(), Plain() != 1)
