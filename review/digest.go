package review

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/review/schedule"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// DigestDueSoonDays is how far ahead the commitment digest looks: a
// commitment is due soon when its due day lies between today and today
// plus this many days, both included.
const DigestDueSoonDays = 3

// DigestDay is what the composer needs to know about the digest's day
// besides the commitments: read once per fire, so that composing reads
// nothing.
type DigestDay struct {
	// Today is the slot's calendar day in the workspace's zone,
	// "2006-01-02": what Commitment.Overdue compares with.
	Today    string
	Settings storage.Settings
	// Stakeholders are all of the workspace's stakeholders by short id.
	Stakeholders map[string]storage.Stakeholder
}

// DigestComposer writes the digest's messages; the chat layer implements
// it. The lists are sorted by due day and then id; a composer may be
// called again for a run it already composed (the outbox then keeps the
// first version).
type DigestComposer interface {
	// OwnerDigest is the message to one owner (owner is the first, by
	// name, of the stakeholders linked to the Slack user) about their
	// commitments due soon and overdue; at least one list is not empty.
	OwnerDigest(ctx context.Context, team *storage.Team, day DigestDay, owner storage.Stakeholder, dueSoon, overdue []storage.Commitment) ([]outbox.Message, error)
	// CoordinatorOverview is the weekly overview for coordinators: every
	// overdue commitment and every one due soon, whoever owns it; at least
	// one list is not empty.
	CoordinatorOverview(ctx context.Context, team *storage.Team, day DigestDay, overdue, dueSoon []storage.Commitment) ([]outbox.Message, error)
}

// DigestOptions configure a Digest.
type DigestOptions struct {
	Composer DigestComposer
	// Timezone is the zone of workspaces that have not chosen one; nil
	// means UTC.
	Timezone *time.Location
	// Pause, for tests only (the multi-process drill), is waited after
	// each owner's message is queued, so that a test can kill a process
	// in the middle of a fire. Zero in production.
	Pause time.Duration
}

// Digest is the schedule.Firer of commitment-digest schedules. On a slot it
// queues
//   - to every owner (a stakeholder, not archived, linked to a Slack user)
//     with unfinished commitments due within DigestDueSoonDays or overdue,
//     one message (per Slack user, keyed "<run id>/digest/<user>"), and
//     nothing to anyone else;
//   - on the weekly overview day (see Overview) to every user with the
//     stored role coordinator or admin one overview (keyed
//     "<run id>/overview/<user>"), when anything is overdue or due soon.
//
// "Today" is the slot's day in the workspace's zone (its settings, else
// the default zone), not the schedule's zone. A fire reads the unfinished
// commitments, the stakeholders and the roles once each. Idempotent per
// run: firing a run again queues nothing new.
type Digest struct {
	compose DigestComposer
	zone    *time.Location
	pause   time.Duration
}

// NewDigest returns a Digest for opts.
func NewDigest(opts DigestOptions) *Digest {
	return &Digest{compose: opts.Composer, zone: cmp.Or(opts.Timezone, time.UTC), pause: opts.Pause}
}

// Fire queues the digest of run when sched is a commitment digest, and
// does nothing (returning nil) for schedules of other kinds, so that a
// dispatcher may hand it every run. It fails when reading the store,
// composing or queueing fails; what was queued before stays queued and a
// repeat queues the rest.
func (d *Digest) Fire(ctx context.Context, team *storage.Team, sched storage.Schedule, run storage.Run) error {
	if sched.Kind != storage.ScheduleCommitmentDigest {
		return nil
	}
	settings, err := team.Settings(ctx)
	if err != nil {
		return err
	}
	loc := settings.Location(d.zone)
	day := DigestDay{Today: run.SlotAt.In(loc).Format(time.DateOnly), Settings: settings}
	list, err := team.Commitments(ctx, storage.CommitmentFilter{Statuses: storage.CommitmentUnfinished})
	if err != nil {
		return err
	}
	people, err := team.Stakeholders(ctx, storage.StakeholderFilter{})
	if err != nil {
		return err
	}
	day.Stakeholders = make(map[string]storage.Stakeholder, len(people))
	for _, s := range people {
		day.Stakeholders[s.ID] = s
	}
	dueSoon, overdue := splitDigest(list, day.Today)
	if err := d.queueOwners(ctx, team, run, day, dueSoon, overdue); err != nil {
		return err
	}
	if !Overview(sched, run, loc) || len(dueSoon)+len(overdue) == 0 {
		return nil
	}
	return d.queueOverview(ctx, team, run, day, dueSoon, overdue)
}

