"""The names of the days and months, as English writes them: words that open sentences and
dates in news, capitalised though no name's."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
