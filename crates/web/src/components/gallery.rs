//! The examples gallery: cards on three shelves (the seed texts' examples,
//! concepts, common mistakes).

mod example_card;
mod examples_gallery;

pub use examples_gallery::ExamplesGallery;
