# lang_decorators.py — function decorators, decorators with arguments, stacked decorators, class decorators.
def loud(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        result = func(*args, **kwargs)
        print("returned", result)
        return result

    return wrapper


@loud
def add(a, b):
    return a + b


add(2, 3)


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]

        return wrapper

    return decorate


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("x"))


def tag(label):
    def decorate(func):
        def wrapper():
            return f"<{label}>{func()}</{label}>"

        return wrapper

    return decorate


@tag("b")
@tag("i")
def text():
    return "word"


print(text())
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


@register
class Plugin:
    pass


@register
class Other:
    pass


print(registry)
