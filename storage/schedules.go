package storage

import (
	"context"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// The schedule kinds: what a schedule starts when a slot fires.
const (
	ScheduleNetworkReview    = "network-review"
	ScheduleCommitmentDigest = "commitment-digest"
)

// ScheduleKinds lists the allowed kinds.
var ScheduleKinds = []string{ScheduleNetworkReview, ScheduleCommitmentDigest}

// The schedule statuses. A removed schedule is kept for the record.
const (
	ScheduleActive  = "active"
	SchedulePaused  = "paused"
	ScheduleRemoved = "removed"
)

// Schedule defaults.
const (
	DefaultScheduleWindow   = 14 * 24 * time.Hour
	DefaultScheduleDeadline = 6 * time.Hour
)

const schedules = "schedules"

// Schedule says when the bot starts a network review or a commitment
// digest: a cron spec evaluated in an IANA time zone.
//
// LastSlot is the instant up to which the firing loop has handled the
// schedule's slots. It only moves forward and is an optimisation: the claim
// of a slot in the runs collection is the truth, so a stale LastSlot only
// means claims are retried and fail as duplicates.
type Schedule struct {
	Scope      `bson:",inline"`
	DocID      string        `bson:"_id" json:"-"`
	ID         string        `bson:"id" json:"id"`
	Spec       string        `bson:"spec" json:"spec"`
	Kind       string        `bson:"kind" json:"kind"`
	Timezone   string        `bson:"timezone" json:"timezone"`
	Window     time.Duration `bson:"window" json:"window"`
	Channel    string        `bson:"channel" json:"channel"`
	Committees []string      `bson:"committees" json:"committees"`
	Deadline   time.Duration `bson:"deadline" json:"deadline"`
	Status     string        `bson:"status" json:"status"`
	CreatedBy  string        `bson:"created_by" json:"created_by"`
	CreatedAt  time.Time     `bson:"created_at" json:"created_at"`
	UpdatedAt  time.Time     `bson:"updated_at" json:"updated_at"`
	LastSlot   time.Time     `bson:"last_slot" json:"last_slot"`
}

// AddSchedule stores s under a fresh short id (prefix "p") with status
// active, and LastSlot set to its creation time unless given, so that it
// fires from now on. Not idempotent: each call adds a schedule. Through
// WithAudit the schedule and its audit entry are stored together.
func (t *Team) AddSchedule(ctx context.Context, s Schedule) (Schedule, error) {
	s.CreatedAt, s.UpdatedAt = s.CreatedAt.UTC(), s.CreatedAt.UTC()
	if s.LastSlot.IsZero() {
		s.LastSlot = s.CreatedAt
	}
	s.LastSlot = s.LastSlot.UTC()
	if s.Status == "" {
		s.Status = ScheduleActive
	}
	if s.Window == 0 {
		s.Window = DefaultScheduleWindow
	}
	if s.Deadline == 0 {
		s.Deadline = DefaultScheduleDeadline
	}
	if s.Committees == nil {
		s.Committees = []string{}
	}
	_, err := t.create(ctx, schedules, "p", "schedule", func(id string) (change, error) {
		s.ID, s.DocID = id, t.docID(id)
		w, err := t.insertWrite(schedules, &s)
		return change{writes: []write{w}}, err
	})
	return s, err
}

// Schedule returns the schedule with short id id (removed ones included);
// KindNotFound if there is none in this workspace.
func (t *Team) Schedule(ctx context.Context, id string) (Schedule, error) {
	return docByID[Schedule](ctx, t, nil, schedules, strings.ToLower(id))
}

// Schedules returns the workspace's schedules with one of the statuses (all
// when none given), oldest first.
func (t *Team) Schedules(ctx context.Context, statuses ...string) ([]Schedule, error) {
	var out []Schedule
	err := t.find(ctx, schedules, statusFilter(statuses), &out,
		options.Find().SetSort(bson.D{{Key: "created_at", Value: 1}, {Key: "id", Value: 1}}))
	return out, err
}

// SetScheduleStatus sets the status of schedule id and stamps updated_at.
// Idempotent; KindNotFound when the schedule does not exist. Through
// WithAudit the status and its audit entry are stored together.
func (t *Team) SetScheduleStatus(ctx context.Context, id, status string, now time.Time) error {
	s, err := t.Schedule(ctx, id)
	if err != nil {
		return err
	}
	w, err := setWrite(schedules, s.DocID, bson.D{{Key: "status", Value: status}, {Key: "updated_at", Value: now.UTC()}}, 0)
	if err != nil {
		return err
	}
	return t.commit(ctx, change{target: s.ID, writes: []write{w}})
}

// AdvanceSchedule moves the schedule's LastSlot forward to last. It never
// moves it back: when LastSlot is already at or after last, or the schedule
// is gone, nothing changes and no error is returned. Concurrent calls are
// harmless (see Schedule).
func (t *Team) AdvanceSchedule(ctx context.Context, id string, last time.Time) error {
	full, err := t.filter(bson.D{
		{Key: "_id", Value: t.docID(id)},
		{Key: "last_slot", Value: bson.D{{Key: "$lt", Value: last.UTC()}}},
	})
	if err != nil {
		return wrap(KindInvalid, "advance schedule", err)
	}
	defer t.s.lockWrites()()
	_, err = t.coll(schedules).UpdateOne(ctx, full, bson.D{{Key: "$set", Value: bson.D{{Key: "last_slot", Value: last.UTC()}}}})
	return classify("advance schedule", err)
}

// SchedulesOfAllTeams returns the schedules of every workspace that have
// one of the statuses, each carrying its TeamID. It is the firing loop's
// one read across workspaces: everything it then does with a schedule goes
// through Store.Team(s.TeamID).
func (s *Store) SchedulesOfAllTeams(ctx context.Context, statuses ...string) ([]Schedule, error) {
	cur, err := s.db.Collection(schedules).Find(ctx, statusFilter(statuses),
		options.Find().SetSort(bson.D{{Key: "team_id", Value: 1}, {Key: "created_at", Value: 1}, {Key: "id", Value: 1}}))
	if err != nil {
		return nil, classify("find schedules", err)
	}
	var out []Schedule
	return out, classify("find schedules", cur.All(ctx, &out))
}

// statusFilter selects documents whose status is one of statuses; none
// selects all.
func statusFilter(statuses []string) bson.D {
	if len(statuses) == 0 {
		return bson.D{}
	}
	return bson.D{{Key: "status", Value: bson.D{{Key: "$in", Value: statuses}}}}
}
