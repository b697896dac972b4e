//! "Before you start": material that touches suicide, self-harm, trauma, abuse or bereavement
//! shows its content note first, with "Get help now" beside the way in. Used by lessons and by
//! every practice item that carries a note.

use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::content::ContentNote;
use leptos::prelude::*;

/// Shows `children` at once when there are no notes; otherwise the note, until the learner
/// chooses to continue (then `on_continue` runs, e.g. to record that a lesson was opened).
/// A page whose own `h1` is in `children` passes it as `heading`, shown above the note, so
/// the page has its heading while the note is up too.
#[component]
pub fn NoteGate(
    notes: Vec<ContentNote>,
    #[prop(optional, into)] heading: Option<String>,
    /// The continue button's words, e.g. "Continue to the lesson".
    continue_label: &'static str,
    #[prop(optional)] on_continue: Option<Callback<()>>,
    children: ChildrenFn,
) -> impl IntoView {
    let acknowledged = RwSignal::new(notes.is_empty());
    let sentence = ContentNote::sentence(&notes);
    move || {
        if acknowledged.get() {
            children().into_any()
        } else {
            view! {
                {heading.clone().map(|h| view! { <h1>{h}</h1> })}
                <section class="card content-note" aria-labelledby="content-note">
                    <h2 id="content-note">"Before you start"</h2>
                    <p>{sentence.clone()}</p>
                    <p>"Take it at your own pace, and stop whenever you need to. If this brings up something hard for you, support is available now."</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| {
                            acknowledged.set(true);
                            if let Some(cb) = on_continue {
                                cb.run(());
                            }
                        }>
                            {continue_label}
                        </button>
                        <Link to=Route::Help class="button button--quiet">"Get help now"</Link>
                    </div>
                </section>
            }
            .into_any()
        }
    }
}
