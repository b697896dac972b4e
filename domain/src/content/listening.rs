//! Content area `listening`: model, loader and validation (written by its area's issue).
