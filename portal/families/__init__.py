"""Pages for parents, carers and young people."""
