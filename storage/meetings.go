package storage

import (
	"context"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

const meetings = "meetings"

// Meeting records that a committee met on a day and who was there. The
// members of the committee at the time are kept with it, so that the
// attendance rate stays what it was even when the committee changes later;
// a coordinator may correct the day, who was present and the note
// (SetMeeting) or delete the meeting (DeleteMeeting).
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
	// Version counts the changes stored through this package (see change);
	// meetings stored before it was kept read 0 and count as version 1.
	Version int `bson:"version" json:"-"`
}

// AddMeeting stores m under a fresh short id and returns it with ID set.
// Not idempotent: each call records a meeting. Through WithAudit the
// meeting and its audit entry are stored together.
func (t *Team) AddMeeting(ctx context.Context, m Meeting) (Meeting, error) {
	m.LoggedAt, m.Version = m.LoggedAt.UTC(), 1
	if m.Present == nil {
		m.Present = []string{}
	}
	if m.Members == nil {
		m.Members = []string{}
	}
	_, err := t.create(ctx, meetings, "m", "meeting", func(id string) (change, error) {
		m.ID, m.DocID = id, t.docID(id)
		w, err := t.insertWrite(meetings, &m)
		return change{writes: []write{w}}, err
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

// Meeting returns the meeting with short id id; KindNotFound if none.
func (t *Team) Meeting(ctx context.Context, id string) (Meeting, error) {
	return docByID(ctx, t, t.s.caches.meetings, meetings, strings.ToLower(id))
}

// MeetingPatch is a correction of a meeting for SetMeeting: each non-nil
// field is written, nil fields keep their stored value.
type MeetingPatch struct {
	Date    *string
	Present *[]string
	Note    *string
}

// fields returns the stored fields p writes.
func (p MeetingPatch) fields() bson.D {
	var d bson.D
	d = appendSet(d, "date", p.Date)
	d = appendSet(d, "present", p.Present)
	return appendSet(d, "note", p.Note)
}

// SetMeeting writes the fields p sets on the meeting before (as read by the
// caller), making its version before's + 1. Through WithAudit that version
// is claimed: when another change (a correction or the deletion) made it
// first, it fails with a KindConflict error that ChangedMeanwhile explains,
// and nothing is written. KindNotFound when the meeting does not exist.
func (t *Team) SetMeeting(ctx context.Context, before Meeting, p MeetingPatch) error {
	if _, err := t.Meeting(ctx, before.ID); err != nil {
		return err
	}
	v := meetingVersion(before) + 1
	w, err := setWrite(meetings, t.docID(before.ID), p.fields(), v)
	if err != nil {
		return err
	}
	return t.commit(ctx, change{claim: claimID("meeting", before.ID, v), target: before.ID, writes: []write{w}})
}

// DeleteMeeting deletes the meeting before (as read by the caller) as the
// change that would make its next version, so that it is refused, like
// SetMeeting, when another change of the meeting was stored first.
// KindNotFound when the meeting does not exist (deleted already).
func (t *Team) DeleteMeeting(ctx context.Context, before Meeting) error {
	if _, err := t.Meeting(ctx, before.ID); err != nil {
		return err
	}
	v := meetingVersion(before) + 1
	w := deleteWrite(meetings, t.docID(before.ID))
	return t.commit(ctx, change{claim: claimID("meeting", before.ID, v), target: before.ID, writes: []write{w}})
}

// meetingVersion is m's version; meetings stored without one were created
// as version 1 (their creation claimed it).
func meetingVersion(m Meeting) int { return max(m.Version, 1) }
