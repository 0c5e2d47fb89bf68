"""newsmon's wiring: rq queues and jobs, the scheduler, the service and the CLI."""
