# \N{...} escapes: names a learner types (punctuation, arrows, box drawing,
# Latin letters, emoji), Hangul syllables and CJK ideographs, in any case.
print("\N{BULLET} 할 일 목록")
print("\N{HANGUL SYLLABLE AN}\N{HANGUL SYLLABLE NYEONG}\N{HANGUL SYLLABLE HA}\N{HANGUL SYLLABLE SE}\N{HANGUL SYLLABLE YO}")
print("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-4E8C}")
print("task \N{RIGHTWARDS ARROW} done \N{CHECK MARK}")
print("\N{BOX DRAWINGS LIGHT DOWN AND RIGHT}" + "\N{BOX DRAWINGS LIGHT HORIZONTAL}" * 5)
print("caf\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{snake}", "\N{EM DASH}", "\N{DEGREE SIGN}C")
print(len("\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER OMEGA}"), f"{'x'}\N{HOURGLASS}")
print("\N{Bullet}", "\N{CJK UNIFIED IDEOGRAPH-2A6D6}", ascii("\N{NO-BREAK SPACE}"))
