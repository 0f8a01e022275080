package storage

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// The committee kinds (Strukturbausteine) and purposes.
const (
	KindSteering = "steering"
	KindStrategy = "strategy"
	KindWorking  = "working"
	KindExisting = "existing"

	PurposeNetworking  = "networking"
	PurposeCooperation = "cooperation"
)

// CommitteeKinds and CommitteePurposes list the allowed values.
var (
	CommitteeKinds    = []string{KindSteering, KindStrategy, KindWorking, KindExisting}
	CommitteePurposes = []string{PurposeNetworking, PurposeCooperation}
)

// Committee statuses.
const (
	CommitteeActive   = "active"
	CommitteeArchived = "archived"
)

const (
	committees       = "committees"
	committeeMembers = "committee_members"
)

// Committee is a structure of the network (Gremium): a steering group, a
// strategy group, a working group or an existing body. Channel is the Slack
// channel id, when known; ChannelName the channel's name, when known.
type Committee struct {
	Scope       `bson:",inline"`
	DocID       string    `bson:"_id" json:"-"`
	ID          string    `bson:"id" json:"id"`
	Name        string    `bson:"name" json:"name"`
	NameKey     string    `bson:"name_key" json:"-"`
	Kind        string    `bson:"kind" json:"kind"`
	Purpose     string    `bson:"purpose" json:"purpose"`
	Tasks       string    `bson:"tasks" json:"tasks"`
	Channel     string    `bson:"channel" json:"channel"`
	ChannelName string    `bson:"channel_name" json:"channel_name"`
	Rhythm      string    `bson:"rhythm" json:"rhythm"`
	Status      string    `bson:"status" json:"status"`
	CreatedBy   string    `bson:"created_by" json:"created_by"`
	CreatedAt   time.Time `bson:"created_at" json:"created_at"`
	UpdatedAt   time.Time `bson:"updated_at" json:"updated_at"`
	// Version counts the changes stored through this package (see change).
	Version int `bson:"version" json:"-"`
}

// Membership says that a stakeholder sits in a committee. One document per
// pair; removing a member deletes it (the audit keeps the history).
type Membership struct {
	Scope       `bson:",inline"`
	DocID       string    `bson:"_id" json:"-"`
	CommitteeID string    `bson:"committee_id" json:"committee_id"`
	Stakeholder string    `bson:"stakeholder_id" json:"stakeholder_id"`
	AddedBy     string    `bson:"added_by" json:"added_by"`
	AddedAt     time.Time `bson:"added_at" json:"added_at"`
}

// AddCommittee stores c under a fresh short id. It fails with KindConflict
// when the workspace already has a committee of that name (ignoring case),
// returning that committee when it can read it. The name is a unique key
// (see change), so of concurrent additions of one name only one is stored.
// Through WithAudit the committee and its audit entry are stored together.
func (t *Team) AddCommittee(ctx context.Context, c Committee) (Committee, error) {
	c.NameKey, c.Version = NameKey(c.Name), 1
	if existing, err := t.CommitteeByName(ctx, c.Name); err == nil {
		return existing, &Error{Kind: KindConflict, Op: "add committee"}
	} else if !IsNotFound(err) {
		return c, err
	}
	if c.Status == "" {
		c.Status = CommitteeActive
	}
	_, err := t.create(ctx, committees, "g", "committee", func(id string) (change, error) {
		c.ID, c.DocID = id, t.docID(id)
		w, err := t.insertWrite(committees, &c)
		return change{keys: []uniqueKey{t.committeeName(c.NameKey, id)}, writes: []write{w}}, err
	})
	if IsConflict(err) {
		if existing, err2 := t.CommitteeByName(ctx, c.Name); err2 == nil {
			return existing, err
		}
	}
	return c, err
}

// committeeName is the unique key of a committee's name.
func (t *Team) committeeName(nameKey, holder string) uniqueKey {
	return t.key("committee-name", nameKey, holder)
}

// Committee returns the committee with short id id; KindNotFound if none.
func (t *Team) Committee(ctx context.Context, id string) (Committee, error) {
	return docByID(ctx, t, t.s.caches.committees, committees, strings.ToLower(id))
}

// CommitteeByName returns the committee named name (ignoring case), else
// the first by name whose name equals it as folded (see Fold);
// KindNotFound if none.
func (t *Team) CommitteeByName(ctx context.Context, name string) (Committee, error) {
	c, err := t.committeeByKey(ctx, NameKey(name))
	if !IsNotFound(err) {
		return c, err
	}
	all, err := t.Committees(ctx)
	if err != nil {
		return Committee{}, err
	}
	folded := Fold(name)
	for _, c := range all {
		if Fold(c.Name) == folded {
			return c, nil
		}
	}
	return Committee{}, errNotFound("find " + committees)
}

// committeeByKey returns the committee whose NameKey is key; KindNotFound
// if none.
func (t *Team) committeeByKey(ctx context.Context, key string) (Committee, error) {
	var c Committee
	if cache := t.s.caches.committees; cache != nil {
		found, err := selectCached(ctx, t, cache, func(c *Committee) bool { return c.NameKey == key })
		if err != nil || len(found) == 0 {
			return c, cmp.Or(err, errNotFound("find "+committees))
		}
		return found[0], nil
	}
	err := t.findOne(ctx, committees, bson.D{{Key: "name_key", Value: key}}, &c)
	return c, err
}

