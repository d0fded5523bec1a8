# class: uncaught custom exception whose __str__ returns an empty string
class Quiet(Exception):
    def __str__(self):
        return ""

def run():
    raise Quiet("this message is hidden")

run()
