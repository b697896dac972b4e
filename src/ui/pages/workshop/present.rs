//! `/workshop/present/<area>/<exercise>/<id>`: one item on a projector, revealed step by step
//! (statement, "what would you say?", options with a show of hands, discussion, answer).
//!
//! Driven by keyboard or clicker as well as by its buttons: right arrow, Page Down, Space =
//! next; left arrow, Page Up = previous; F = full screen; Escape = back to the catalogue. The
//! site navigation is hidden (CSS, keyed on `.presenter`) but "Get help now" stays. The hand
//! counts live in this component only; workshop mode is on, so nothing at all is saved.
//!
//! The options are in the room's order (`Slide::in_room_order`: shuffled, one order per
//! slide), laid out side by side on a wide screen, and every step is fitted to the window
//! ([`fit_to_screen`]) so the room sees every option without anyone scrolling.

use super::workshop_mode;
use crate::library::Loaded;
use crate::ui::area::AreaContent;
use crate::ui::pages::ContentError;
use crate::ui::route::Route;
use crate::ui::router::{use_nav, Link};
use heard_domain::catalog::Exercise;
use heard_domain::content::ContentNote;
use heard_domain::workshop::{parse_hands, slide, Presenter, Slide, Step, MAX_HANDS};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `/workshop/present/<area>/<exercise>/<id>`.
#[component]
pub fn PresentPage(exercise: Exercise, id: String) -> impl IntoView {
    workshop_mode();
    view! {
        <div class="presenter" id=PRESENTER_ID>
            <AreaContent area=exercise.area()>
                <Present exercise=exercise id=id.clone()/>
            </AreaContent>
        </div>
    }
    .into_any()
}

/// The presenter's root element, whose `--fit` [`fit_to_screen`] sets.
const PRESENTER_ID: &str = "presenter";

/// Below this window width (CSS px, 48rem) the presenter scrolls as any page does: a phone
/// shows a slide in readable type, not shrunk to one screen.
const FIT_MIN_WIDTH: f64 = 768.0;

/// The smallest `--fit` tried (the CSS keeps text at 1rem or more whatever the fit).
const FIT_MIN: f64 = 0.3;

