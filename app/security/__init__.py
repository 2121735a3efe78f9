"""Users, roles and permissions (optional sign-in), password hashing, personal-data masking."""
