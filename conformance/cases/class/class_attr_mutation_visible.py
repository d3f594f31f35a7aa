# Changing a class attribute after instances exist is visible through every instance without its own.
class Config:
    level = 1
    tags = ['base']
a, b = Config(), Config()
b.level = 99
Config.level = 2
print(a.level, b.level, Config.level)
Config.tags = Config.tags + ['new']
print(a.tags, b.tags)
class Sub(Config):
    pass
s = Sub()
Config.level = 3
print(s.level, Sub.level)
Sub.level = 4
print(s.level, Config.level, a.level)
del Sub.level
print(s.level)
try:
    del Sub.level
except AttributeError as e:
    print(type(e).__name__, e)
