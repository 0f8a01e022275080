package storage

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"go.mongodb.org/mongo-driver/v2/event"
)

// The cache file is the embedded store's: these tests open the embedded
// server in both test modes.

var fileT0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// openCountingFinds opens the embedded store in dir and counts the finds
// on cached collections, each of which decodes the whole collection (all
// but those by _id, which the _id index serves).
func openCountingFinds(t *testing.T, dir string) (*Store, *atomic.Int64) {
	t.Helper()
	var finds atomic.Int64
	cached := map[string]bool{commitments: true, stakeholders: true, committees: true, committeeMembers: true, meetings: true, audit: true}
	cfg := Config{DataDir: dir, Logger: zerolog.Nop(), monitor: &event.CommandMonitor{Started: func(_ context.Context, e *event.CommandStartedEvent) {
		coll, _ := e.Command.Lookup("find").StringValueOK()
		_, byID := e.Command.Lookup("filter", "_id").StringValueOK()
		if cached[coll] && !byID {
			finds.Add(1)
		}
	}}}
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	return s, &finds
}

// closeStore closes s and fails the test when that fails.
func closeStore(t *testing.T, s *Store) {
	t.Helper()
	if err := s.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// workspaceView is what the cached reads give of a workspace.
type workspaceView struct {
	Stakeholders []Stakeholder
	Committees   []Committee
	Members      []Membership
	Commitments  []Commitment
	Meetings     []Meeting
	Audit        []AuditEntry
}

// viewOf reads the workspace through every cached collection.
func viewOf(t *testing.T, team *Team) workspaceView {
	t.Helper()
	ctx := context.Background()
	var v workspaceView
	var err error
	must := func(e error) {
		t.Helper()
		if e != nil && err == nil {
			err = e
		}
	}
	v.Stakeholders, err = team.Stakeholders(ctx, StakeholderFilter{})
	var e error
	v.Committees, e = team.Committees(ctx)
	must(e)
	v.Members, e = team.Members(ctx, "g1")
	must(e)
	v.Commitments, e = team.AllCommitments(ctx)
	must(e)
	v.Meetings, e = team.Meetings(ctx, "g1")
	must(e)
	v.Audit, e = team.AuditBetween(ctx, fileT0.Add(-time.Hour), fileT0.Add(time.Hour))
	must(e)
	if err != nil {
		t.Fatal(err)
	}
	// An empty list is nil from a find and empty from a cache.
	for _, list := range []any{&v.Stakeholders, &v.Committees, &v.Members, &v.Commitments, &v.Meetings, &v.Audit} {
		if l := reflect.ValueOf(list).Elem(); l.Len() == 0 {
			l.Set(reflect.MakeSlice(l.Type(), 0, 0))
		}
	}
	return v
}

// fillWorkspaces writes records into T1 one by one and into T3 by the
// bulk inserts.
func fillWorkspaces(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	t1 := s.Team("T1")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	a, err := t1.AddStakeholder(ctx, Stakeholder{Name: "Eva Müller", Sector: "Schule", Status: StatusConfirmed, Topics: []string{"Übergang"}, CreatedAt: fileT0})
	must(err)
	_, err = t1.AddStakeholder(ctx, Stakeholder{Name: "Jan Weiß", Status: StatusProposed, CreatedAt: fileT0})
	must(err)
	must(t1.InsertCommittees(ctx, []Committee{{DocID: t1.DocID("g1"), ID: "g1", Name: "Steuerkreis", Status: CommitteeActive, CreatedAt: fileT0}}))
	_, err = t1.AddMember(ctx, "g1", a.ID, "U1", fileT0)
	must(err)
	_, err = t1.AddCommitment(ctx, Commitment{Owner: a.ID, Text: "Konzept", Due: "2026-04-01", CreatedAt: fileT0})
	must(err)
	_, err = t1.AddMeeting(ctx, Meeting{CommitteeID: "g1", Date: "2026-03-01", Members: []string{a.ID}, Present: []string{a.ID}, LoggedAt: fileT0})
	must(err)
	must(t1.Audit(ctx, AuditEntry{At: fileT0, Actor: "U1", Action: "stakeholder.add", TargetKind: "stakeholder", TargetID: a.ID}))
	t3 := s.Team("T3")
	must(t3.InsertCommitments(ctx, []Commitment{{DocID: t3.DocID("c1"), ID: "c1", Owner: "s1", Text: "Bulk", Due: "2026-05-01", CreatedAt: fileT0}}))
}

// After a clean stop the next start serves every cached collection from
// the cache file, without a find, and gives what the stored documents
// give; writes after the restart are kept in the next file.
func TestRestartServesTheCachesFromTheFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, _ := openCountingFinds(t, dir)
	if err := s.WarmCaches(ctx); err != nil {
		t.Fatal(err)
	}
	fillWorkspaces(t, s)
	closeStore(t, s)
	info, err := os.Stat(filepath.Join(dir, cacheFileName))
	if err != nil {
		t.Fatalf("no cache file after a clean stop: %v", err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("the cache file is readable by others: %v", info.Mode())
	}

	s, finds := openCountingFinds(t, dir)
	if _, err := os.Stat(filepath.Join(dir, cacheFileName)); !os.IsNotExist(err) {
		t.Fatalf("the cache file is still there after the start: %v", err)
	}
	if err := s.WarmCaches(ctx); err != nil {
		t.Fatal(err)
	}
	views := map[string]workspaceView{}
	for _, team := range []string{"T1", "T3", "T9"} {
		views[team] = viewOf(t, s.Team(team))
	}
	if n := finds.Load(); n != 0 {
		t.Fatalf("the restart read the cached collections %d times", n)
	}
	for team, got := range views {
		if want := viewOf(t, s.Uncached().Team(team)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s from the file:\n%+v\nstored:\n%+v", team, got, want)
		}
	}
	if len(views["T1"].Stakeholders) != 2 || len(views["T1"].Audit) != 1 || len(views["T3"].Commitments) != 1 {
		t.Fatalf("records missing after the restart: %+v", views)
	}

	name := "Eva Müller-Schmidt"
	t1 := s.Team("T1")
	if err := t1.SetStakeholder(ctx, views["T1"].Stakeholders[0], StakeholderPatch{Name: &name}, fileT0); err != nil {
		t.Fatal(err)
	}
	closeStore(t, s)
	s, finds = openCountingFinds(t, dir)
	list, err := s.Team("T1").StakeholdersByName(ctx, name)
	if err != nil || len(list) != 1 || finds.Load() != 0 {
		t.Fatalf("the second restart: %+v, %v, %d finds", list, err, finds.Load())
	}
}

// A cache file the database has moved on from (a crash after a write, or
// an old copy put back) is not used: the start reads the database.
func TestStaleCacheFileIsIgnored(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, cacheFileName)
	s, _ := openCountingFinds(t, dir)
	fillWorkspaces(t, s)
	viewOf(t, s.Team("T1")) // loads T1 into the caches
	closeStore(t, s)
	stale, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	s, _ = openCountingFinds(t, dir)
	t1 := s.Team("T1")
	before := viewOf(t, t1).Stakeholders[0]
	name := "Eva Schmidt"
	if err := t1.SetStakeholder(ctx, before, StakeholderPatch{Name: &name}, fileT0); err != nil {
		t.Fatal(err)
	}
	closeStore(t, s)
	if err := os.WriteFile(path, stale, 0o600); err != nil {
		t.Fatal(err)
	}

	s, finds := openCountingFinds(t, dir)
	got := viewOf(t, s.Team("T1"))
	if finds.Load() == 0 {
		t.Fatal("the stale cache file was used")
	}
	if got.Stakeholders[0].Name != name && got.Stakeholders[1].Name != name {
		t.Fatalf("the change after the stale file is lost: %+v", got.Stakeholders)
	}
}

