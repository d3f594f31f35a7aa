# Checks that methods reach class attributes through self or the class name, not bare names.
class Config:
    scale = 3
    names = ["a", "b"]

    def scaled(self, v):
        return v * self.scale

    def scaled_cls(self, v):
        return v * Config.scale

    @classmethod
    def via_cls(cls):
        return cls.scale + 1

    @staticmethod
    def static():
        try:
            return scale
        except NameError as e:
            return type(e).__name__ + ": " + str(e)

c = Config()
print(c.scaled(2), c.scaled_cls(2), Config.via_cls(), Config.static())
c.scale = 10
print(c.scaled(2), c.scaled_cls(2), Config.via_cls())
Config.scale = 5
print(c.scaled(2), c.scaled_cls(2), Config.via_cls())
del c.scale
print(c.scaled(2))

class Sub(Config):
    scale = 100

print(Sub().scaled(1), Sub().scaled_cls(1), Sub.via_cls())
