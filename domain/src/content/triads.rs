//! Content area `triads`: model, loader and validation (written by its area's issue).
