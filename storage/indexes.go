package storage

import (
	"context"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
)

// indexes lists the secondary indexes per collection. All start with
// team_id because every query filters on it, except those of the reads
// across workspaces (active schedules, due outbox messages, runs whose lease
// expired, the clean-up of old Slack event records and of whatever is older
// than the retention, the repair of changes left half done).
var indexes = map[string][]bson.D{
	stakeholders: {
		{{Key: "team_id", Value: 1}, {Key: "name_key", Value: 1}},
		{{Key: "team_id", Value: 1}, {Key: "slack_user", Value: 1}},
		{{Key: "team_id", Value: 1}, {Key: "sector", Value: 1}},
	},
	committees: {
		{{Key: "team_id", Value: 1}, {Key: "name_key", Value: 1}},
	},
	committeeMembers: {
		{{Key: "team_id", Value: 1}, {Key: "committee_id", Value: 1}},
		{{Key: "team_id", Value: 1}, {Key: "stakeholder_id", Value: 1}},
	},
	// The lists sort by due day and id; each filter they use leads an
	// index that continues in that order, so MongoDB pages from the index.
	commitments: {
		{{Key: "team_id", Value: 1}, {Key: "status", Value: 1}, {Key: "due", Value: 1}, {Key: "id", Value: 1}},
		{{Key: "team_id", Value: 1}, {Key: "owner", Value: 1}, {Key: "due", Value: 1}, {Key: "id", Value: 1}},
		{{Key: "team_id", Value: 1}, {Key: "committee", Value: 1}, {Key: "due", Value: 1}, {Key: "id", Value: 1}},
		{{Key: "team_id", Value: 1}, {Key: "due", Value: 1}, {Key: "id", Value: 1}},
	},
	commitmentEvents: {
		{{Key: "team_id", Value: 1}, {Key: "commitment_id", Value: 1}, {Key: "seq", Value: 1}},
	},
	meetings: {
		{{Key: "team_id", Value: 1}, {Key: "committee_id", Value: 1}, {Key: "date", Value: -1}},
	},
	audit: {
		{{Key: "team_id", Value: 1}, {Key: "target_kind", Value: 1}, {Key: "target_id", Value: 1}},
		{{Key: "team_id", Value: 1}, {Key: "target_id", Value: 1}, {Key: "at", Value: -1}},
		{{Key: "team_id", Value: 1}, {Key: "at", Value: 1}, {Key: "_id", Value: 1}}, // the analysis's period
	},
	// The repair reads changes in progress by age across workspaces.
	journal: {
		{{Key: "started", Value: 1}},
	},
	// The periodic clean-up deletes by time across workspaces.
	events: {
		{{Key: "at", Value: 1}},
	},
	schedules: {
		{{Key: "team_id", Value: 1}, {Key: "status", Value: 1}},
		{{Key: "status", Value: 1}}, // the firing loop's read across workspaces
	},
	runs: {
		{{Key: "team_id", Value: 1}, {Key: "schedule_id", Value: 1}, {Key: "slot_at", Value: 1}},
		{{Key: "state", Value: 1}, {Key: "lease_until", Value: 1}}, // the firing loop's takeovers
		{{Key: "at", Value: 1}}, // the prune
	},
	runTakeovers: {
		{{Key: "at", Value: 1}}, // the prune
	},
	runRequests: {
		{{Key: "team_id", Value: 1}, {Key: "schedule_id", Value: 1}},
	},
	outbox: {
		{{Key: "team_id", Value: 1}, {Key: "run_id", Value: 1}},
		{{Key: "state", Value: 1}, {Key: "next_attempt_at", Value: 1}}, // the sender's read across workspaces
		{{Key: "state", Value: 1}, {Key: "created_at", Value: 1}},      // the prune
	},
	outboxAttempts: {
		{{Key: "at", Value: 1}}, // the prune
	},
	reviews: {
		{{Key: "team_id", Value: 1}, {Key: "opened_at", Value: -1}},
		{{Key: "status", Value: 1}}, // the review loop's read across workspaces
	},
	surveyAnswers: {
		{{Key: "team_id", Value: 1}, {Key: "review_id", Value: 1}},
	},
}

// ensureIndexes creates the indexes one by one; creating an existing index
// is a no-op, so this is idempotent. (FerretDB v1 crashes the connection
// when one createIndexes command names several indexes that all exist.)
func (s *Store) ensureIndexes(ctx context.Context) error {
	for coll, keys := range indexes {
		for _, k := range keys {
			if _, err := s.db.Collection(coll).Indexes().CreateOne(ctx, mongo.IndexModel{Keys: k}); err != nil {
				return classify("create indexes on "+coll, err)
			}
		}
	}
	return nil
}
