package storage

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const meetings = "meetings"

// Meeting records that a committee met on a day and who was there. It is
// written once and never changed: the members of the committee at the time
// are kept with it, so that the attendance rate stays what it was even when
// the committee changes later.
type Meeting struct {
	Scope       `bson:",inline"`
	DocID       string    `bson:"_id" json:"-"`
	ID          string    `bson:"id" json:"id"`
	CommitteeID string    `bson:"committee_id" json:"committee_id"`
	Date        string    `bson:"date" json:"date"` // "YYYY-MM-DD", the local day
	Present     []string  `bson:"present" json:"present"`
	Members     []string  `bson:"members" json:"members"`
	Note        string    `bson:"note" json:"note"`
	LoggedBy    string    `bson:"logged_by" json:"logged_by"`
	LoggedAt    time.Time `bson:"logged_at" json:"logged_at"`
}

// AddMeeting stores m under a fresh short id and returns it with ID set.
// Not idempotent: each call records a meeting.
func (t *Team) AddMeeting(ctx context.Context, m Meeting) (Meeting, error) {
	m.LoggedAt = m.LoggedAt.UTC()
	if m.Present == nil {
		m.Present = []string{}
	}
	if m.Members == nil {
		m.Members = []string{}
	}
	_, err := t.insertWithShortID(ctx, meetings, "m", func(id string) record {
		m.ID, m.DocID = id, t.docID(id)
		return &m
	})
	return m, err
}

// Meetings returns the meetings of a committee, newest first (by date, then
// by when they were logged), or of every committee when committee is empty.
func (t *Team) Meetings(ctx context.Context, committee string) ([]Meeting, error) {
	if c := t.s.caches.meetings; c != nil {
		return selectCached(ctx, t, c, func(m *Meeting) bool { return committee == "" || m.CommitteeID == committee })
	}
	var f bson.D
	if committee != "" {
		f = bson.D{{Key: "committee_id", Value: committee}}
	}
	var out []Meeting
	sort := bson.D{{Key: "date", Value: -1}, {Key: "logged_at", Value: -1}, {Key: "id", Value: 1}}
	err := t.find(ctx, meetings, f, &out, options.Find().SetSort(sort))
	return out, err
}
