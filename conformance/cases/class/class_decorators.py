# Class decorators receive the class and bind whatever they return; they stack bottom-up.
log = []
def register(cls):
    log.append('register ' + cls.__name__)
    cls.registered = True
    return cls
def add_method(cls):
    log.append('add_method ' + cls.__name__)
    cls.greet = lambda self: 'hi from ' + type(self).__name__
    return cls
def replace(cls):
    return 'replaced ' + cls.__name__
def with_arg(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@add_method
class A:
    pass
@with_arg('T1')
class B:
    pass
@replace
class C:
    pass
print(log, A.registered, A().greet(), B.tag, C)
