"""Texts of the network's demo content, in the five languages."""
