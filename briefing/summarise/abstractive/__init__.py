"""The abstractive engine: key points written by a Hugging Face seq2seq model.

`engine` (the engine), `chunking` (articles cut to fit the model's input), `generate`
(batched generation), `prompts` (how a chunk is put to a model family) and `models` (seq2seq
models in the local cache: list, download).
"""
