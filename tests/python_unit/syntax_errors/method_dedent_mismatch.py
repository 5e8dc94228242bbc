class A:
    def f(self):
        return self.x
  def g(self): pass
