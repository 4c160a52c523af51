"""The caseworkers' workspace."""
