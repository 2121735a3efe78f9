"""Staff records: people, their qualifications, retirement and job-position matching."""
