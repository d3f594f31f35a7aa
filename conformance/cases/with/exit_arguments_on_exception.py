# __exit__ receives the exception's type, the instance itself, and a traceback object.
class Spy:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.seen = (t, v, tb)
        print("type:", t.__name__ if t else t)
        print("value:", repr(v))
        print("tb is not None:", tb is not None)
        print("isinstance:", isinstance(v, t) if t else None)
        return True

class MyErr(Exception):
    pass

s = Spy()
err = MyErr("a", 2)
with s:
    raise err
print(s.seen[1] is err, s.seen[1].args)
with s:
    raise ValueError
print(type(s.seen[1]).__name__, s.seen[1].args)
with s:
    1 // 0
with s:
    [][1]
with s:
    {}["missing"]
with s:
    pass
print(s.seen)
