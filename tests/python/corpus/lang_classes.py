# lang_classes.py — classes: __init__, methods, attributes, class attributes, single inheritance and super().
class Animal:
    kingdom = "animalia"

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def kind(self):
        return "dog, a kind of " + super().kind()


a = Animal("generic")
d = Dog("rex")
d.add_trick("sit").add_trick("roll")
print(a.speak())
print(d.speak(), d.tricks)
print(d.kind())
print(Dog.kingdom, d.kingdom)
Animal.kingdom = "changed"
print(d.kingdom)
d.kingdom = "own"
print(d.kingdom, Animal.kingdom)
print(isinstance(d, Animal), isinstance(a, Dog), isinstance(d, Dog))
print(type(d).__name__, type(a) is Animal)
a.color = "brown"
print(a.color, d.name)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.value = 0

    def increment(self, by=1):
        self.value += by
        return self.value


c = Counter()
Counter()
print(c.increment(), c.increment(5), Counter.instances)
method = c.increment
print(method(10))
try:
    a.fly()
except AttributeError as e:
    print("AttributeError:", e)