// splitDigest returns the commitments of list due soon after today and
// those overdue on today; the others are left out.
func splitDigest(list []storage.Commitment, today string) (dueSoon, overdue []storage.Commitment) {
	t, err := time.Parse(time.DateOnly, today)
	if err != nil {
		return nil, nil
	}
	last := t.AddDate(0, 0, DigestDueSoonDays).Format(time.DateOnly)
	for _, c := range list {
		switch {
		case c.Overdue(today):
			overdue = append(overdue, c)
		case !c.Closed() && c.Due >= today && c.Due <= last:
			dueSoon = append(dueSoon, c)
		}
	}
	return dueSoon, overdue
}

// ownerLists are one Slack user's commitments in a digest.
type ownerLists struct {
	owner            storage.Stakeholder
	dueSoon, overdue []storage.Commitment
}

// queueOwners queues one message to each Slack user who owns a commitment
// of dueSoon or overdue through a linked stakeholder that is not archived.
func (d *Digest) queueOwners(ctx context.Context, team *storage.Team, run storage.Run, day DigestDay, dueSoon, overdue []storage.Commitment) error {
	byUser := map[string]*ownerLists{}
	add := func(c storage.Commitment, late bool) {
		s, ok := day.Stakeholders[c.Owner]
		if !ok || s.SlackUser == "" || s.Status == storage.StatusArchived {
			return
		}
		o := byUser[s.SlackUser]
		if o == nil {
			o = &ownerLists{owner: s}
			byUser[s.SlackUser] = o
		}
		if storage.NameKey(s.Name) < storage.NameKey(o.owner.Name) {
			o.owner = s
		}
		if late {
			o.overdue = append(o.overdue, c)
		} else {
			o.dueSoon = append(o.dueSoon, c)
		}
	}
	for _, c := range overdue {
		add(c, true)
	}
	for _, c := range dueSoon {
		add(c, false)
	}
	users := make([]string, 0, len(byUser))
	for u := range byUser {
		users = append(users, u)
	}
	slices.Sort(users)
	for _, u := range users {
		o := byUser[u]
		msgs, err := d.compose.OwnerDigest(ctx, team, day, o.owner, o.dueSoon, o.overdue)
		if err != nil {
			return err
		}
		if _, err := outbox.Queue(ctx, team, run.ID(), run.ID()+"/digest/"+u, u, msgs, run.At); err != nil {
			return err
		}
		if err := d.wait(ctx); err != nil {
			return err
		}
	}
	return nil
}

// wait waits d.pause (zero: not at all); it fails when ctx ends first.
func (d *Digest) wait(ctx context.Context) error {
	if d.pause <= 0 {
		return nil
	}
	t := time.NewTimer(d.pause)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// queueOverview queues the coordinators' overview to every user with the
// stored role coordinator or admin.
func (d *Digest) queueOverview(ctx context.Context, team *storage.Team, run storage.Run, day DigestDay, dueSoon, overdue []storage.Commitment) error {
	grants, err := team.Roles(ctx)
	if err != nil {
		return err
	}
	var msgs []outbox.Message
	for _, g := range grants {
		if r, _ := storage.ParseRole(g.Role); r < storage.RoleCoordinator {
			continue
		}
		if msgs == nil {
			if msgs, err = d.compose.CoordinatorOverview(ctx, team, day, overdue, dueSoon); err != nil {
				return err
			}
		}
		if _, err := outbox.Queue(ctx, team, run.ID(), run.ID()+"/overview/"+g.User, g.User, msgs, run.At); err != nil {
			return err
		}
	}
	return nil
}

// weeklyGap is the least time to a schedule's next slot that makes it
// weekly (or rarer); a day less than a week allows for daylight saving.
const weeklyGap = 6 * 24 * time.Hour

// Overview reports whether the digest of run carries the coordinators'
// weekly overview: when the slot's day is a Monday in the workspace's
// zone loc, or when the schedule fires weekly or less often (its next slot
// is at least six days after this one), so that a digest on Fridays, say,
// carries it every time. A daily schedule thus sends it on Mondays only.
func Overview(sched storage.Schedule, run storage.Run, loc *time.Location) bool {
	if run.SlotAt.In(loc).Weekday() == time.Monday {
		return true
	}
	spec, err := schedule.ParseSpec(sched.Spec)
	if err != nil {
		return false
	}
	zone, err := schedule.LoadZone(sched.Timezone)
	if err != nil {
		zone = loc
	}
	next := schedule.NextRuns(spec, zone, run.SlotAt, 1)
	return len(next) == 1 && next[0].Sub(run.SlotAt) >= weeklyGap
}
