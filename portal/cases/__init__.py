"""A family's cases and unsent drafts, and what each is called: read by the request, views,
the account pages and whoever else must name a case to a family."""
