"""The narrow, versioned API between the portal and the council's case system."""