// Committees returns the committees with one of the statuses (all when
// none given), sorted by name.
func (t *Team) Committees(ctx context.Context, statuses ...string) ([]Committee, error) {
	if c := t.s.caches.committees; c != nil {
		return selectCached(ctx, t, c, func(c *Committee) bool { return len(statuses) == 0 || slices.Contains(statuses, c.Status) })
	}
	var f bson.D
	if len(statuses) > 0 {
		f = bson.D{{Key: "status", Value: bson.D{{Key: "$in", Value: statuses}}}}
	}
	var out []Committee
	err := t.find(ctx, committees, f, &out, options.Find().SetSort(bson.D{{Key: "name_key", Value: 1}}))
	return out, err
}

// CommitteePatch is a change of a committee for SetCommittee: each non-nil
// field is written, nil fields keep their stored value.
type CommitteePatch struct {
	Name        *string
	Kind        *string
	Purpose     *string
	Tasks       *string
	Channel     *string
	ChannelName *string
	Rhythm      *string
	Status      *string
}

// fields returns the stored fields p writes; a new name also writes its
// look-up key.
func (p CommitteePatch) fields() bson.D {
	var d bson.D
	d = appendSet(d, "name", p.Name)
	if p.Name != nil {
		d = append(d, bson.E{Key: "name_key", Value: NameKey(*p.Name)})
	}
	d = appendSet(d, "kind", p.Kind)
	d = appendSet(d, "purpose", p.Purpose)
	d = appendSet(d, "tasks", p.Tasks)
	d = appendSet(d, "channel", p.Channel)
	d = appendSet(d, "channel_name", p.ChannelName)
	d = appendSet(d, "rhythm", p.Rhythm)
	return appendSet(d, "status", p.Status)
}

// SetCommittee writes the fields p sets on the committee before (as read
// by the caller) and stamps updated_at (an empty patch only stamps), making
// its version before.Version+1. A new name is taken as a unique key: a name
// another committee has fails with KindConflict. Through WithAudit the
// version is claimed: when another change made it first, it fails with a
// KindConflict error that ChangedMeanwhile explains. Refused, nothing is
// written. KindNotFound when the committee does not exist in this
// workspace.
func (t *Team) SetCommittee(ctx context.Context, before Committee, p CommitteePatch, now time.Time) error {
	if _, err := t.Committee(ctx, before.ID); err != nil {
		return err
	}
	v := before.Version + 1
	w, err := setWrite(committees, t.docID(before.ID), append(p.fields(), bson.E{Key: "updated_at", Value: now.UTC()}), v)
	if err != nil {
		return err
	}
	ch := change{claim: claimID("committee", before.ID, v), target: before.ID, writes: []write{w}}
	if p.Name != nil && NameKey(*p.Name) != before.NameKey {
		ch.keys = []uniqueKey{t.committeeName(NameKey(*p.Name), before.ID)}
		ch.writes = append(ch.writes, deleteWrite(uniqueKeys, t.committeeName(before.NameKey, before.ID).DocID))
	}
	return t.commit(ctx, ch)
}

// SetMembers adds the stakeholders add to the committee c (as read by the
// caller) and removes those in remove, as one change that makes the
// committee's version c.Version+1 (see SetCommittee for the claim). The
// caller passes only memberships that change. Refused, nothing is written.
func (t *Team) SetMembers(ctx context.Context, c Committee, add, remove []string, by string, at time.Time) error {
	v := c.Version + 1
	w, err := setWrite(committees, t.docID(c.ID), bson.D{}, v)
	if err != nil {
		return err
	}
	ch := change{claim: claimID("committee", c.ID, v), target: c.ID, writes: []write{w}}
	for _, s := range add {
		m := Membership{DocID: t.docID(c.ID + "/" + s), CommitteeID: c.ID, Stakeholder: s, AddedBy: by, AddedAt: at.UTC()}
		w, err := t.insertWrite(committeeMembers, &m)
		if err != nil {
			return err
		}
		ch.writes = append(ch.writes, w)
	}
	for _, s := range remove {
		ch.writes = append(ch.writes, deleteWrite(committeeMembers, t.docID(c.ID+"/"+s)))
	}
	return t.commit(ctx, ch)
}

// AddMember puts stakeholder into committee, without audit entry and
// without claiming a committee version (fixtures and the bot's own work;
// commands use SetMembers). It reports false when the stakeholder already
// was a member (then nothing changes): idempotent.
func (t *Team) AddMember(ctx context.Context, committee, stakeholder, by string, at time.Time) (bool, error) {
	m := Membership{DocID: t.docID(committee + "/" + stakeholder), CommitteeID: committee, Stakeholder: stakeholder, AddedBy: by, AddedAt: at.UTC()}
	err := t.insert(ctx, committeeMembers, &m)
	if IsConflict(err) {
		return false, nil
	}
	return err == nil, err
}

// Members returns the memberships of a committee, or of every committee
// when committee is empty, oldest first.
func (t *Team) Members(ctx context.Context, committee string) ([]Membership, error) {
	if c := t.s.caches.members; c != nil {
		return selectCached(ctx, t, c, func(m *Membership) bool { return committee == "" || m.CommitteeID == committee })
	}
	var f bson.D
	if committee != "" {
		f = bson.D{{Key: "committee_id", Value: committee}}
	}
	var out []Membership
	sort := bson.D{{Key: "added_at", Value: 1}, {Key: "stakeholder_id", Value: 1}}
	err := t.find(ctx, committeeMembers, f, &out, options.Find().SetSort(sort))
	return out, err
}

// MembershipsOf returns the committees a stakeholder sits in.
func (t *Team) MembershipsOf(ctx context.Context, stakeholder string) ([]Membership, error) {
	if c := t.s.caches.members; c != nil {
		return selectCached(ctx, t, c, func(m *Membership) bool { return m.Stakeholder == stakeholder })
	}
	var out []Membership
	err := t.find(ctx, committeeMembers, bson.D{{Key: "stakeholder_id", Value: stakeholder}}, &out)
	return out, err
}
