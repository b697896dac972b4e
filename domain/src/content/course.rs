//! Content area `course`: model, loader and validation (written by its area's issue).
