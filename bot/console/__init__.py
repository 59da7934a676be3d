"""The staff console served by the bot's web server (issue 13)."""
