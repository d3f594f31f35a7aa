# Raising a class instantiates it; exception attributes and with_traceback-free args handling.
class Custom(Exception):
    count = 0
    def __init__(self, *args):
        Custom.count += 1
        super().__init__(*args)
try:
    raise Custom
except Custom as e:
    print(type(e).__name__, e.args, Custom.count)
try:
    raise Custom('msg', 5)
except Exception as e:
    print(e, e.args, Custom.count)
class WithDefault(ValueError):
    def __init__(self, value=None):
        super().__init__('bad value: %r' % (value,))
        self.value = value
try:
    raise WithDefault
except ValueError as e:
    print(type(e).__name__, e, e.value)
try:
    int('x')
except ValueError as e:
    print(isinstance(e, WithDefault), type(e).__name__)
class KeyLike(KeyError):
    pass
try:
    raise KeyLike('key')
except LookupError as e:
    print(type(e).__name__, e, str(e))