/// Scales the presenter's text down (never up) until the whole page fits the window without
/// scrolling: a binary search over `--fit`, each try one synchronous layout. It is set
/// through the CSSOM, which the CSP allows (it refuses style attributes). The CSS keeps the
/// text at 1rem or more, so a slide too long even then scrolls rather than turning
/// unreadable. Run after every step and on every resize.
fn fit_to_screen() {
    let Some(w) = web_sys::window() else {
        return;
    };
    let size = |v: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
        v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
    };
    let (width, height) = (size(w.inner_width()), size(w.inner_height()));
    let Some(doc) = w.document() else {
        return;
    };
    let root = doc.document_element();
    let el = doc
        .get_element_by_id(PRESENTER_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(root), Some(el)) = (root, el) else {
        return;
    };
    let style = el.style();
    let set = |fit: f64| _ = style.set_property("--fit", &thousandths(fit));
    let fits = || f64::from(root.scroll_height()) <= height;
    set(1.0);
    if width < FIT_MIN_WIDTH || fits() {
        return;
    }
    // `lo` fits (or is the floor); `hi` does not.
    let (mut lo, mut hi) = (FIT_MIN, 1.0);
    for _ in 0..8 {
        let mid = (lo + hi) / 2.0;
        set(mid);
        if fits() {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    set(lo);
}

/// `fit` (0.0 to 1.0) as CSS text with three decimals, "0.650", written from integers:
/// formatting an `f64` (`{fit:.3}`) pulled about 10 KB of float printing into the wasm.
fn thousandths(fit: f64) -> String {
    let milli = (fit.clamp(0.0, 1.0) * 1000.0).round() as u32;
    format!("{}.{:03}", milli / 1000, milli % 1000)
}

/// What a key press asks of the presenter.
enum Key {
    Next,
    Prev,
    FullScreen,
    Leave,
}

/// The presenter's reading of a key press, or `None` to leave it to the browser: typing in a
/// count, Space or Enter on a button or link, and shortcuts with Ctrl, Alt or Cmd.
fn key_action(e: &web_sys::KeyboardEvent) -> Option<Key> {
    if e.ctrl_key() || e.alt_key() || e.meta_key() || e.default_prevented() {
        return None;
    }
    let tag = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| el.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    let typing = matches!(tag.as_str(), "input" | "textarea" | "select");
    let control = matches!(tag.as_str(), "button" | "a" | "summary");
    match e.key().as_str() {
        "Escape" => Some(Key::Leave),
        _ if typing => None,
        "ArrowRight" | "PageDown" => Some(Key::Next),
        " " if !control => Some(Key::Next),
        "ArrowLeft" | "PageUp" => Some(Key::Prev),
        "f" | "F" => Some(Key::FullScreen),
        _ => None,
    }
}

/// Fills the screen with the page, or leaves full screen. Refused requests are ignored.
fn toggle_full_screen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

#[component]
fn Present(exercise: Exercise, id: String) -> impl IntoView {
    let Some(s) = slide(&Loaded, exercise, &id) else {
        let at = Route::Present(exercise, id).href();
        return view! { <ContentError message=format!("There is no workshop item at “{at}”.")/> }
            .into_any();
    };
    crate::browser::set_title(&format!("Presenting: {}", s.title));
    let nav = use_nav();
    let p = RwSignal::new(Presenter::new(s.options.len()));
    let step = Memo::new(move |_| p.with(|p| p.step()));
    let next = move || p.update(|p| _ = p.next());
    let prev = move || p.update(|p| _ = p.prev());

    let keys = window_event_listener(ev::keydown, move |e| match key_action(&e) {
        Some(Key::Next) => {
            e.prevent_default();
            next();
        }
        Some(Key::Prev) => {
            e.prevent_default();
            prev();
        }
        Some(Key::FullScreen) => {
            e.prevent_default();
            toggle_full_screen();
        }
        Some(Key::Leave) => {
            e.prevent_default();
            nav.go(&Route::Workshop);
        }
        None => {}
    });
    on_cleanup(move || keys.remove());

    // Fit each step to the screen once it has rendered, and again when the window changes
    // (full screen, a projector plugged in).
    Effect::new(move |_| {
        step.track();
        request_animation_frame(fit_to_screen);
    });
    let resize = window_event_listener(ev::resize, |_| fit_to_screen());
    on_cleanup(move || resize.remove());

    let s = StoredValue::new(s);
    let announce = move || {
        let st = step.get();
        format!(
            "Step {} of {}: {}",
            st.number(),
            Step::ALL.len(),
            st.label()
        )
    };
    view! {
        <p class="presenter__meta">
            {s.with_value(|s| format!("{} · {}", s.exercise.label(), s.context.label()))}
            {s.with_value(|s| (!s.content_notes.is_empty()).then(|| format!(" · {}", ContentNote::sentence(&s.content_notes))))}
        </p>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{announce}</p>
        <p class="presenter__step" aria-hidden="true">{announce}</p>
        <h1 class="presenter__title">{s.with_value(|s| s.title.clone())}</h1>
        {s.with_value(|s| s.setting.clone()).map(|t| view! { <p class="presenter__setting">{t}</p> })}
        <blockquote class="peer presenter__statement"><p>{s.with_value(|s| format!("“{}”", s.statement))}</p></blockquote>
        {s.with_value(|s| s.reply.clone()).map(|t| view! { <p class="presenter__setting">{t}</p> })}
        <div class="presenter__pause" hidden=move || step.get() != Step::Pause>
            <h2>"What would you say?"</h2>
            <p>"Talk it over in pairs before any options show."</p>
        </div>
        <div class="presenter__discussion" hidden=move || step.get() != Step::Discussion>
            <h2>"Discuss"</h2>
            <p>{s.with_value(|s| s.prompt.clone())}</p>
        </div>
        <div class="presenter__answer" hidden=move || step.get() != Step::Answer>
            <h2>"The answer"</h2>
            {s.with_value(|s| s.answer_note.clone()).map(|t| view! { <p class="presenter__note">{t}</p> })}
            <p>"Every option, and what it does:"</p>
        </div>
        <Options s=s p=p step=step/>
        <nav class="presenter__controls" aria-label="Presenter">
            <button type="button" class="button button--quiet" aria-disabled=move || p.with(|p| p.is_first()).then_some("true") on:click=move |_| prev()>"Previous"</button>
            <button type="button" class="button" aria-disabled=move || p.with(|p| p.is_last()).then_some("true") on:click=move |_| next()>"Next"</button>
            <button type="button" class="button button--quiet" on:click=move |_| toggle_full_screen()>"Full screen (F)"</button>
            <Link to=Route::Workshop class="button button--quiet">"Leave (Esc)"</Link>
        </nav>
    }
    .into_any()
}

/// The options and the show of hands (from the options step on), with each option's
/// explanation once the answer is revealed.
#[component]
fn Options(s: StoredValue<Slide>, p: RwSignal<Presenter>, step: Memo<Step>) -> impl IntoView {
    let options = s.with_value(|s| s.options.clone());
    // Columns on a wide screen: three options side by side, four as two pairs, more in threes.
    let grid = match options.len() {
        0 | 1 => "slide-options",
        2 | 4 => "slide-options slide-options--2",
        _ => "slide-options slide-options--3",
    };
    view! {
        <section class="presenter__options" hidden=move || !step.get().shows_options() aria-labelledby="options-heading">
            <h2 id="options-heading">{s.with_value(|s| s.question.clone())}</h2>
            <ol class=grid>
                {options.into_iter().enumerate().map(|(i, o)| {
                    let n = i + 1;
                    let answer = move || step.get() == Step::Answer;
                    let count = move || p.with(|p| p.hands().get(i).copied().unwrap_or(0));
                    let percent = move || p.with(|p| p.percents().get(i).copied().unwrap_or(0));
                    let input_id = format!("hands-{n}");
                    let correct = o.correct;
                    view! {
                        <li class="slide-option" class:slide-option--best=move || answer() && correct>
                            <p class="slide-option__text">
                                <span class="slide-option__number">{format!("{n}. ")}</span>{o.text.clone()}
                            </p>
                            <div class="hands">
                                // Counting ends with the answer: its controls give way so
                                // every option and explanation fits (Previous brings them back).
                                <span class="hands__edit" hidden=answer>
                                    // The count beside the bar says what the number is; the label
                                    // names the input for screen readers and voice control.
                                    <label for=input_id.clone() class="visually-hidden">{format!("Hands for option {n}")}</label>
                                    <button type="button" class="button button--quiet hands__step" aria-label=format!("One fewer hand for option {n}") on:click=move |_| p.update(|p| p.add_hands(i, -1))>"−"</button>
                                    <input id=input_id type="number" inputmode="numeric" min="0" max=MAX_HANDS.to_string() class="hands__input"
                                        prop:value=move || count().to_string()
                                        on:input=move |ev| {
                                            if let Some(n) = parse_hands(&event_target_value(&ev)) {
                                                p.update(|p| p.set_hands(i, n));
                                            }
                                        }/>
                                    <button type="button" class="button button--quiet hands__step" aria-label=format!("One more hand for option {n}") on:click=move |_| p.update(|p| p.add_hands(i, 1))>"+"</button>
                                </span>
                                <span class="bar" aria-hidden="true"><span class="bar__fill" style:width=move || format!("{}%", percent())></span></span>
                                <span class="hands__count">{move || {
                                    let c = count();
                                    format!("{c} {} ({}%)", if c == 1 { "hand" } else { "hands" }, percent())
                                }}</span>
                            </div>
                            <div class="slide-option__why" hidden=move || !answer()>
                                <p>
                                    <strong>{if correct { "Best answer. " } else { "Not the best. " }}</strong>
                                    {o.kind.clone().map(|k| format!("{k}. "))}
                                    {o.explanation.clone()}
                                </p>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::thousandths;

    #[test]
    fn fit_is_css_text_with_three_decimals_within_half_a_thousandth() {
        for step in 0..=1000 {
            let fit = f64::from(step) / 1000.0 + 0.0003;
            let text = thousandths(fit);
            let (whole, decimals) = text.split_once('.').expect("a decimal point");
            assert!(whole.len() == 1 && decimals.len() == 3, "{text}");
            let back: f64 = text.parse().expect("a number");
            assert!(
                (back - fit.min(1.0)).abs() <= 0.0005,
                "{fit} written {text}"
            );
        }
        assert_eq!(thousandths(0.65), "0.650");
        assert_eq!(thousandths(1.0), "1.000");
    }
}
