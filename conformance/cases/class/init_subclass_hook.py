# __init_subclass__ runs for each new subclass (implicitly a classmethod), with class keywords.
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name='bee'):
    pass
class Gamma(Beta):
    pass
print(registry, Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, 'plugin_name'))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(keyword=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
