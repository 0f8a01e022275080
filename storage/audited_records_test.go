package storage_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// actionOf is the audit entry of action by user on a record of kind.
func actionOf(user, action, kind string) storage.AuditEntry {
	return storage.AuditEntry{At: t0, Actor: user, Action: action, TargetKind: kind}
}

// actions lists the actions of the audit entries about the record kind/id.
func actions(t *testing.T, team *storage.Team, kind, id string) []string {
	t.Helper()
	entries, err := team.AuditFor(context.Background(), kind, id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Action+"/"+e.Actor)
	}
	return out
}

// runRequest is U1's request to run schedule x1 in the slot of t0.
var runRequest = storage.RunRequest{ScheduleID: "x1", Slot: "2027-01-15T10:00", SlotAt: t0, By: "U1", At: t0}

func TestRestartFinishesAReviewItsCloseAndARunRequestOfADeadProcess(t *testing.T) {
	for _, died := range []storage.CrashedChange{storage.AfterJournal, storage.AfterClaim} {
		ctx := context.Background()
		dir := t.TempDir()
		s := storagetest.OpenIn(t, dir)
		team := s.Team("T1")
		// Three processes died: one opening review r1111, one closing the
		// open review r2222, one asking to run schedule x1.
		if err := storage.CrashAddReview(ctx, team.WithAudit(actionOf("U1", "review.start", "review")),
			storage.Review{OpenedAt: t0, ClosesAt: t0.Add(time.Hour)}, "r1111", died); err != nil {
			t.Fatal(err)
		}
		if _, err := team.AddReview(ctx, storage.Review{ID: "r2222", OpenedAt: t0, ClosesAt: t0}); err != nil {
			t.Fatal(err)
		}
		if err := storage.CrashClaimReviewClose(ctx, team.WithAudit(actionOf("U2", "review.close", "review")),
			storage.ReviewClaim{ReviewID: "r2222", By: "U2", At: t0}, died); err != nil {
			t.Fatal(err)
		}
		if err := storage.CrashRequestRun(ctx, team.WithAudit(actionOf("U3", "schedule.run", "schedule")), runRequest, died); err != nil {
			t.Fatal(err)
		}
		// No record is stored before its audit entry.
		if _, err := team.Review(ctx, "r1111"); !storage.IsNotFound(err) {
			t.Fatalf("died %d: review stored before its claim: %v", died, err)
		}
		if _, err := team.ReviewCloseClaim(ctx, "r2222"); !storage.IsNotFound(err) {
			t.Fatalf("died %d: close claim stored before its audit entry: %v", died, err)
		}
		if reqs, _ := team.RunRequests(ctx, "x1"); len(reqs) != 0 {
			t.Fatalf("died %d: run request stored before its audit entry: %+v", died, reqs)
		}

		s = restart(t, s, dir)
		team = s.Team("T1")
		if r, err := team.Review(ctx, "r1111"); err != nil || r.Status != storage.ReviewOpen {
			t.Fatalf("died %d: review after restart: %+v, %v", died, r, err)
		}
		if acts := actions(t, team, "review", "r1111"); len(acts) != 1 || acts[0] != "review.start/U1" {
			t.Fatalf("died %d: audit of r1111: %v", died, acts)
		}
		if c, err := team.ReviewCloseClaim(ctx, "r2222"); err != nil || c.By != "U2" {
			t.Fatalf("died %d: close claim after restart: %+v, %v", died, c, err)
		}
		if acts := actions(t, team, "review", "r2222"); len(acts) != 1 || acts[0] != "review.close/U2" {
			t.Fatalf("died %d: audit of r2222: %v", died, acts)
		}
		if reqs, _ := team.RunRequests(ctx, "x1"); len(reqs) != 1 || reqs[0].By != "U1" {
			t.Fatalf("died %d: run requests after restart: %+v", died, reqs)
		}
		if acts := actions(t, team, "schedule", "x1"); len(acts) != 1 || acts[0] != "schedule.run/U3" {
			t.Fatalf("died %d: audit of x1: %v", died, acts)
		}
		if n, _ := storage.JournalLength(ctx, s); n != 0 {
			t.Fatalf("died %d: %d changes left in the journal", died, n)
		}
	}
}

func TestACloserThatLostFinishesTheWinnersClose(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	if _, err := team.AddReview(ctx, storage.Review{ID: "r2222", OpenedAt: t0, ClosesAt: t0}); err != nil {
		t.Fatal(err)
	}
	// U1's close stored its audit entry, not yet its claim; U2 closes now.
	if err := storage.CrashClaimReviewClose(ctx, team.WithAudit(actionOf("U1", "review.close", "review")),
		storage.ReviewClaim{ReviewID: "r2222", By: "U1", At: t0}, storage.AfterClaim); err != nil {
		t.Fatal(err)
	}
	won, err := team.WithAudit(actionOf("U2", "review.close", "review")).
		ClaimReviewClose(ctx, storage.ReviewClaim{ReviewID: "r2222", By: "U2", At: t0})
	if won || err != nil {
		t.Fatalf("second close: %v, %v", won, err)
	}
	if c, err := team.ReviewCloseClaim(ctx, "r2222"); err != nil || c.By != "U1" {
		t.Fatalf("claim read by the loser: %+v, %v", c, err)
	}
	if acts := actions(t, team, "review", "r2222"); len(acts) != 1 || acts[0] != "review.close/U1" {
		t.Fatalf("audit of r2222: %v", acts)
	}
}

