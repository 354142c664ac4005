"""The sentence encoder: sentence embeddings for summarising, grounding, the digest and `eval`.

`sentences` holds the encoder itself, `ctranslate` its int8 CTranslate2 conversion, `runtime` the
device, threads and memory choices made once per process. Nothing here imports `summarise`: the
engines use the encoder, never the other way round.
"""
