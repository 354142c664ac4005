"""briefing: news articles in, one-page briefing memos out, every key point traced to its source."""

__version__ = "0.1.0"
