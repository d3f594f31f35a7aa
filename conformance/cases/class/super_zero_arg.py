# Zero-argument super() in ordinary methods reaches the next class in the MRO.
class Base:
    def greet(self):
        return 'base'
    def chain(self, acc):
        return acc + ['Base']
class Mid(Base):
    def greet(self):
        return 'mid+' + super().greet()
    def chain(self, acc):
        return super().chain(acc + ['Mid'])
class Top(Mid):
    def greet(self):
        return 'top+' + super().greet()
    def chain(self, acc):
        return super().chain(acc + ['Top'])

print(Top().greet(), Mid().greet())
print(Top().chain([]))
print(type(super(Top, Top())).__name__)
