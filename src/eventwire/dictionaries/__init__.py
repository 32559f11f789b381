"""Read CAMEO/PETRARCH dictionaries (actors, agents, verbs, discards) and code sentences with them."""
