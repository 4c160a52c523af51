"""Development tools: the reference case system, the embedded sign-in providers,
demonstration data and the development server. Never installed in production."""
