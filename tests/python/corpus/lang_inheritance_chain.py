# lang_inheritance_chain.py — three levels of single inheritance: overriding, super() chains, class attributes,
# __str__/__repr__ inherited or overridden, isinstance along the chain, user exceptions with custom __str__.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Rectangle(Shape):
    sides = 4

    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__("square", side, side)

    def describe(self):
        return "a square: " + super().describe()

    def __str__(self):
        return f"Square of {self.w}"


shapes = [Shape("blob"), Rectangle("rect", 2, 3), Square(4)]
for s in shapes:
    print(s.describe())
print(shapes, str(shapes[2]), str(shapes[1]))
print([isinstance(shapes[2], c) for c in (Shape, Rectangle, Square)], isinstance(shapes[1], Square))
print(sorted(shapes, key=lambda s: s.area(), reverse=True))
Rectangle.sides = 5
print(Square(1).sides, Shape.sides)


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


class RangeError(ValidationError):
    pass


try:
    raise RangeError("age", "must be below 150")
except ValidationError as e:
    print(type(e).__name__, e, e.args, repr(e.field))
raise RangeError("height", "negative")
