"""Test helpers shipped with drafter: a local OpenAI-compatible server (`openai_server`) and scripted
responders that answer drafter's own prompts from the fact sheet in the request (`responders`)."""
