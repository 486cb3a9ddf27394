"""The review app (Textual). Imports the store, never spaCy: it must open in well under a second."""
