"""What every feature uses: settings, the database, languages, security headers, logs,
errors, assets, encryption, stored files, rate limits, the audit trail and the access
policy. The platform knows no feature."""
