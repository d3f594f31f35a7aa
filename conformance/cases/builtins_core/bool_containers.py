# bool() of empty and non-empty containers and other values.
print(bool([]), bool([0]), bool(()), bool((None,)))
print(bool({}), bool({0: 0}), bool(set()), bool({0}), bool(frozenset()))
print(bool(''), bool(' '), bool(b''), bool(b'\x00'), bool(bytearray()))
print(bool(range(0)), bool(range(1)), bool(0), bool(-1), bool(None))
print(bool(), bool(object()))
class L:
    def __len__(self):
        return 0
class B:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(L()), bool(B()))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
