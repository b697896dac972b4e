//! Content area `moves`: model, loader and validation (written by its area's issue).
