# __import__ itself: its arguments, what it returns, and replacing it in builtins.
# file: dpkg/__init__.py
# file: dpkg/mod.py
#| v = "mod v"
top = __import__("dpkg.mod")
print(top.__name__, top.mod.v)
print(__import__("dpkg.mod", fromlist=["v"]).__name__)
print(__import__("dpkg", globals(), None, ["mod"]).mod.v)
print(__import__("mod", {"__name__": "dpkg.x", "__package__": "dpkg"}, None, ["v"], 1).__name__)
for args, kw in [((1,), {}), (("",), {}), (("x", None, None, (), -1), {}), (("x", None, None, (), 1), {}),
                 (("x", {}, None, (), 1), {}), (("x", {"__package__": 1}, None, (), 1), {}),
                 (("x", {"__name__": "a"}, None, (), 1), {}), (("x", {"__name__": "a.b"}, None, (), 3), {}),
                 ((), {}), (("sys",), {"bogus": 1}), (("sys", None, None, None, 1.5), {})]:
    try:
        __import__(*args, **kw)
    except (TypeError, ValueError, KeyError, ImportError) as e:
        print(type(e).__name__, e)
import builtins
seen = []
real = builtins.__import__
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = spy
try:
    import sys
    from dpkg import mod
    import dpkg.mod as dm
finally:
    builtins.__import__ = real
print(seen)
