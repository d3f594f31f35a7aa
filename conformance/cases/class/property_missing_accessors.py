# Reading, writing or deleting a property without the corresponding accessor raises AttributeError.
class C:
    def _set(self, v):
        self.stored = v
    write_only = property(None, _set)
    @property
    def read_only(self):
        return "ro"
def show(f):
    try:
        r = f()
        print("ok", r)
    except AttributeError as e:
        print(type(e).__name__, e)
c = C()
c.write_only = 5
print(c.stored)
show(lambda: c.write_only)
def assign():
    c.read_only = 1
show(assign)
def delete():
    del c.read_only
show(delete)
show(lambda: c.read_only)
c.__dict__["read_only"] = "shadow?"
show(lambda: c.read_only)
print(c.__dict__["read_only"])
class E:
    p = property()
def del_empty():
    del E().p
show(lambda: E().p)
show(del_empty)
