"""Development tools: the reference case system, the embedded sign-in providers,
demonstration data and the development server. Never installed in production."""

import warnings

import authlib.deprecate  # noqa: F401  (imported for its side effect on warning filters)

# authlib warns about its own modules that oidc-provider-mock still imports; it forces
# its warnings on when imported, so these filters must come after it.
warnings.filterwarnings("ignore", message="authlib.jose module is deprecated")
warnings.filterwarnings("ignore", message="The httpx module is deprecated")
