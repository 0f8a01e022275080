package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// entry is the audit entry of a change by user.
func entry(user, action string) storage.AuditEntry {
	return storage.AuditEntry{At: t0, Actor: user, Action: action, TargetKind: "stakeholder"}
}

// restart closes s as a process that ends would and opens the data in dir
// again, as the restarted process does; against a server it also repairs
// at once what the lease would leave to the periodic repair.
func restart(t *testing.T, s *storage.Store, dir string) *storage.Store {
	t.Helper()
	ctx := context.Background()
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	s = storagetest.OpenIn(t, dir)
	if storagetest.SharedServer() {
		if _, err := s.RepairChanges(ctx, time.Now().Add(time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// auditActions lists the actions of the audit entries about stakeholder id.
func auditActions(t *testing.T, team *storage.Team, id string) []string {
	t.Helper()
	entries, err := team.AuditFor(context.Background(), "stakeholder", id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Action+"/"+e.Actor)
	}
	return out
}

func TestRestartFinishesChangesOfADeadProcess(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := storagetest.OpenIn(t, dir)
	team := s.Team("T1")
	eva, err := team.WithAudit(entry("U1", "stakeholder.add")).AddStakeholder(ctx, storage.Stakeholder{Name: "Eva", CreatedAt: t0})
	if err != nil {
		t.Fatal(err)
	}
	// One process died after claiming an edit, another after journaling an
	// addition.
	if err := storage.CrashSetStakeholder(ctx, team.WithAudit(entry("U2", "stakeholder.edit")), eva, storage.StakeholderPatch{Org: new("VHS")}, t0, storage.AfterClaim); err != nil {
		t.Fatal(err)
	}
	if err := storage.CrashAddStakeholder(ctx, team.WithAudit(entry("U1", "stakeholder.add")), storage.Stakeholder{Name: "Paul", CreatedAt: t0}, "s2222", storage.AfterJournal); err != nil {
		t.Fatal(err)
	}
	// The claim comes before the writes: an audit entry may wait for its
	// change, a change never for its audit entry.
	if got, _ := team.Stakeholder(ctx, eva.ID); got.Org != "" {
		t.Fatalf("edit applied before the repair: %+v", got)
	}
	if _, err := team.Stakeholder(ctx, "s2222"); !storage.IsNotFound(err) {
		t.Fatalf("addition stored before its claim: %v", err)
	}

	s = restart(t, s, dir)
	team = s.Team("T1")
	got, err := team.Stakeholder(ctx, eva.ID)
	if err != nil || got.Org != "VHS" || got.Version != 2 {
		t.Fatalf("edit after restart: %+v, %v", got, err)
	}
	if acts := auditActions(t, team, eva.ID); len(acts) != 2 {
		t.Fatalf("audit of Eva: %v", acts)
	}
	paul, err := team.Stakeholder(ctx, "s2222")
	if err != nil || paul.Name != "Paul" || paul.Version != 1 {
		t.Fatalf("addition after restart: %+v, %v", paul, err)
	}
	if acts := auditActions(t, team, "s2222"); len(acts) != 1 || acts[0] != "stakeholder.add/U1" {
		t.Fatalf("audit of Paul: %v", acts)
	}
	if n, _ := storage.JournalLength(ctx, s); n != 0 {
		t.Fatalf("%d changes left in the journal", n)
	}
	// Repairing again changes nothing.
	if n, err := s.RepairChanges(ctx, time.Now().Add(time.Hour)); n != 0 || err != nil {
		t.Fatalf("second repair: %d, %v", n, err)
	}
}

func TestRepairDropsAChangeThatLostItsVersion(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := storagetest.OpenIn(t, dir)
	team := s.Team("T1")
	eva, _ := team.WithAudit(entry("U1", "stakeholder.add")).AddStakeholder(ctx, storage.Stakeholder{Name: "Eva", CreatedAt: t0})
	if err := storage.CrashSetStakeholder(ctx, team.WithAudit(entry("U3", "stakeholder.edit")), eva, storage.StakeholderPatch{Org: new("A")}, t0, storage.AfterJournal); err != nil {
		t.Fatal(err)
	}
	// Another process makes version 2 before the repair.
	if err := team.WithAudit(entry("U2", "stakeholder.edit")).SetStakeholder(ctx, eva, storage.StakeholderPatch{Org: new("B")}, t0); err != nil {
		t.Fatal(err)
	}
	s = restart(t, s, dir)
	team = s.Team("T1")
	if got, _ := team.Stakeholder(ctx, eva.ID); got.Org != "B" || got.Version != 2 {
		t.Fatalf("after repair: %+v", got)
	}
	if acts := auditActions(t, team, eva.ID); len(acts) != 2 || acts[1] != "stakeholder.edit/U2" {
		t.Fatalf("audit of Eva: %v", acts)
	}
	if n, _ := storage.JournalLength(ctx, s); n != 0 {
		t.Fatalf("%d changes left in the journal", n)
	}
}

func TestChangedMeanwhileNamesTheWinner(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	eva, _ := team.WithAudit(entry("U1", "stakeholder.add")).AddStakeholder(ctx, storage.Stakeholder{Name: "Eva", CreatedAt: t0})
	if err := team.WithAudit(entry("U2", "stakeholder.edit")).SetStakeholder(ctx, eva, storage.StakeholderPatch{Org: new("A")}, t0); err != nil {
		t.Fatal(err)
	}
	// eva is the state before U2's edit.
	err := team.WithAudit(entry("U3", "stakeholder.edit")).SetStakeholder(ctx, eva, storage.StakeholderPatch{Role: new("B")}, t0)
	won, ok := storage.ChangedMeanwhile(err)
	if !ok || !storage.IsConflict(err) || won.Actor != "U2" || won.Action != "stakeholder.edit" {
		t.Fatalf("stale edit: %v (winner %+v)", err, won)
	}
	if got, _ := team.Stakeholder(ctx, eva.ID); got.Role != "" || got.Org != "A" {
		t.Fatalf("the stale edit changed %+v", got)
	}
	// Without an audit entry nothing is claimed: seeds and tests write as told.
	if err := team.SetStakeholder(ctx, eva, storage.StakeholderPatch{Role: new("C")}, t0); err != nil {
		t.Fatal(err)
	}
	if acts := auditActions(t, team, eva.ID); len(acts) != 2 {
		t.Fatalf("audit of Eva: %v", acts)
	}
}
