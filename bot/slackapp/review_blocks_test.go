package slackapp

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/slack-go/slack"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// The coordinator notice of a large network is split into messages within
// Block Kit's limits, with the committees' figures as section fields, and
// nothing is dropped.
func TestReviewNoticeOfALargeNetworkFitsBlockKit(t *testing.T) {
	store := storagetest.Open(t)
	core := bot.New(bot.Options{Store: store, Log: zerolog.Nop(), Language: i18n.German, Timezone: time.UTC, Render: RenderMessages})
	a := review.Analysis{Period: review.Period{From: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)}, Today: "2026-04-01", Whole: true}
	var members []review.Ref
	for i := range 600 {
		ref := review.Ref{ID: fmt.Sprintf("s%04d", i), Name: fmt.Sprintf("Person mit einem recht langen Namen <%04d>", i)}
		members = append(members, ref)
		a.Stakeholders = append(a.Stakeholders, review.Participation{ID: ref.ID, Name: ref.Name, Status: storage.StatusConfirmed,
			Class: []string{review.ClassActive, review.ClassFading, review.ClassInactive}[i%3], DecisionMaker: i%7 == 0,
			Committees: []review.Ref{{ID: "g1", Name: "Gremium 1"}}, Attendance: review.Attendance{Present: i % 4, Expected: 4}})
	}
	for i := range 60 {
		a.Committees = append(a.Committees, review.CommitteeSummary{ID: fmt.Sprintf("g%02d", i), Name: fmt.Sprintf("Gremium %02d", i),
			Kind: storage.KindWorking, Purpose: storage.PurposeCooperation, Members: members[:50], DecisionMakers: members[:40]})
		a.Reviewed = append(a.Reviewed, review.Ref{ID: a.Committees[i].ID, Name: a.Committees[i].Name})
	}
	a.Changes.StakeholdersAdded = members
	r := storage.Review{ID: "rbig", Status: storage.ReviewOpen, OpenedAt: a.Period.To, ClosesAt: a.Period.To.Add(14 * 24 * time.Hour),
		PeriodFrom: a.Period.From, PeriodTo: a.Period.To, Dimensions: storage.DefaultDimensions, MinAnswers: 3}
	msgs, err := core.CoordinatorNotice(context.Background(), store.Team("T1"), r, a)
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) < 2 {
		t.Fatalf("%d messages for a large network", len(msgs))
	}
	var all strings.Builder
	fieldSections := 0
	for i, m := range msgs {
		var blocks slack.Blocks
		if err := json.Unmarshal([]byte(m.Blocks), &blocks); err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		if len(blocks.BlockSet) > maxMessageBlocks {
			t.Errorf("message %d has %d blocks", i, len(blocks.BlockSet))
		}
		checkBlocks(t, blocks.BlockSet)
		for _, b := range blocks.BlockSet {
			if s, ok := b.(*slack.SectionBlock); ok && len(s.Fields) > 0 {
				fieldSections++
			}
		}
		all.WriteString(m.Blocks)
	}
	if fieldSections < 60 {
		t.Errorf("%d sections with fields, want one per committee at least", fieldSections)
	}
	// Every name appears in the participation and the stakeholders added
	// (a long text may be split between two sections at a space): nothing
	// was cut.
	for i := range members {
		tag := fmt.Sprintf("&lt;%04d&gt;", i)
		if n := strings.Count(all.String(), tag); n < 2 {
			t.Fatalf("%q appears %d times", tag, n)
		}
	}
	for _, want := range []string{"Gremium 59", "überprüfung abschließen rbig"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("the notice lost %q", want)
		}
	}
}
