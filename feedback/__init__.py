"""The service feedback service: how families tell the council how its services did."""
