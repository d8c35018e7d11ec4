# Checks: @staticmethod and @classmethod, alternative constructors, and cls in subclasses.
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __str__(self):
        return f"{self.year}년 {self.month}월 {self.day}일"


class KoreanDate(Date):
    def __str__(self):
        return "KR " + super().__str__()


d = Date.from_string("2024-02-29")
print(d)
print(Date.is_leap(2024), Date.is_leap(1900), d.is_leap(2000))
k = KoreanDate.from_string("2023-12-25")
print(k, type(k).__name__)
f = Date.from_string
print(f("1999-1-1"))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
