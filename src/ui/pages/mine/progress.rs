//! `/progress`: what the learner has done per area and lesson, their recent results, where they
//! find it hard (bars for the eye, the same numbers as a table for screen readers), and "Your
//! data" (export, import, the reminder to export now and then).

use super::data::YourData;
use super::today::label_for;
use super::{when, WorkshopHidden};
use crate::browser::{now, set_title};
use crate::state::use_app;
use crate::ui::route::Route;
use crate::ui::router::Link;
use heard_domain::catalog::Area;
use heard_domain::feedback::Label;
use heard_domain::feedback::TAG_PREFIX;
use heard_domain::progress::Progress;
use heard_domain::review::{
    miss_percent, practise_today, recent, route_for_key, struggles, SESSION_MAX,
};
use leptos::prelude::*;

#[component]
pub fn ProgressPage() -> impl IntoView {
    set_title("My progress");
    let app = use_app();
    // Only workshop mode re-renders the whole page, so the import's state survives saves.
    move || {
        if app.workshop.get() {
            return view! { <WorkshopHidden title="My progress"/> }.into_any();
        }
        view! {
            <h1>"My progress"</h1>
            <Summary/>
            <JournalLink/>
            <YourData/>
        }
        .into_any()
    }
}

/// Everything but the journal and "Your data": an empty state for a new learner, otherwise
/// the sections. The lead says what the page is for whoever reads it, so the pre-rendered
/// page (scripts/prerender.mjs) can show it; the rest is the learner's (`data-learner`).
#[component]
fn Summary() -> impl IntoView {
    let app = use_app();
    let empty = Memo::new(move |_| app.data.with(|d| d.progress.is_empty()));
    view! {
        <p class="lead">"What you answer in the course and in practice shows up here, kept only in this browser."</p>
        <div data-learner="">
            {move || {
                if empty.get() {
                    view! {
                        <p>"Nothing here yet."</p>
                        <p><Link to=Route::Course class="button">"Start the course"</Link></p>
                        <p><Link to=Route::Practise>"Or practise anything"</Link></p>
                    }
                    .into_any()
                } else {
                    view! {
                        <TodayLink/>
                        <Areas/>
                        <PartnersMet/>
                        <Recent/>
                        <Struggles/>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

/// The private journal is not in the main navigation: it is reached from here.
#[component]
fn JournalLink() -> impl IntoView {
    let app = use_app();
    let count = move || app.data.with(|d| d.journal.len());
    view! {
        <section aria-labelledby="journal-heading">
            <h2 id="journal-heading">"Journal"</h2>
            <p>
                <span data-learner="">{move || match count() {
                    0 => "No private notes yet. ".to_string(),
                    1 => "1 private note. ".to_string(),
                    n => format!("{n} private notes. "),
                }}</span>
                <Link to=Route::Journal>"Open your journal"</Link>
            </p>
        </section>
    }
}

#[component]
fn TodayLink() -> impl IntoView {
    let app = use_app();
    let due = move || {
        app.data
            .with(|d| practise_today(&d.progress, now(), SESSION_MAX).len())
    };
    view! {
        <section class="callout" aria-labelledby="today-heading">
            <h2 id="today-heading">"Practise today"</h2>
            <p>{move || match due() {
                0 => "Nothing is due for review today.".to_string(),
                1 => "1 item is due for review.".to_string(),
                n => format!("{n} items are due for review."),
            }}</p>
            <p><Link to=Route::Today>"Go to today's practice"</Link></p>
        </section>
    }
}

/// Items met and items done (last answer full marks) in an area.
fn area_counts(p: &Progress, area: Area) -> (usize, usize) {
    p.items_in(area.key_prefix().unwrap_or_default())
        .fold((0, 0), |(met, done), (_, r)| {
            (met + 1, done + usize::from(r.last_score.is_full()))
        })
}

/// The practice partners met: how far each opened up and how the latest conversation ended.
/// Names come from the listening content when it is loaded; otherwise the partner's id.
#[component]
fn PartnersMet() -> impl IntoView {
    use crate::library::partners;
    use heard_domain::partner::Ending;
    let app = use_app();
    let rows = move || {
        app.data.with(|d| {
            d.progress
                .partners
                .iter()
                .map(|(id, r)| {
                    let p = partners().ok().and_then(|all| all.get(id));
                    let name =
                        p.map_or_else(|| id.clone(), |p| format!("{}, {}", p.name, p.speaker));
                    let depth = p.map_or_else(
                        || format!("layer {}", r.deepest + 1),
                        |p| p.depth_name(usize::from(r.deepest)).to_string(),
                    );
                    let ending = Ending::from_name(&r.last_ending).map_or("", |e| e.title());
                    let href = route_for_key(&heard_domain::partner::progress_key(id));
                    (
                        name,
                        href,
                        format!(
                            "Opened up as far as {depth}. Last time: {ending}. Met {} {}.",
                            r.met,
                            if r.met == 1 { "time" } else { "times" }
                        ),
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let rows = rows();
        (!rows.is_empty()).then(|| {
            view! {
                <section aria-labelledby="partners-heading">
                    <h2 id="partners-heading">"Practice partners"</h2>
                    <ul>
                        {rows.into_iter().map(|(name, href, text)| view! {
                            <li>
                                {match href {
                                    Some(r) => view! { <Link to=r>{name}</Link> }.into_any(),
                                    None => name.into_any(),
                                }}
                                ": "{text}
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

#[component]
fn Areas() -> impl IntoView {
    let app = use_app();
    view! {
        <section aria-labelledby="areas-heading">
            <h2 id="areas-heading">"By area"</h2>
            <dl class="stats">
                <div>
                    <dt><Link to=Route::Course>"The course"</Link></dt>
                    <dd>{move || app.data.with(|d| {
                        let done = d.progress.lessons.values().filter(|l| l.passed_at.is_some()).count();
                        let opened = d.progress.lessons.len();
                        format!("{done} {} done, {opened} opened", if done == 1 { "lesson" } else { "lessons" })
                    })}</dd>
                </div>
                {Area::PRACTICE.into_iter().map(|area| view! {
                    <div>
                        <dt><Link to=area.route()>{area.label()}</Link></dt>
                        <dd>{move || app.data.with(|d| {
                            let (met, done) = area_counts(&d.progress, area);
                            format!("{done} done of {met} tried")
                        })}</dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
    }
}

#[component]
fn Recent() -> impl IntoView {
    let app = use_app();
    let rows = move || {
        app.data.with(|d| {
            recent(&d.progress, 8)
                .into_iter()
                .map(|(key, r)| (key.clone(), r.last_score.percent(), r.last_at))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">"Recent results"</h2>
            <ul class="recent">
                {move || rows().into_iter().map(|(key, score, at)| {
                    let label = label_for(&key);
                    let result = if score == 100 { "Done".to_string() } else { format!("{score}%: worth another go") };
                    let name = match route_for_key(&key) {
                        Some(to) => view! { <Link to=to>{label}</Link> }.into_any(),
                        None => view! { <span>{label}</span> }.into_any(),
                    };
                    view! {
                        <li>{name}" "<span class="meta">{format!("{result} · {}", when(at))}</span></li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A tag's title: a principle's, a feedback label's, or the tag itself.
fn tag_title(tag: &str) -> String {
    if let Some(name) = tag.strip_prefix(TAG_PREFIX) {
        return Label::from_name(name).map_or_else(|| name.to_string(), |l| l.title().to_string());
    }
    crate::library::registry()
        .ok()
        .and_then(|r| r.principle(tag))
        .map_or_else(|| tag.to_string(), |p| p.title.clone())
}

/// A percentage as one of eleven bar widths (CSS classes: the CSP allows no inline styles).
fn bar_class(percent: u32) -> String {
    format!("bar__fill bar__fill--{}", (percent.min(100) + 5) / 10 * 10)
}

#[component]
fn Struggles() -> impl IntoView {
    let app = use_app();
    let split = move || {
        app.data.with(|d| {
            let all = struggles(&d.progress);
            let (labels, principles): (Vec<_>, Vec<_>) = all
                .into_iter()
                .partition(|(t, _, _)| t.starts_with(TAG_PREFIX));
            (principles, labels)
        })
    };
    view! {
        <section aria-labelledby="hard-heading">
            <h2 id="hard-heading">"Where you find it hard"</h2>
            {move || {
                let (principles, labels) = split();
                if principles.is_empty() && labels.is_empty() {
                    return view! { <p>"Answer a few practice items to see which ideas trip you up most."</p> }.into_any();
                }
                view! {
                    <Tally id="hard-principles" caption="The things to do and to avoid" what="Idea" rows=principles/>
                    <Tally id="hard-labels" caption="What your written answers did" what="Feedback" rows=labels/>
                }.into_any()
            }}
        </section>
    }
}

/// Bars (hidden from screen readers) and then the same numbers as a table.
#[component]
fn Tally(
    id: &'static str,
    caption: &'static str,
    what: &'static str,
    rows: Vec<(String, u32, u32)>,
) -> impl IntoView {
    if rows.is_empty() {
        return ().into_any();
    }
    let rows: Vec<(String, u32, u32, u32)> = rows
        .into_iter()
        .map(|(t, seen, missed)| (tag_title(&t), seen, missed, miss_percent(seen, missed)))
        .collect();
    let bars = rows
        .iter()
        .map(|(title, _, _, pct)| {
            view! {
                <li class="bar">
                    <span class="bar__label">{title.clone()}</span>
                    <span class="bar__track"><span class=bar_class(*pct)></span></span>
                    <span class="bar__value">{format!("{pct}% missed")}</span>
                </li>
            }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|(title, seen, missed, pct)| {
            view! {
                <tr>
                    <th scope="row">{title}</th>
                    <td>{seen}</td>
                    <td>{missed}</td>
                    <td>{format!("{pct}%")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 id=id>{caption}</h3>
        <ul class="bars" aria-hidden="true">{bars}</ul>
        <table class="tally">
            <caption>{format!("{caption}: how often each was missed")}</caption>
            <thead>
                <tr>
                    <th scope="col">{what}</th>
                    <th scope="col">"Seen"</th>
                    <th scope="col">"Missed"</th>
                    <th scope="col">"Missed (%)"</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    }
    .into_any()
}
