"""Forms for triage actions. Each carries the version of the request the caseworker saw."""