// errLost says a racer's once-only insert was refused: another won.
var errLost = errors.New("lost")

// oneWinner runs won(i) for i in [0, racers) at once on replicas and
// returns the number of calls that reported true; it fails the test on
// any error.
func oneWinner(t *testing.T, won func(i int, team *storage.Team) (bool, error)) (*storage.Team, int) {
	t.Helper()
	stores := storagetest.Replicas(t, racers)
	errs := race(stores, func(i int, team *storage.Team) error {
		ok, err := won(i, team)
		if err == nil && !ok {
			return errLost
		}
		return err
	})
	n := 0
	for _, err := range errs {
		switch {
		case err == nil:
			n++
		case !errors.Is(err, errLost):
			t.Error(err)
		}
	}
	return stores[0].Team("T1"), n
}

func TestRacingAuditedClosesStoreOneAuditEntry(t *testing.T) {
	ctx := context.Background()
	team, winners := oneWinner(t, func(i int, team *storage.Team) (bool, error) {
		won, err := team.WithAudit(actionOf(fmt.Sprintf("U%d", i), "review.close", "review")).
			ClaimReviewClose(ctx, storage.ReviewClaim{ReviewID: "r2222", By: fmt.Sprintf("U%d", i), At: t0})
		if err == nil && !won {
			// The loser reads the winner's claim at once.
			_, err = team.ReviewCloseClaim(ctx, "r2222")
		}
		return won, err
	})
	acts := actions(t, team, "review", "r2222")
	c, err := team.ReviewCloseClaim(ctx, "r2222")
	if winners != 1 || len(acts) != 1 || err != nil || acts[0] != "review.close/"+c.By {
		t.Fatalf("%d winners, audit %v, claim %+v (%v)", winners, acts, c, err)
	}
}

func TestRacingAuditedRunRequestsStoreOneAuditEntry(t *testing.T) {
	ctx := context.Background()
	team, winners := oneWinner(t, func(i int, team *storage.Team) (bool, error) {
		r := runRequest
		r.By = fmt.Sprintf("U%d", i)
		return team.WithAudit(actionOf(fmt.Sprintf("U%d", i), "schedule.run", "schedule")).RequestRun(ctx, r)
	})
	acts := actions(t, team, "schedule", "x1")
	reqs, _ := team.RunRequests(ctx, "x1")
	if winners != 1 || len(acts) != 1 || len(reqs) != 1 || acts[0] != "schedule.run/"+reqs[0].By {
		t.Fatalf("%d winners, audit %v, requests %+v", winners, acts, reqs)
	}
	// Handled and deleted, the request stays refused in its slot.
	if err := team.DeleteRunRequest(ctx, reqs[0].ScheduleID+"@"+reqs[0].Slot); err != nil {
		t.Fatal(err)
	}
	if ok, err := team.WithAudit(actionOf("U9", "schedule.run", "schedule")).RequestRun(ctx, runRequest); ok || err != nil {
		t.Fatalf("request after the handled one: %v, %v", ok, err)
	}
	if acts := actions(t, team, "schedule", "x1"); len(acts) != 1 {
		t.Fatalf("audit of x1: %v", acts)
	}
}

func TestARefusedReviewStartLeavesNoAuditEntry(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	r, err := team.WithAudit(actionOf("U1", "review.start", "review")).AddReview(ctx, storage.Review{OpenedAt: t0, ClosesAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	if acts := actions(t, team, "review", r.ID); len(acts) != 1 || acts[0] != "review.start/U1" {
		t.Fatalf("audit of %s: %v", r.ID, acts)
	}
	if _, err := team.WithAudit(actionOf("U2", "review.start", "review")).AddReview(ctx, storage.Review{ID: r.ID}); !storage.IsConflict(err) {
		t.Fatalf("second review %s: %v", r.ID, err)
	}
	if n, err := team.CountAudit(ctx, []string{r.ID}); n != 1 || err != nil {
		t.Fatalf("history counts %d entries (%v)", n, err)
	}
	if err := team.DeleteReview(ctx, r.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := team.Review(ctx, r.ID); !storage.IsNotFound(err) {
		t.Fatalf("review after delete: %v", err)
	}
	if acts := actions(t, team, "review", r.ID); len(acts) != 0 {
		t.Fatalf("audit after delete: %v", acts)
	}
	if n, err := team.CountAudit(ctx, []string{r.ID}); n != 0 || err != nil {
		t.Fatalf("history counts %d entries (%v)", n, err)
	}
}
