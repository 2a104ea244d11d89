"""Moderation models (rules, reports, staff review) arrive with the moderation issue."""
