// Package schedule says when scheduled work is due and starts it: it parses
// cron specs and time zones (ParseSpec, LoadZone), works out a schedule's
// slots across daylight saving and after downtime (Plan, NextRuns), and runs
// the firing loop (Scheduler) that claims each due slot, and each run a
// user requested, and hands it to a Firer.
//
// The spec and slot functions never read the clock: every time is passed
// in. The Scheduler reads the clock it is given. Each slot is claimed once
// however many schedulers share a store, because a slot is claimed by
// inserting its run under a deterministic id; slots too old to run are
// recorded as missed, never fired late. A claimed run carries a lease its
// holder renews; when the holder dies mid-fire, another scheduler takes the
// run over once the lease expired (again by an insert with a deterministic
// id, "<run>#takeover<n>") and fires it again, and the Firer's idempotent
// writes make the slot's effects happen once. What a slot does is the
// Firer's business: this package knows nothing of reviews, digests or chat.
package schedule
