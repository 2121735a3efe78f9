"""Courses and their classes, nominations (ranking, checks, status flow) and office coverage."""
