"""Conversation flows: the typed model, the YAML loader with exact positions, the JSON Schema,
semantic validation that reports every problem, templates, and the Mermaid/Graphviz pictures."""
