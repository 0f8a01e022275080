package storage

import (
	"context"
	"slices"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// The stakeholder statuses.
const (
	StatusProposed  = "proposed"
	StatusConfirmed = "confirmed"
	StatusArchived  = "archived"
)

const stakeholders = "stakeholders"

// Stakeholder is one actor of the network (Akteur).
type Stakeholder struct {
	Scope     `bson:",inline"`
	DocID     string `bson:"_id" json:"-"`
	ID        string `bson:"id" json:"id"`
	Name      string `bson:"name" json:"name"`
	NameKey   string `bson:"name_key" json:"-"`
	Org       string `bson:"org" json:"org"`
	Sector    string `bson:"sector" json:"sector"`
	Role      string `bson:"role" json:"role"`
	SlackUser string `bson:"slack_user" json:"slack_user"`
	// RequestedUser is a Slack user a member asked to link to someone
	// else's proposal; it becomes SlackUser when a coordinator confirms.
	RequestedUser string    `bson:"requested_user,omitempty" json:"requested_user,omitempty"`
	Email         string    `bson:"email" json:"email"`
	DecisionMaker bool      `bson:"decision_maker" json:"decision_maker"`
	Multiplier    bool      `bson:"multiplier" json:"multiplier"`
	Influence     string    `bson:"influence" json:"influence"`
	Interest      string    `bson:"interest" json:"interest"`
	Topics        []string  `bson:"topics" json:"topics"`
	Notes         string    `bson:"notes" json:"notes"`
	Status        string    `bson:"status" json:"status"`
	CreatedBy     string    `bson:"created_by" json:"created_by"`
	CreatedAt     time.Time `bson:"created_at" json:"created_at"`
	UpdatedAt     time.Time `bson:"updated_at" json:"updated_at"`
	// Version counts the changes stored through this package (see change).
	Version int `bson:"version" json:"-"`
}

// NameKey returns the form of a name used for case-insensitive look-ups.
func NameKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

// AddStakeholder stores s under a fresh short id and returns it with ID
// and Version set. It is not idempotent: each call adds a stakeholder.
// Through WithAudit the stakeholder and its audit entry are stored
// together.
func (t *Team) AddStakeholder(ctx context.Context, s Stakeholder) (Stakeholder, error) {
	s.NameKey, s.Version = NameKey(s.Name), 1
	if s.Topics == nil {
		s.Topics = []string{}
	}
	_, err := t.create(ctx, stakeholders, "s", "stakeholder", func(id string) (change, error) {
		return t.stakeholderInsert(&s, id)
	})
	return s, err
}

// stakeholderInsert gives s the short id id and returns the change that
// inserts it.
func (t *Team) stakeholderInsert(s *Stakeholder, id string) (change, error) {
	s.ID, s.DocID = id, t.docID(id)
	w, err := t.insertWrite(stakeholders, s)
	return change{writes: []write{w}}, err
}

// Stakeholder returns the stakeholder with the short id id; KindNotFound
// when there is none in this workspace.
func (t *Team) Stakeholder(ctx context.Context, id string) (Stakeholder, error) {
	return docByID(ctx, t, t.s.caches.stakeholders, stakeholders, strings.ToLower(id))
}

// StakeholdersByName returns the stakeholders whose name equals name,
// ignoring case; when none does, those whose name equals it as folded
// (see Fold: "Mueller" finds "Müller").
func (t *Team) StakeholdersByName(ctx context.Context, name string) ([]Stakeholder, error) {
	exact, err := t.stakeholdersByKey(ctx, NameKey(name))
	if err != nil || len(exact) > 0 {
		return exact, err
	}
	folded := Fold(name)
	return t.Stakeholders(ctx, StakeholderFilter{named: func(s *Stakeholder) bool { return Fold(s.Name) == folded }})
}

// stakeholdersByKey returns the stakeholders whose NameKey is key.
func (t *Team) stakeholdersByKey(ctx context.Context, key string) ([]Stakeholder, error) {
	if t.s.caches.stakeholders != nil {
		return t.cachedStakeholders(ctx, func(s *Stakeholder) bool { return s.NameKey == key })
	}
	var out []Stakeholder
	err := t.find(ctx, stakeholders, bson.D{{Key: "name_key", Value: key}}, &out, byNameAndID())
	return out, err
}

// StakeholdersBySlackUser returns the stakeholders linked to a Slack user.
func (t *Team) StakeholdersBySlackUser(ctx context.Context, user string) ([]Stakeholder, error) {
	if t.s.caches.stakeholders != nil {
		return t.cachedStakeholders(ctx, func(s *Stakeholder) bool { return s.SlackUser == user })
	}
	var out []Stakeholder
	err := t.find(ctx, stakeholders, bson.D{{Key: "slack_user", Value: user}}, &out, byNameAndID())
	return out, err
}

// StakeholderFilter selects stakeholders; zero fields select everything.
// Topic matches one of a stakeholder's topics, and each of Words must occur
// in the name, organisation, role or a topic, both compared as folded (see
// Fold: ignoring case, accents and the spelling of umlauts and ß). Topic
// and Words are applied in Go after the find, so user text never becomes
// a query operator.
type StakeholderFilter struct {
	Sector   string
	Statuses []string
	Topic    string
	Decision *bool
	Multiply *bool
	// Influence and Interest select one level each ("low", "medium",
	// "high"); "" selects any.
	Influence, Interest string
	IDs                 []string
	Words               []string
	named               func(*Stakeholder) bool // StakeholdersByName's folded match
}

func (f StakeholderFilter) bson() bson.D {
	var d bson.D
	if f.Sector != "" {
		d = append(d, bson.E{Key: "sector", Value: f.Sector})
	}
	if len(f.Statuses) > 0 {
		d = append(d, bson.E{Key: "status", Value: bson.D{{Key: "$in", Value: f.Statuses}}})
	}
	if f.Decision != nil {
		d = append(d, bson.E{Key: "decision_maker", Value: *f.Decision})
	}
	if f.Multiply != nil {
		d = append(d, bson.E{Key: "multiplier", Value: *f.Multiply})
	}
	if f.IDs != nil {
		d = append(d, bson.E{Key: "id", Value: bson.D{{Key: "$in", Value: f.IDs}}})
	}
	if f.Influence != "" {
		d = append(d, bson.E{Key: "influence", Value: f.Influence})
	}
	if f.Interest != "" {
		d = append(d, bson.E{Key: "interest", Value: f.Interest})
	}
	return d
}

// selects is f in Go: the query's conditions and matches.
func (f StakeholderFilter) selects(s *Stakeholder) bool {
	switch {
	case f.Sector != "" && s.Sector != f.Sector,
		len(f.Statuses) > 0 && !slices.Contains(f.Statuses, s.Status),
		f.Decision != nil && s.DecisionMaker != *f.Decision,
		f.Multiply != nil && s.Multiplier != *f.Multiply,
		f.IDs != nil && !slices.Contains(f.IDs, s.ID),
		f.Influence != "" && s.Influence != f.Influence,
		f.Interest != "" && s.Interest != f.Interest:
		return false
	}
	return f.matches(s)
}

// matches applies the parts of f that the find does not: Topic and Words.
func (f StakeholderFilter) matches(s *Stakeholder) bool {
	if f.named != nil && !f.named(s) {
		return false
	}
	if topic := Fold(f.Topic); f.Topic != "" && !slices.ContainsFunc(s.Topics, func(t string) bool { return Fold(t) == topic }) {
		return false
	}
	if len(f.Words) == 0 {
		return true
	}
	haystack := Fold(strings.Join(append([]string{s.Name, s.Org, s.Role}, s.Topics...), "\n"))
	for _, w := range f.Words {
		if !strings.Contains(haystack, Fold(w)) {
			return false
		}
	}
	return true
}

// Stakeholders returns the stakeholders matching f, sorted by name.
func (t *Team) Stakeholders(ctx context.Context, f StakeholderFilter) ([]Stakeholder, error) {
	if t.s.caches.stakeholders != nil {
		return t.cachedStakeholders(ctx, f.selects)
	}
	var found []Stakeholder
	if err := t.find(ctx, stakeholders, f.bson(), &found, byNameAndID()); err != nil {
		return nil, err
	}
	out := found[:0]
	for i := range found {
		if f.matches(&found[i]) {
			out = append(out, found[i])
		}
	}
	return out, nil
}

// StakeholderPatch is a change of a stakeholder for SetStakeholder: each
// non-nil field is written, nil fields keep their stored value.
type StakeholderPatch struct {
	Name          *string
	Org           *string
	Sector        *string
	Role          *string
	SlackUser     *string
	RequestedUser *string
	Email         *string
	DecisionMaker *bool
	Multiplier    *bool
	Influence     *string
	Interest      *string
	Topics        *[]string
	Notes         *string
	Status        *string
}

// fields returns the stored fields p writes; a new name also writes its
// look-up key.
func (p StakeholderPatch) fields() bson.D {
	var d bson.D
	d = appendSet(d, "name", p.Name)
	if p.Name != nil {
		d = append(d, bson.E{Key: "name_key", Value: NameKey(*p.Name)})
	}
	d = appendSet(d, "org", p.Org)
	d = appendSet(d, "sector", p.Sector)
	d = appendSet(d, "role", p.Role)
	d = appendSet(d, "slack_user", p.SlackUser)
	d = appendSet(d, "requested_user", p.RequestedUser)
	d = appendSet(d, "email", p.Email)
	d = appendSet(d, "decision_maker", p.DecisionMaker)
	d = appendSet(d, "multiplier", p.Multiplier)
	d = appendSet(d, "influence", p.Influence)
	d = appendSet(d, "interest", p.Interest)
	d = appendSet(d, "topics", p.Topics)
	d = appendSet(d, "notes", p.Notes)
	return appendSet(d, "status", p.Status)
}

// SetStakeholder writes the fields p sets on the stakeholder before (as
// read by the caller) and stamps updated_at (an empty patch only stamps),
// making its version before.Version+1. Through WithAudit that version is
// claimed: when another change made it first, it fails with a KindConflict
// error that ChangedMeanwhile explains, and nothing is written.
// KindNotFound when the stakeholder does not exist in this workspace.
func (t *Team) SetStakeholder(ctx context.Context, before Stakeholder, p StakeholderPatch, now time.Time) error {
	if _, err := t.Stakeholder(ctx, before.ID); err != nil {
		return err
	}
	ch, err := t.stakeholderUpdate(before, p, now)
	if err != nil {
		return err
	}
	return t.commit(ctx, ch)
}

// stakeholderUpdate returns the change SetStakeholder makes.
func (t *Team) stakeholderUpdate(before Stakeholder, p StakeholderPatch, now time.Time) (change, error) {
	v := before.Version + 1
	w, err := setWrite(stakeholders, t.docID(before.ID), append(p.fields(), bson.E{Key: "updated_at", Value: now.UTC()}), v)
	return change{claim: claimID("stakeholder", before.ID, v), target: before.ID, writes: []write{w}}, err
}

// cachedStakeholders returns the workspace's cached stakeholders (embedded
// server, see docCache) that keep selects, sorted by name and id.
func (t *Team) cachedStakeholders(ctx context.Context, keep func(*Stakeholder) bool) ([]Stakeholder, error) {
	return selectCached(ctx, t, t.s.caches.stakeholders, keep)
}

// byNameAndID sorts stakeholders as cachedStakeholders does.
func byNameAndID() *options.FindOptionsBuilder {
	return options.Find().SetSort(bson.D{{Key: "name_key", Value: 1}, {Key: "id", Value: 1}})
}
