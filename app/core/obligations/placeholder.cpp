// Replaced by the obligations engine.
