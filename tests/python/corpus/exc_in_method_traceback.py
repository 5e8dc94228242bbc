# exc_in_method_traceback.py — an uncaught error deep in methods and a generator; output before it is kept.
class Parser:
    def __init__(self, lines):
        self.lines = lines

    def numbers(self):
        for line in self.lines:
            yield int(line)

    def total(self):
        result = 0
        for n in self.numbers():
            print("adding", n)
            result += n
        return result


print(Parser(["1", "2"]).total())
print(Parser(["3", "x4"]).total())
