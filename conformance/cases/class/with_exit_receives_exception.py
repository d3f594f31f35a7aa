# __exit__ receives the exception type, value and traceback; a falsy return re-raises.
class Watch:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.et = et
        self.ev = ev
        self.has_tb = tb is not None
        return None
w = Watch()
try:
    with w:
        raise KeyError('k')
except KeyError as e:
    print('propagated', type(e).__name__, e)
print(w.et.__name__, type(w.ev).__name__, w.ev.args, w.has_tb, w.et is KeyError)
try:
    with w:
        1 / 0
except ZeroDivisionError as e:
    print('propagated', e)
print(w.et.__name__, str(w.ev))
# An exception raised in __exit__ replaces the original, with the original as context.
class Replace:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with Replace():
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
