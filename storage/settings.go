package storage

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// DefaultSectors are the sectors of a new workspace (DESIGN.md section 3).
var DefaultSectors = []string{
	"school", "early-childhood", "adult-education", "vocational", "higher-education",
	"youth-welfare", "administration", "politics", "business", "civil-society", "other",
}

// DefaultDimensions are the review's effectiveness dimensions of a new
// workspace, as keys of the chat layer's catalog.
var DefaultDimensions = []string{"strategic-alignment", "ways-of-working", "participation", "results-and-impact"}

const settings = "settings"

// Settings are a workspace's choices. Empty fields mean "use the default".
type Settings struct {
	Scope      `bson:",inline"`
	DocID      string   `bson:"_id"`
	Language   string   `bson:"language"`
	Timezone   string   `bson:"timezone"`
	Sectors    []string `bson:"sectors"`
	Dimensions []string `bson:"dimensions"`
	// Anonymity is the anonymity threshold k of the network review: a
	// committee's survey results are shown only when at least k members
	// answered. Below MinAnonymity means the default (AnonymityThreshold).
	Anonymity int `bson:"anonymity,omitempty"`
	// NetworkName is the network's name, as on the review report's title
	// page; empty until an admin sets it.
	NetworkName string `bson:"network_name,omitempty"`
	// ReviewCanvas: a review's closing also writes its summary into the
	// canvas of its channel (needs the optional scope canvases:write).
	ReviewCanvas bool      `bson:"review_canvas,omitempty"`
	UpdatedBy    string    `bson:"updated_by"`
	UpdatedAt    time.Time `bson:"updated_at"`
	// SectorNames holds the display names, as typed, of the sectors an
	// admin added. The catalog names default sectors. (A list, not a map:
	// typed names may hold '.' or '$', which field names may not.)
	SectorNames []NamedSector `bson:"sector_names,omitempty"`
}

// NamedSector is the display name of a sector an admin added.
type NamedSector struct {
	Key  string `bson:"key"`
	Name string `bson:"name"`
}

// SectorDisplayName returns the display name stored for the sector key,
// "" when none is stored.
func (s Settings) SectorDisplayName(key string) string {
	for _, n := range s.SectorNames {
		if n.Key == key {
			return n.Name
		}
	}
	return ""
}

// SectorList returns the workspace's sectors, the defaults when unset.
func (s Settings) SectorList() []string {
	if s.Sectors == nil {
		return DefaultSectors
	}
	return s.Sectors
}

// DimensionList returns the workspace's dimensions, the defaults when unset.
func (s Settings) DimensionList() []string {
	if len(s.Dimensions) == 0 {
		return DefaultDimensions
	}
	return s.Dimensions
}

// DefaultAnonymity is the anonymity threshold of a workspace that has not
// chosen one; MinAnonymity the smallest a workspace may choose (one answer
// alone is never anonymous).
const (
	DefaultAnonymity = 3
	MinAnonymity     = 2
)

// AnonymityThreshold returns the workspace's anonymity threshold k: the
// one it chose, or DefaultAnonymity when it chose none.
func (s Settings) AnonymityThreshold() int {
	if s.Anonymity < MinAnonymity {
		return DefaultAnonymity
	}
	return s.Anonymity
}

// Location returns the workspace's time zone: the zone it chose, or
// fallback when it chose none or one that does not load ("Local", the
// host's zone, counts as none). It never fails.
func (s Settings) Location(fallback *time.Location) *time.Location {
	if s.Timezone == "" || s.Timezone == "Local" {
		return fallback
	}
	loc, err := time.LoadLocation(s.Timezone)
	if err != nil {
		return fallback
	}
	return loc
}

// Settings returns the workspace's settings; a workspace that never saved
// any gets empty settings (all defaults), not an error.
func (t *Team) Settings(ctx context.Context) (Settings, error) {
	var s Settings
	err := t.findOne(ctx, settings, bson.D{{Key: "_id", Value: t.docID("settings")}}, &s)
	if IsNotFound(err) {
		return Settings{}, nil
	}
	return s, err
}

// SetAnonymity stores k as the workspace's anonymity threshold, by whom
// and when, and leaves every other setting as it is (a workspace without
// settings gets them, all defaults but k). It fails with KindInvalid when
// k is below MinAnonymity. Idempotent.
func (t *Team) SetAnonymity(ctx context.Context, k int, by string, at time.Time) error {
	if k < MinAnonymity {
		return &Error{Kind: KindInvalid, Op: "set anonymity"}
	}
	full, err := t.filter(bson.D{{Key: "_id", Value: t.docID("settings")}})
	if err != nil {
		return wrap(KindInvalid, "set anonymity", err)
	}
	update := bson.D{{Key: "$set", Value: bson.D{
		{Key: "team_id", Value: t.id}, {Key: "anonymity", Value: k},
		{Key: "updated_by", Value: by}, {Key: "updated_at", Value: at.UTC()},
	}}}
	defer t.s.lockWrites()()
	_, err = t.coll(settings).UpdateOne(ctx, full, update, options.UpdateOne().SetUpsert(true))
	return classify("set anonymity", err)
}

// SaveSettings replaces the workspace's settings. Idempotent.
func (t *Team) SaveSettings(ctx context.Context, s Settings) error {
	full, err := t.filter(bson.D{{Key: "_id", Value: t.docID("settings")}})
	if err != nil {
		return wrap(KindInvalid, "save settings", err)
	}
	s.TeamID, s.DocID = t.id, t.docID("settings")
	defer t.s.lockWrites()()
	_, err = t.coll(settings).ReplaceOne(ctx, full, s, options.Replace().SetUpsert(true))
	return classify("save settings", err)
}
