"""The SEND family portal. `portal.app.create_app()` builds the application; each feature
is a package here (see README: Layout). Importing a part of the portal never builds or
imports the whole of it."""
