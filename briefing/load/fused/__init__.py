"""Fused words: splitting "intheir" and "ofUnderstanding" where copying lost a line break.

`splitter` weighs each token as one word against two run together, `pieces` scores the pieces,
`words` holds the word tables (wordfreq, symspellpy's bigrams) and token shapes.
"""
