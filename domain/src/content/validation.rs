//! Content area `validation`: model, loader and validation (written by its area's issue).
