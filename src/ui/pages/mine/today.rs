//! `/practise/today`: a short mixed session of the items due for spaced review, chosen by
//! [`heard_domain::review::practise_today`]. The list is fixed for the day when first shown, so
//! answering an item (which makes it no longer due) ticks it off instead of removing it.

use super::{words, WorkshopHidden};
use crate::browser::{now, set_title};
use crate::state::use_app;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::review::{
    area_of, estimated_minutes, practise_today, route_for_key, SESSION_MAX,
};
use heard_domain::Millis;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    /// Today's session in this tab: (start of the day, the chosen keys).
    static SESSION: RefCell<Option<(Millis, Vec<String>)>> = const { RefCell::new(None) };
}

#[component]
pub fn TodayPage() -> impl IntoView {
    set_title("Practise today");
    let app = use_app();
    if app.workshop.get_untracked() {
        return view! { <WorkshopHidden title="Practise today"/> }.into_any();
    }
    let day = crate::browser::start_of_today();
    let keys = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        match &*s {
            Some((d, keys)) if *d == day => keys.clone(),
            _ => {
                let keys = app
                    .data
                    .with_untracked(|d| practise_today(&d.progress, now(), SESSION_MAX));
                *s = Some((day, keys.clone()));
                keys
            }
        }
    });
    if keys.is_empty() {
        return view! {
            <h1>"Practise today"</h1>
            <p class="lead">"Nothing is due. Come back tomorrow, or practise anything."</p>
            <p>"Items you answer come back here for review: a miss tomorrow, a right answer after a few days, then less and less often."</p>
            <ul class="link-list">
                <li><Link to=Route::Practise>"Practise anything"</Link></li>
                <li><Link to=Route::Course>"The course"</Link></li>
                <li><Link to=Route::Progress>"My progress"</Link></li>
            </ul>
        }
        .into_any();
    }
    let count = keys.len();
    let items = keys
        .into_iter()
        .filter_map(|key| route_for_key(&key).map(|to| (key, to)))
        .map(|(key, to)| {
            let label = label_for(&key);
            let k = key.clone();
            let done = Memo::new(move |_| app.data.with(|d| d.progress.item(&k).is_some_and(|r| r.last_at >= day)));
            view! {
                <li class="today__item">
                    <Link to=to>{label}</Link>
                    " "
                    <span class=move || if done.get() { "today__status status-good" } else { "today__status" }>
                        {move || if done.get() { "Done today" } else { "To do" }}
                    </span>
                </li>
            }
        })
        .collect_view();
    let done_count = {
        move || {
            SESSION.with(|s| {
                s.borrow().as_ref().map_or(0, |(_, keys)| {
                    app.data.with(|d| {
                        keys.iter()
                            .filter(|k| d.progress.item(k).is_some_and(|r| r.last_at >= day))
                            .count()
                    })
                })
            })
        }
    };
    view! {
        <h1>"Practise today"</h1>
        <p class="lead">{format!(
            "{count} {}, about {} minutes. Items you missed come back soon; ones you know come back less often.",
            if count == 1 { "item" } else { "items" },
            estimated_minutes(count)
        )}</p>
        <p class="meta" role="status">{move || format!("{} of {count} done today", done_count())}</p>
        <ol class="today">{items}</ol>
        <p><Link to=Route::Progress>"My progress"</Link></p>
    }
    .into_any()
}

/// "Validation · decide · night shift" from `validate.decide.night-shift`.
pub fn label_for(key: &str) -> String {
    let area = area_of(key).map_or("", |a| a.label());
    let mut parts = key.splitn(3, '.').skip(1);
    let exercise = parts.next().unwrap_or_default();
    let id = parts.next().unwrap_or_default();
    format!("{area} · {exercise} · {}", words(id))
}
