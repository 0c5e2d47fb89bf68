"""newsmon's domain: records, stage functions, and the adapters at their edge."""
