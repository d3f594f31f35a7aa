# Single inheritance: inherited methods, overridden methods, and attribute lookup through the base.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'

class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog/' + Animal.kind(self)

a = Animal('generic')
d = Dog('rex')
print(a.speak(), '|', d.speak())
print(a.kind(), d.kind())
print(Dog.__bases__ == (Animal,), Dog.__base__ is Animal, Animal.__base__ is object)
print('speak' in Dog.__dict__, 'kind' in Dog.__dict__)
