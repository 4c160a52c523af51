"""The form kit every form is built on: catalogue-driven question forms, field builders,
validators, and numbers in the reader's language. It depends on the catalogue only."""
