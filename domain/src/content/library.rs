//! The content that code spanning several areas reads (every route, item lists, workshop
//! slides), passed in rather than fetched from a global: the app answers from what it has
//! loaded so far, native tests and tools from every built bundle ([`super::Built`]).

use super::course::Course;
use super::listening::Listening;
use super::moves::Moves;
use super::triads::Triads;
use super::validation::Validation;
use super::ContentError;
use crate::partner::Partners;

/// Each area's parsed content, or why it is not there (not loaded yet, or it failed to parse).
pub trait Library {
    fn course(&self) -> Result<&Course, &ContentError>;
    fn listening(&self) -> Result<&Listening, &ContentError>;
    fn validation(&self) -> Result<&Validation, &ContentError>;
    fn moves(&self) -> Result<&Moves, &ContentError>;
    fn triads(&self) -> Result<&Triads, &ContentError>;
    /// The practice partners (in the listening area's bundle).
    fn partners(&self) -> Result<&Partners, &ContentError>;
}
