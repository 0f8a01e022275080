package storage

import "testing"

// A scan is kept only when no write was recorded while it ran; the load
// then scans again under the write lock.
func TestScanIsKeptOnlyWithoutWritesMeanwhile(t *testing.T) {
	c := newDocCache(stakeholders, func(s *Stakeholder) string { return s.ID }, func(a, b *Stakeholder) int { return 0 })
	scanned := map[string]map[string]Stakeholder{"T1": {}}
	gen := c.generation()
	c.put("T2", "s1", Stakeholder{ID: "s1"}) // recorded while the scan ran
	if c.keep(scanned, gen, false) || c.loaded("T1") {
		t.Fatal("a scan overtaken by a write was kept")
	}
	if !c.keep(scanned, c.generation(), false) || !c.loaded("T1") {
		t.Fatal("a scan without writes meanwhile was not kept")
	}
	c.keep(map[string]map[string]Stakeholder{"T1": {"s2": {ID: "s2"}}}, c.generation(), false)
	if s, _ := c.snapshotOf("T1"); len(s) != 0 {
		t.Fatalf("a second scan replaced the loaded workspace: %+v", s)
	}
}
