# syntax: a method indented less than the class body
class Greeter:
    def hello(self):
        return "hello"
  def bye(self):
        return "bye"
