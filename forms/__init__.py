"""The data catalogue and the forms that collect what it describes."""