// A cut-off or damaged cache file, or one of another build, is not used;
// the start reads the database and works.
func TestBrokenOrForeignCacheFileIsIgnored(t *testing.T) {
	for name, spoil := range map[string]func(path string) error{
		"cut off": func(path string) error {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			return os.WriteFile(path, b[:len(b)/2], 0o600)
		},
		"damaged count": func(path string) error {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			var h cacheFileHeader
			if err := readBSON(bytes.NewReader(b), &h); err != nil {
				return err
			}
			var out bytes.Buffer
			for _, v := range []any{h, cacheSection{Coll: stakeholders, Count: 1 << 40}} {
				if err := writeBSON(&out, v); err != nil {
					return err
				}
			}
			return os.WriteFile(path, out.Bytes(), 0o600)
		},
		"another build": func(path string) error {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			var h cacheFileHeader
			if err := readBSON(bytes.NewReader(b), &h); err != nil {
				return err
			}
			h.Format = "netzwerkbot caches 0"
			return writeCacheFile(filepath.Dir(path), h, newCaches().images())
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			s, _ := openCountingFinds(t, dir)
			fillWorkspaces(t, s)
			want := viewOf(t, s.Team("T1"))
			closeStore(t, s)
			if err := spoil(filepath.Join(dir, cacheFileName)); err != nil {
				t.Fatal(err)
			}
			s, finds := openCountingFinds(t, dir)
			if got := viewOf(t, s.Team("T1")); !reflect.DeepEqual(got, want) || finds.Load() == 0 {
				t.Fatalf("after a %s file (%d finds):\n%+v\nwant\n%+v", name, finds.Load(), got, want)
			}
		})
	}
}

// Once a scan of the whole collection was kept, a workspace without
// documents is served without a find, and a write to it is recorded.
func TestWholeCacheServesNewWorkspacesWithoutScan(t *testing.T) {
	ctx := context.Background()
	s, finds := openCountingFinds(t, t.TempDir())
	fillWorkspaces(t, s)
	if err := s.WarmCaches(ctx); err != nil {
		t.Fatal(err)
	}
	scans := finds.Load()
	t9 := s.Team("T9")
	if v := viewOf(t, t9); len(v.Stakeholders)+len(v.Commitments) != 0 || finds.Load() != scans {
		t.Fatalf("a new workspace: %+v, %d finds", v, finds.Load()-scans)
	}
	if _, err := t9.AddStakeholder(ctx, Stakeholder{Name: "Neu", CreatedAt: fileT0}); err != nil {
		t.Fatal(err)
	}
	if v := viewOf(t, t9); len(v.Stakeholders) != 1 || finds.Load() != scans {
		t.Fatalf("after the first write: %+v, %d finds", v.Stakeholders, finds.Load()-scans)
	}
	ForgetCaches(s, "T9") // as after a write whose outcome is unknown
	if v := viewOf(t, t9); len(v.Stakeholders) != 1 || finds.Load() == scans {
		t.Fatalf("a dropped workspace was not read again: %+v", v.Stakeholders)
	}
}
