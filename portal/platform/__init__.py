"""What every feature uses: settings, the database, languages, security headers, logs, errors, assets, encryption, rate limits, the audit trail and the access policy."""
