"""The reference case system: a stand-in for the council's case management system."""
