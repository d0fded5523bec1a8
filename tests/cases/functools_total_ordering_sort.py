from functools import total_ordering

@total_ordering
class Card:
    RANKS = '23456789TJQKA'
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def key(self):
        return (self.RANKS.index(self.rank), self.suit)
    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.key() == other.key()
    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.key() < other.key()
    def __hash__(self):
        return hash(self.key())
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(t) for t in ['Kh', '2c', 'Ts', 'Ad', '2d']]
print(sorted(hand), min(hand), max(hand), sorted(hand, reverse=True)[:2])
print(Card('Kh') >= Card('Kh'), Card('2c') > Card('Ad'), Card('3c') <= Card('2c'))
try:
    Card('2c') < 5
except TypeError as e:
    print('TypeError', e)
try:
    Card('2c') >= 5
except TypeError as e:
    print('TypeError', e)
print(Card('2c') == 5, len(set(hand + [Card('Kh')])))
