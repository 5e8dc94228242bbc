try:
    def method(self, *args, **kw):
    pass
   = x = yield
