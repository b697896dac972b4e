//! The on-device feedback engine for free-text responses (reflective listening issue).
