from operator import attrgetter

class Addr:
    def __init__(self, city):
        self.city = city
class Person:
    def __init__(self, name, age, city):
        self.name, self.age, self.addr = name, age, Addr(city)
    def __repr__(self):
        return self.name

people = [Person('ann', 30, 'Oslo'), Person('bob', 25, 'Rome'), Person('cy', 35, 'Bern')]
print(sorted(people, key=attrgetter('age')), sorted(people, key=attrgetter('addr.city')))
print(attrgetter('name', 'age')(people[0]), attrgetter('addr.city', 'name')(people[1]))
print(repr(attrgetter('a')), repr(attrgetter('a.b', 'c')), list(map(attrgetter('real'), [1, 2.5])))
print(attrgetter('__class__.__name__')(3))
for bad in [lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter('x')(people[0]),
            lambda: attrgetter('addr.zip')(people[0]), lambda: attrgetter('a')(), lambda: attrgetter('a', b=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
